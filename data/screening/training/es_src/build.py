"""Build es.jsonl and transcripts_es.jsonl from the hand-written batches in this folder.

Run from anywhere: python data/screening/training/es_src/build.py
Batches are the modules msg_*.py (messages) and tr_*.py (transcripts), imported in name order.
"""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

import common  # noqa: E402


def main():
    for path in sorted(HERE.glob("msg_*.py")) + sorted(HERE.glob("tr_*.py")):
        importlib.import_module(path.stem)

    seen, messages, dropped = set(), [], 0
    for rec in common.MESSAGES:
        key = common.norm_key(rec["text"])
        if key in seen:
            dropped += 1
            continue
        seen.add(key)
        messages.append(rec)

    tseen, transcripts = set(), []
    for rec in common.TRANSCRIPTS:
        key = tuple(common.norm_key(m) for m in rec["messages"])
        if key in tseen:
            dropped += 1
            continue
        tseen.add(key)
        transcripts.append({"id": f"t-es-{len(transcripts) + 1:04d}", **rec})

    with open(OUT / "es.jsonl", "w", encoding="utf-8") as f:
        for rec in messages:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(OUT / "transcripts_es.jsonl", "w", encoding="utf-8") as f:
        for rec in transcripts:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"messages {len(messages)}  transcripts {len(transcripts)}  duplicates dropped {dropped}")


if __name__ == "__main__":
    main()
