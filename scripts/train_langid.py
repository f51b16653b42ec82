#!/usr/bin/env python3
"""Rebuild bot/langid/model.json.gz from ../shared/data/langid and bot/langid/corpus.

    .venv/bin/python scripts/train_langid.py [--shared PATH] [--check]

- ../shared/data/langid/train/<tag>.txt: Indigenous languages + Spanish + English
  (see that folder's README). A deterministic ~10% of each file (by a hash of
  the line) is held out, never trained on; up to HELDOUT_CAP lines of it per
  language are written to tests/data/langid_heldout.tsv for the tests (lines
  of two words or more: single dictionary headwords are not sentences).
- bot/langid/corpus/<tag>.txt: phone-style text written for this project
  (es, en, fr, pt, ht), weighted up so short informal messages count.
  Lines that also appear in tests/data/langid_informal.tsv are dropped.
- Label noise: the Indigenous files carry some lines wholly in Spanish or
  English (photo credits, captions, quoted headlines). A line is dropped from
  an Indigenous language's train and held-out text when a first-pass model
  calls it Spanish or English (p >= 0.5) and at least half of its words occur
  in the Spanish/English training text, or when it has no word of its own:
  nothing but Spanish/English words and capitalised names.

The dev split is never read here: bench/langid.py measures on it.
Only this script reads ../shared; the runtime loads the derived model file.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.langid.features import normalise  # noqa: E402
from bot.langid.model import MODEL_FILE, NaiveBayes  # noqa: E402

SHARED = ROOT.parent / "shared" / "data" / "langid"
CORPUS = ROOT / "bot" / "langid" / "corpus"
INFORMAL = ROOT / "tests" / "data" / "langid_informal.tsv"
HELDOUT = ROOT / "tests" / "data" / "langid_heldout.tsv"
HELDOUT_PERCENT = 10
HELDOUT_CAP = 200
CORPUS_WEIGHT = 8
MAX_FEATURES_PER_LANG = 12000
MAJORITY = ("es", "en")


def foreign_lines(model: NaiveBayes, lines: list[str], vocab: set[str]) -> set[str]:
    """Lines the first-pass model calls Spanish or English whose words are mostly Spanish/English."""
    out = set()
    for line in lines:
        post = model.posterior(line)
        best = max(post, key=post.get) if post else "und"
        if best not in MAJORITY or post[best] < 0.5:
            continue
        words = normalise(line).split()
        if sum(w in vocab for w in words) >= 0.5 * len(words):
            out.add(line)
    return out


def no_native_word(line: str, vocab: set[str]) -> bool:
    """Nothing in the line but Spanish/English words and capitalised names (a caption, a credit)."""
    raw = [w for w in line.split() if any(c.isalpha() for c in w)]
    if len(raw) == 1:  # a dictionary headword
        return normalise(raw[0]) in vocab
    native = [w for w in raw if w[:1].islower() and not set(normalise(w).split()) <= vocab]
    return not native


def drop_label_noise(train: dict[str, list[str]], heldout: dict[str, list[str]]) -> NaiveBayes:
    first = NaiveBayes.train(train, max_features_per_lang=MAX_FEATURES_PER_LANG)
    vocab = {w for tag in MAJORITY for line in train[tag] for w in normalise(line).split()}
    for tag in train:
        if tag in MAJORITY or tag not in heldout:
            continue
        noise = foreign_lines(first, train[tag] + heldout[tag], vocab)
        noise |= {l for l in train[tag] + heldout[tag] if no_native_word(l, vocab)}
        train[tag] = [l for l in train[tag] if l not in noise]
        heldout[tag] = [l for l in heldout[tag] if l not in noise]
        print(f"{tag:4} dropped {len(noise)} Spanish/English lines")
    return NaiveBayes.train(train, max_features_per_lang=MAX_FEATURES_PER_LANG)


def is_heldout(line: str) -> bool:
    digest = hashlib.sha1(line.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % 100 < HELDOUT_PERCENT


def read_lines(path: Path) -> list[str]:
    return [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


def load(shared: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    train: dict[str, list[str]] = {}
    heldout: dict[str, list[str]] = {}
    for path in sorted((shared / "train").glob("*.txt")):
        lines = read_lines(path)
        train[path.stem] = [l for l in lines if not is_heldout(l)]
        heldout[path.stem] = [l for l in lines if is_heldout(l)]
    test_lines = set()
    if INFORMAL.exists():
        test_lines = {normalise(l.split("\t", 1)[1]) for l in read_lines(INFORMAL)}
    for path in sorted(CORPUS.glob("*.txt")):
        own = [l for l in read_lines(path) if normalise(l) not in test_lines]
        train.setdefault(path.stem, []).extend(own * CORPUS_WEIGHT)
    return train, heldout


def write_heldout(heldout: dict[str, list[str]]) -> None:
    rows = [
        f"{tag}\t{line}"
        for tag in sorted(heldout)
        for line in [l for l in heldout[tag] if len(l.split()) >= 2][:HELDOUT_CAP]
    ]
    HELDOUT.write_text("\n".join(rows) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--out", type=Path, default=MODEL_FILE)
    ap.add_argument("--check", action="store_true", help="train and report, write nothing")
    args = ap.parse_args(argv)
    if not (args.shared / "train").is_dir():
        print(f"no training text at {args.shared}/train", file=sys.stderr)
        return 2
    train, heldout = load(args.shared)
    model = drop_label_noise(train, heldout)
    for tag in sorted(train):
        print(f"{tag:4} train {len(train[tag]):5}  held out {len(heldout.get(tag, [])):4}")
    if args.check:
        return 0
    model.save(args.out)
    write_heldout(heldout)
    print(f"{args.out}: {args.out.stat().st_size / 1e6:.2f} MB, {len(model.counts)} features")
    print(f"{HELDOUT}: held-out sentences for the tests")
    return 0


if __name__ == "__main__":
    sys.exit(main())
