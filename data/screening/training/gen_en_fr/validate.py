"""Check the training files: valid JSON, allowed fields/labels/styles, no duplicate texts;
print counts per label, style and (transcripts) level.

    python3 data/screening/training/gen_en_fr/validate.py [en fr]
"""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import IMMEDIATE, LABELS, SECTORS, STYLES, TRAFFICKING, dedup_key  # noqa: E402

OUT = HERE.parent
LEVELS = ("immediate", "priority", "refer", "info")
MIN_PER_LABEL = 60


def check_messages(lang: str) -> int:
    path = OUT / f"{lang}.jsonl"
    if not path.exists():
        print(f"{path.name}: missing")
        return 1
    errors = 0
    labels = collections.Counter()
    styles = collections.Counter()
    keys = set()
    n = empty = hard_neg = strict = 0
    for i, line in enumerate(path.open(encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            print(f"{path.name}:{i}: bad JSON ({e})")
            errors += 1
            continue
        n += 1
        if set(r) - {"text", "lang", "labels", "style", "writer", "note"} or not r.get("text"):
            print(f"{path.name}:{i}: bad fields {sorted(r)}")
            errors += 1
        if r.get("lang") != lang:
            print(f"{path.name}:{i}: lang {r.get('lang')!r}")
            errors += 1
        bad = [l for l in r.get("labels", []) if l not in LABELS]
        if bad or len(set(r["labels"])) != len(r["labels"]):
            print(f"{path.name}:{i}: bad labels {r['labels']}")
            errors += 1
        if r.get("style") not in STYLES:
            print(f"{path.name}:{i}: bad style {r.get('style')!r}")
            errors += 1
        k = dedup_key(r["text"])
        if k in keys:
            print(f"{path.name}:{i}: duplicate text")
            errors += 1
        keys.add(k)
        labels.update(r["labels"])
        styles[r["style"]] += 1
        empty += not r["labels"]
        labs = set(r["labels"])
        hard_neg += not (labs & (TRAFFICKING | IMMEDIATE | {"minor"}))
        # strict: same topics, no indicator and no refer need other than smuggling
        strict += not (labs - SECTORS - {"smuggling"}) or labs == {"minor"}
    print(f"== {path.name}: {n} messages, {empty} with no label ({empty / max(n, 1):.0%}), "
          f"{hard_neg} without any trafficking/immediate/minor label ({hard_neg / max(n, 1):.0%}), "
          f"{strict} hard negatives in the strict sense: no label, sector only, smuggling only "
          f"or minor only ({strict / max(n, 1):.0%})")
    for lab in LABELS:
        flag = "  <-- below %d" % MIN_PER_LABEL if labels[lab] < MIN_PER_LABEL else ""
        print(f"  {lab:28s} {labels[lab]:5d}{flag}")
    print("  styles: " + ", ".join(f"{s} {c}" for s, c in styles.most_common()))
    return errors


def check_transcripts(lang: str) -> int:
    path = OUT / f"transcripts_{lang}.jsonl"
    if not path.exists():
        print(f"{path.name}: missing")
        return 1
    errors = 0
    levels = collections.Counter()
    ids = set()
    n = 0
    for i, line in enumerate(path.open(encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            print(f"{path.name}:{i}: bad JSON ({e})")
            errors += 1
            continue
        n += 1
        if set(r) - {"id", "lang", "messages", "expected", "indicators", "writer", "note"}:
            print(f"{path.name}:{i}: bad fields {sorted(r)}")
            errors += 1
        if r.get("id") in ids or not str(r.get("id", "")).startswith(f"t-{lang}-"):
            print(f"{path.name}:{i}: bad or duplicate id {r.get('id')!r}")
            errors += 1
        ids.add(r.get("id"))
        if r.get("lang") != lang or r.get("expected") not in LEVELS:
            print(f"{path.name}:{i}: bad lang/expected")
            errors += 1
        msgs = r.get("messages", [])
        if not (2 <= len(msgs) <= 6) or not all(isinstance(m, str) and m for m in msgs):
            print(f"{path.name}:{i}: needs 2-6 non-empty messages, has {len(msgs)}")
            errors += 1
        if not isinstance(r.get("indicators"), list):
            print(f"{path.name}:{i}: indicators must be a list")
            errors += 1
        levels[r.get("expected")] += 1
    print(f"== {path.name}: {n} transcripts: " + ", ".join(f"{l} {levels[l]}" for l in LEVELS))
    return errors


def copied_from_tests(n: int = 7) -> int:
    """Texts sharing an n-word run with tests/ or the taxonomy's patterns (must be none)."""
    repo = OUT.parents[2]
    words: list[str] = []
    for f in [*repo.glob("tests/**/*.py"), *repo.glob("tests/**/*.yml"),
              *repo.glob("tests/**/*.json*"), repo / "data/screening/indicators.yml"]:
        words += dedup_key(f.read_text(encoding="utf-8", errors="ignore")).split() + ["|"]
    grams = {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}
    hits = 0
    for path in sorted(OUT.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            r = json.loads(line)
            for text in r.get("messages") or [r.get("text", "")]:
                w = dedup_key(text).split()
                if any(" ".join(w[i:i + n]) in grams for i in range(len(w) - n + 1)):
                    print(f"{path.name}: shares {n} words with tests/patterns: {text[:80]}")
                    hits += 1
    return hits


def main() -> None:
    langs = sys.argv[1:] or ["en", "fr"]
    errors = 0
    for lang in langs:
        errors += check_messages(lang)
        errors += check_transcripts(lang)
    errors += copied_from_tests()
    print("errors:", errors)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
