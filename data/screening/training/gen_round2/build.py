"""Write handwritten2_<lang>.jsonl and transcripts2_<lang>.jsonl from the hand-written sources.

    python3 data/screening/training/gen_round2/build.py [es en pt fr ht]

Messages: every `<lang>_*.txt` here, in name order. Transcripts: `tr_<lang>.txt`.
Nothing is composed: one source line = one message, one block = one transcript.
"""
from __future__ import annotations

import sys

from common import HERE, LANGS, TRAINING_DIR, parse_messages, parse_transcripts, write_jsonl


def build(lang: str) -> None:
    rows = []
    for path in sorted(HERE.glob(f"{lang}_*.txt")):
        rows.extend(parse_messages(path, lang))
    if rows:
        write_jsonl(TRAINING_DIR / f"handwritten2_{lang}.jsonl", rows)
    convs = []
    tr = HERE / f"tr_{lang}.txt"
    if tr.exists():
        convs = parse_transcripts(tr, lang)
        write_jsonl(TRAINING_DIR / f"transcripts2_{lang}.jsonl", convs)
    print(f"{lang}: {len(rows)} messages, {len(convs)} transcripts")


if __name__ == "__main__":
    for lang in sys.argv[1:] or LANGS:
        build(lang)
