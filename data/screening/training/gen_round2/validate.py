"""Check the round-2 files: valid JSON, known fields/labels/styles/levels, no duplicate
(case, accents and spacing ignored) inside them or with any other training file, no 7-word
run shared with tests/ or the taxonomy. Prints counts per label and level and the share of
hard negatives.   python3 validate.py [es en pt fr ht]; exit 1 on any error."""
from __future__ import annotations

import collections
import json
import re
import sys

from common import (LABELS, LANGS, LEVELS, STYLES, TRAINING_DIR, dedupe_key, message_level,
                    strict_negative)

REPO = TRAINING_DIR.parents[2]
MSG_FIELDS = {"text", "lang", "labels", "style", "writer", "note"}
TR_FIELDS = {"id", "lang", "messages", "expected", "indicators", "writer", "note"}


def words(text: str) -> list[str]:
    return re.findall(r"\w+", dedupe_key(text))


def reference_runs(n: int = 7) -> set[tuple]:
    runs = set()
    files = [*REPO.glob("tests/**/*.py"), *REPO.glob("tests/**/*.yml"), *REPO.glob("tests/**/*.json*"),
             *REPO.glob("tests/**/*.tsv"), REPO / "data/screening/indicators.yml"]
    for f in files:
        w = words(f.read_text(encoding="utf-8", errors="ignore"))
        runs.update(tuple(w[i:i + n]) for i in range(len(w) - n + 1))
    return runs


def shared_run(text: str, runs: set[tuple], n: int) -> str:
    w = words(text)
    hits = [" ".join(w[j:j + n]) for j in range(len(w) - n + 1) if tuple(w[j:j + n]) in runs]
    return hits[0] if hits else ""


def other_texts(lang: str) -> set[str]:
    """Texts of every earlier training file of this language (messages and transcript turns)."""
    keys = set()
    for path in TRAINING_DIR.glob("*.jsonl"):
        if "2_" in path.name:
            continue
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            if row.get("lang") != lang:
                continue
            for text in [row["text"]] if "text" in row else row["messages"]:
                keys.add(dedupe_key(text))
    return keys


def check(lang: str, runs: set[tuple], n: int = 7) -> int:
    errors = 0
    old = other_texts(lang)
    path = TRAINING_DIR / f"handwritten2_{lang}.jsonl"
    seen, labels, levels, styles = set(), collections.Counter(), collections.Counter(), collections.Counter()
    total = strict = 0
    for i, line in enumerate(path.open(encoding="utf-8"), 1):
        row = json.loads(line)
        problems = []
        if set(row) - MSG_FIELDS or row["lang"] != lang or not row["text"].strip():
            problems.append("fields/lang")
        if row["style"] not in STYLES:
            problems.append("style")
        if any(lab not in LABELS for lab in row["labels"]) or len(set(row["labels"])) != len(row["labels"]):
            problems.append("labels")
        key = dedupe_key(row["text"])
        if key in seen:
            problems.append("duplicate inside the file")
        if key in old:
            problems.append("duplicate of an earlier training file")
        shared = shared_run(row["text"], runs, n)
        if shared:
            problems.append(f"shares '{shared}' with tests/ or indicators.yml")
        if problems:
            errors += 1
            print(f"  {path.name}:{i}: {', '.join(problems)}: {row['text'][:90]}")
        seen.add(key)
        total += 1
        strict += strict_negative(row["labels"])
        labels.update(row["labels"])
        levels[message_level(row["labels"])] += 1
        styles[row["style"]] += 1
    print(f"{path.name}: {total} messages; hard negatives (no label or only needs/sectors) "
          f"{strict} = {strict / max(total, 1):.0%}; refer/info level {levels['refer'] + levels['info']}"
          f" = {(levels['refer'] + levels['info']) / max(total, 1):.0%}")
    print("  levels (rough, per message):", {lv: levels[lv] for lv in LEVELS})
    print("  labels:", {lab: labels[lab] for lab in LABELS if labels[lab]})
    print("  styles:", dict(styles.most_common()))

    tpath = TRAINING_DIR / f"transcripts2_{lang}.jsonl"
    if tpath.exists():
        old_tr = set()
        for p in TRAINING_DIR.glob("transcripts_*.jsonl"):
            old_tr.update("\n".join(dedupe_key(m) for m in json.loads(l)["messages"]) for l in p.open(encoding="utf-8"))
        ids, keys, lv = set(), set(), collections.Counter()
        for i, line in enumerate(tpath.open(encoding="utf-8"), 1):
            row = json.loads(line)
            problems = []
            if set(row) - TR_FIELDS or row["lang"] != lang or row["expected"] not in LEVELS:
                problems.append("fields/lang/level")
            if not 2 <= len(row["messages"]) <= 6 or not all(m.strip() for m in row["messages"]):
                problems.append("needs 2-6 non-empty messages")
            if not row["indicators"]:
                problems.append("no plain-words indicators")
            key = "\n".join(dedupe_key(m) for m in row["messages"])
            if row["id"] in ids or key in keys or key in old_tr:
                problems.append("duplicate id or transcript")
            for m in row["messages"]:
                shared = shared_run(m, runs, n)
                if shared:
                    problems.append(f"a turn shares '{shared}' with tests/ or indicators.yml")
            if problems:
                errors += 1
                print(f"  {tpath.name}:{i}: {', '.join(problems)}: {row['messages'][0][:60]}")
            ids.add(row["id"])
            keys.add(key)
            lv[row["expected"]] += 1
        hn = sum(1 for l in tpath.open(encoding="utf-8") if "hard negative" in json.loads(l).get("note", ""))
        print(f"{tpath.name}: {len(ids)} transcripts, levels {dict(lv)}, noted hard negatives {hn}")
    return errors


if __name__ == "__main__":
    runs = reference_runs()
    errors = 0
    for lang in sys.argv[1:] or LANGS:
        if (TRAINING_DIR / f"handwritten2_{lang}.jsonl").exists():
            errors += check(lang, runs)
    print("OK" if not errors else f"{errors} problem(s)")
    sys.exit(1 if errors else 0)
