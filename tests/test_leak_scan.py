"""tests/leak_scan.py gives exactly the answer of `needle in blob`, only faster."""
from __future__ import annotations

import random

import pytest

from tests.leak_scan import PREFIX, found_in


def _naive(blobs: dict[str, bytes], needles: list[bytes]) -> dict[bytes, list[str]]:
    return {n: [name for name, b in blobs.items() if n in b] for n in set(needles)
            if n and any(n in b for b in blobs.values())}


@pytest.mark.parametrize("seed", range(5))
def test_random_blobs_and_needles_agree_with_the_plain_search(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = b"ab\x00\xff+5"  # few symbols: many shared prefixes and near misses
    blobs = {f"f{i}": bytes(rng.choice(alphabet) for _ in range(rng.randrange(0, 3000))) for i in range(4)}
    needles = [bytes(rng.choice(alphabet) for _ in range(rng.randrange(1, 12))) for _ in range(300)]
    for blob in blobs.values():  # some needles taken from the blobs: at the start, the end, inside
        if len(blob) > 20:
            needles += [blob[:PREFIX + 2], blob[-(PREFIX + 1):], blob[7:7 + PREFIX]]
    assert found_in(blobs, needles) == _naive(blobs, needles)


@pytest.mark.parametrize(("blob", "needle", "found"), [
    (b"", b"+5215550001111", False),
    (b"+521555000111", b"+5215550001111", False),  # one byte short at the end
    (b"x+5215550001111", b"+5215550001111", True),
    (b"abc", b"ab", True),  # shorter than PREFIX
    (b"\x00" * 10, b"\x00" * PREFIX, True),
    (b"Carmen Ruiz", b"carmen ruiz", False),  # case matters: the callers add the lower-case form
])
def test_edges(blob: bytes, needle: bytes, found: bool) -> None:
    assert (needle in found_in({"f": blob}, [needle])) is found
