#!/usr/bin/env python3
"""Per-language accuracy of bot.langid on the shared dev split, next to langdetect's.

    .venv/bin/python bench/langid.py [--dev ../shared/data/langid/dev] [--limit N]

Whole sentences and their first four words. langdetect knows only some of the
registry's languages; for the others its column shows how it fails (never right).
A dev tool: it reads ../shared, the runtime never does.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.langid import identify  # noqa: E402

DEV = ROOT.parent / "shared" / "data" / "langid" / "dev"
INFORMAL = ROOT / "tests" / "data" / "langid_informal.tsv"


def langdetect_tag(text: str) -> str:
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        return detect(text)
    except LangDetectException:
        return "und"


def first_words(text: str, n: int = 4) -> str:
    return " ".join(text.split()[:n])


def accuracy(pairs: list[tuple[str, str]], fn) -> float:
    return sum(fn(text) == tag for tag, text in pairs) / len(pairs) if pairs else float("nan")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--limit", type=int, default=0, help="at most N lines per language")
    args = ap.parse_args(argv)
    sets: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(args.dev.glob("*.txt")):
        lines = [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
        sets[path.stem] = [(path.stem, l) for l in lines[: args.limit or None]]
    if INFORMAL.exists():
        rows = [l.split("\t", 1) for l in INFORMAL.read_text(encoding="utf-8").splitlines() if "\t" in l]
        sets["informal"] = [(t, x) for t, x in rows]
    t0 = time.time()
    print(f"{'set':9} {'n':>5}  {'ours':>6} {'ours@4w':>8}  {'langdet':>8} {'ld@4w':>6}")
    for name, pairs in sets.items():
        four = [(t, first_words(x)) for t, x in pairs]
        print(
            f"{name:9} {len(pairs):5}  {accuracy(pairs, identify):6.3f} {accuracy(four, identify):8.3f}"
            f"  {accuracy(pairs, langdetect_tag):8.3f} {accuracy(four, langdetect_tag):6.3f}"
        )
    print(f"({time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
