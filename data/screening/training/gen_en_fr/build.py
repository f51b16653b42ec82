"""Build data/screening/training/{en,fr}.jsonl and transcripts_{en,fr}.jsonl from the
hand-written modules in this folder (dedup by normalised text).

    python3 data/screening/training/gen_en_fr/build.py
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import dedup, write_jsonl  # noqa: E402

OUT = HERE.parent
MESSAGE_MODULES = {
    "en": ["en_a", "en_b", "en_c", "en_d", "en_e", "en_f", "en_g", "en_h", "en_i", "en_combo"],
    "fr": ["fr_a", "fr_b", "fr_c", "fr_d", "fr_e", "fr_f", "fr_g", "fr_h", "fr_i", "fr_combo"],
}
TRANSCRIPT_MODULES = {
    "en": ["transcripts_en"],
    "fr": ["transcripts_fr"],
}


def load(names: list[str], attr: str) -> list[dict]:
    recs: list[dict] = []
    for name in names:
        if not (HERE / f"{name}.py").exists():
            continue
        recs.extend(getattr(importlib.import_module(name), attr))
    return recs


def main() -> None:
    for lang, mods in MESSAGE_MODULES.items():
        recs = dedup(load(mods, "RECORDS"))
        if recs:
            write_jsonl(OUT / f"{lang}.jsonl", recs)
            print(f"{lang}.jsonl: {len(recs)} messages")
    for lang, mods in TRANSCRIPT_MODULES.items():
        recs = load(mods, "TRANSCRIPTS")
        if recs:
            write_jsonl(OUT / f"transcripts_{lang}.jsonl", recs)
            print(f"transcripts_{lang}.jsonl: {len(recs)} transcripts")


if __name__ == "__main__":
    main()
