"""Build pt.jsonl / ht.jsonl / transcripts_*.jsonl from the hand-written modules.

    python3 data/screening/training/gen_pt_ht/build.py [pt|ht ...]

Each language lists its message modules (a list M of tuples) and its transcript modules
(a list T). The output is deduplicated (case, accents and spacing ignored) and keeps the
order of the modules, so a re-run gives the same file.
"""
from __future__ import annotations

import importlib
import sys

from common import TRAINING_DIR, dedupe, message, transcript, write_jsonl

MODULES = {
    "pt": {"messages": ["pt_core", "pt_neg", "pt_more", "pt_extra", "pt_extra2", "pt_compose"], "transcripts": ["pt_conv"]},
    "ht": {"messages": ["ht_core", "ht_neg", "ht_more", "ht_extra", "ht_compose"], "transcripts": ["ht_conv"]},
}
WRITER = {"pt": "pt-1", "ht": "ht-1"}


def load(name: str, attr: str) -> list:
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as err:
        if err.name != name:
            raise
        return []
    return list(getattr(module, attr, []))


def build(lang: str) -> None:
    rows = []
    for name in MODULES[lang]["messages"]:
        for entry in load(name, "M"):
            rows.append(message(*entry[:3], lang=lang, writer=WRITER[lang],
                                note=entry[3] if len(entry) > 3 else None))
    rows = dedupe(rows)
    write_jsonl(TRAINING_DIR / f"{lang}.jsonl", rows)
    convs = []
    for name in MODULES[lang]["transcripts"]:
        convs.extend(load(name, "T"))
    if convs:
        out = [transcript(0, c, lang, WRITER[lang]) for c in convs]
        out = dedupe(out, key=lambda r: "\n".join(r["messages"]).casefold())
        for i, row in enumerate(out, 1):
            row["id"] = f"t-{lang}-{i:04d}"
        write_jsonl(TRAINING_DIR / f"transcripts_{lang}.jsonl", out)
    print(f"{lang}: {len(rows)} messages, {len(convs)} transcripts before dedupe")


if __name__ == "__main__":
    for lang in sys.argv[1:] or list(MODULES):
        build(lang)
