"""The name gazetteer: what a word can be (given name, surname, ordinary word).

Loaded once from data/names.tsv.gz (built by scripts/build_name_gazetteer.py; sources and
licences in data/ATTRIBUTION.md). To keep the gateway small, words are held as sorted
64-bit BLAKE2b hashes with a byte of flags each (about 1.2 MB for ~137,000 words) instead
of a set of strings (about 12 MB); a collision between two 64-bit hashes is negligible.
"""
from __future__ import annotations

import gzip
from array import array
from bisect import bisect_left
from functools import lru_cache
from hashlib import blake2b
from pathlib import Path

from bot.text.folding import fold as text_fold

DATA = Path(__file__).with_name("data") / "names.tsv.gz"

GIVEN, FREQUENT, SURNAME, COMMON, WORD = 1, 2, 4, 8, 16
_LETTERS = {"g": GIVEN, "f": FREQUENT, "s": SURNAME, "c": COMMON, "w": WORD}


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case, no accents, one apostrophe: the gazetteer's spelling."""
    return text_fold(word, apostrophes="’")


def _hash(word: str) -> int:
    return int.from_bytes(blake2b(word.encode(), digest_size=8).digest(), "little")


class Gazetteer:
    def __init__(self, path: Path = DATA):
        rows = []
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                word, _, letters = line.rstrip("\n").partition("\t")
                flags = 0
                for c in letters:
                    flags |= _LETTERS[c]
                rows.append((_hash(word), flags))
        rows.sort()
        self._keys = array("Q", (h for h, _ in rows))
        self._flags = bytes(f for _, f in rows)

    def flags(self, folded: str) -> int:
        h = _hash(folded)
        i = bisect_left(self._keys, h)
        return self._flags[i] if i < len(self._keys) and self._keys[i] == h else 0

    def __len__(self) -> int:
        return len(self._keys)

    def nbytes(self) -> int:
        return self._keys.itemsize * len(self._keys) + len(self._flags)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
