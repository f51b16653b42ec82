"""Towns, states and countries that stay when they close an address ("..., barrio Castilla,
Medellín"; "apartment 3b in Austin"): the line between a locating description, which is
redacted, and the town, which the bot needs to refer the person to services.

Loaded once from data/towns.txt.gz (scripts/build_town_list.py: GeoNames' towns of the
Americas with 5,000 people or more, countries, states; CC BY 4.0, see data/ATTRIBUTION.md),
held like the name gazetteer as sorted 64-bit hashes of folded phrases (0.4 MB), plus the
hand list of places.py.
"""
from __future__ import annotations

import gzip
from array import array
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from bot.privacy.gazetteer import _hash, fold
from bot.privacy.places import PHRASES

DATA = Path(__file__).with_name("data") / "towns.txt.gz"
LONGEST = 5


class Towns:
    def __init__(self, path: Path = DATA):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            keys = sorted({_hash(line.rstrip("\n")) for line in f if not line.startswith("#")})
        keys += sorted(_hash(" ".join(p)) for p in PHRASES)
        self._keys = array("Q", sorted(set(keys)))

    def __contains__(self, phrase: str) -> bool:
        h = _hash(phrase)
        i = bisect_left(self._keys, h)
        return i < len(self._keys) and self._keys[i] == h

    def __len__(self) -> int:
        return len(self._keys)

    def nbytes(self) -> int:
        return self._keys.itemsize * len(self._keys)


@lru_cache(maxsize=1)
def towns() -> Towns:
    return Towns()


def is_town(words: str) -> bool:
    """Whether the words (as written: 'San Pedro Sula', 'Saint-Rémi', 'TN') name a known place."""
    return fold(words.strip(" .,")).replace("’", "'") in towns()
