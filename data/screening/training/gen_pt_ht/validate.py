"""Check the pt/ht training files: valid JSON, known fields, labels and levels, no duplicate.
Prints counts per label / style / level.   python3 validate.py [pt ht]"""
from __future__ import annotations

import collections
import json
import sys

from common import LABELS, LEVELS, STYLES, TRAINING_DIR, dedupe_key

MIN_PER_LABEL = 60


def check_messages(lang: str) -> bool:
    ok = True
    path = TRAINING_DIR / f"{lang}.jsonl"
    labels, styles, seen = collections.Counter(), collections.Counter(), set()
    n = neg = 0
    for i, line in enumerate(path.open(encoding="utf-8"), 1):
        row = json.loads(line)
        n += 1
        assert set(row) <= {"text", "lang", "labels", "style", "writer", "note"}, (i, row)
        assert row["lang"] == lang and row["text"].strip(), (i, row)
        assert row["style"] in STYLES, (i, row)
        assert all(lab in LABELS for lab in row["labels"]), (i, row)
        assert len(set(row["labels"])) == len(row["labels"]), (i, row)
        key = dedupe_key(row["text"])
        if key in seen:
            print(f"  duplicate line {i}: {row['text']}")
            ok = False
        seen.add(key)
        labels.update(row["labels"])
        styles[row["style"]] += 1
        TRAFFICKING = set(LABELS[:20]) - {"minor"}
        if not set(row["labels"]) & TRAFFICKING:
            neg += 1
    print(f"{path.name}: {n} messages; without trafficking/immediate label {neg} ({neg / max(n, 1):.0%}),"
          f" with no label {sum(1 for l in path.open(encoding='utf-8') if json.loads(l)['labels'] == [])}")
    for lab in LABELS:
        flag = "" if labels[lab] >= MIN_PER_LABEL else "   <-- below %d" % MIN_PER_LABEL
        print(f"  {lab:28s} {labels[lab]:5d}{flag}")
    print("  styles:", dict(styles.most_common()))
    return ok


def check_transcripts(lang: str) -> bool:
    path = TRAINING_DIR / f"transcripts_{lang}.jsonl"
    if not path.exists():
        print(f"{path.name}: missing")
        return True
    levels, ids, seen, n = collections.Counter(), set(), set(), 0
    for i, line in enumerate(path.open(encoding="utf-8"), 1):
        row = json.loads(line)
        n += 1
        assert set(row) <= {"id", "lang", "messages", "expected", "indicators", "writer", "note"}, (i, row)
        assert row["lang"] == lang and row["expected"] in LEVELS, (i, row)
        assert 2 <= len(row["messages"]) <= 6, (i, "needs 2-6 messages", row)
        assert row["id"] not in ids, row["id"]
        ids.add(row["id"])
        key = "\n".join(row["messages"]).casefold()
        assert key not in seen, (i, "duplicate", row)
        seen.add(key)
        levels[row["expected"]] += 1
    print(f"{path.name}: {n} transcripts, levels {dict(levels)}")
    return True


if __name__ == "__main__":
    good = True
    for lang in sys.argv[1:] or ["pt", "ht"]:
        if (TRAINING_DIR / f"{lang}.jsonl").exists():
            good &= check_messages(lang)
            good &= check_transcripts(lang)
    sys.exit(0 if good else 1)
