"""Check es.jsonl / transcripts_es.jsonl: valid JSON, allowed labels/styles/levels, no
duplicates, 2-6 messages per transcript; print counts per label, style and level."""
import collections
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import common  # noqa: E402

OUT = HERE.parent
# Labels that alone say nothing about risk: a message carrying only these is a negative.
CONTEXT = {"minor", "sector_commercial_sex", "sector_labour", "sector_begging", "sector_crime"}


def load(path):
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            sys.exit(f"{path.name}:{n}: invalid JSON: {e}")
    return rows


def main():
    errors = []
    msgs = load(OUT / "es.jsonl")
    labels, styles, keys = collections.Counter(), collections.Counter(), set()
    empty = negs = 0
    for n, r in enumerate(msgs, 1):
        if set(r) - {"text", "lang", "labels", "style", "writer", "note"} or not r.get("text"):
            errors.append(f"es.jsonl:{n}: bad keys or empty text")
        if r["lang"] != "es" or r["writer"] != common.WRITER:
            errors.append(f"es.jsonl:{n}: lang/writer")
        bad = set(r["labels"]) - common.LABELS
        if bad:
            errors.append(f"es.jsonl:{n}: unknown labels {bad}")
        if r["style"] not in common.STYLES:
            errors.append(f"es.jsonl:{n}: unknown style {r['style']}")
        k = common.norm_key(r["text"])
        if k in keys:
            errors.append(f"es.jsonl:{n}: duplicate {r['text'][:50]}")
        keys.add(k)
        labels.update(r["labels"])
        styles[r["style"]] += 1
        empty += not r["labels"]
        negs += not (set(r["labels"]) - CONTEXT)

    trs = load(OUT / "transcripts_es.jsonl")
    levels, tkeys = collections.Counter(), set()
    for n, r in enumerate(trs, 1):
        if r["expected"] not in common.LEVELS:
            errors.append(f"transcripts_es.jsonl:{n}: level {r['expected']}")
        if not 2 <= len(r["messages"]) <= 6:
            errors.append(f"transcripts_es.jsonl:{n}: {len(r['messages'])} messages")
        k = tuple(common.norm_key(m) for m in r["messages"])
        if k in tkeys:
            errors.append(f"transcripts_es.jsonl:{n}: duplicate")
        tkeys.add(k)
        levels[r["expected"]] += 1

    print(f"messages: {len(msgs)}  no-label: {empty} ({100 * empty / max(1, len(msgs)):.1f}%)  "
          f"negatives (no label, or only minor/sector): {negs} ({100 * negs / max(1, len(msgs)):.1f}%)")
    for lab in sorted(common.LABELS):
        flag = "" if labels[lab] >= 60 else "   <60"
        print(f"  {lab:28s} {labels[lab]:5d}{flag}")
    print("styles:", dict(styles.most_common()))
    print(f"transcripts: {len(trs)}  levels: {dict(levels)}")
    if errors:
        print("\n".join(errors[:50]))
        sys.exit(f"{len(errors)} errors")
    print("OK")


if __name__ == "__main__":
    main()
