"""Finds which of many byte strings occur in a few large files, in one pass per file.

The privacy tests look for thousands of identifiers (each in several encodings) in tens of
megabytes of databases and logs. `needle in blob` for each pair reads every file once per
needle; this reads it once: every position's first PREFIX bytes become one integer (numpy),
the positions whose integer starts some needle are kept, and only there is the whole needle
compared. The answer is exactly that of `needle in blob`.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

import numpy as np

PREFIX = 6  # bytes compared at once; needles shorter than this are searched the plain way


def _prefix_keys(blob: bytes) -> np.ndarray:
    """For each position i with PREFIX bytes after it, those bytes as one big-endian integer."""
    data = np.frombuffer(blob, dtype=np.uint8)
    n = len(data) - PREFIX + 1
    keys = np.zeros(max(n, 0), dtype=np.uint64)
    for i in range(PREFIX):
        keys <<= np.uint64(8)
        keys |= data[i:i + n].astype(np.uint64)
    return keys


def found_in(blobs: Mapping[str, bytes], needles: Iterable[bytes]) -> dict[bytes, list[str]]:
    """Each needle that occurs in some blob, with the names of the blobs it occurs in."""
    by_prefix: dict[int, list[bytes]] = defaultdict(list)
    short: list[bytes] = []
    for needle in set(needles):
        if len(needle) >= PREFIX:
            by_prefix[int.from_bytes(needle[:PREFIX], "big")].append(needle)
        elif needle:
            short.append(needle)
    wanted = np.sort(np.fromiter(by_prefix, dtype=np.uint64, count=len(by_prefix)))
    hits: dict[bytes, list[str]] = defaultdict(list)
    for name, blob in blobs.items():
        for needle in short:
            if needle in blob:
                hits[needle].append(name)
        if not by_prefix or len(blob) < PREFIX:
            continue
        keys = _prefix_keys(blob)
        seen: set[bytes] = set()
        at = np.searchsorted(wanted, keys).clip(max=len(wanted) - 1)
        for pos in np.flatnonzero(wanted[at] == keys):
            for needle in by_prefix[int(keys[pos])]:
                if needle not in seen and blob.startswith(needle, int(pos)):
                    seen.add(needle)
                    hits[needle].append(name)
    return dict(hits)
