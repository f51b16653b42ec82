"""Character n-gram naive Bayes: counting (training), the model file, scoring.

Smoothing is Dirichlet towards a background distribution (the mean of the
languages' relative frequencies), so a language with little training text
falls back to "sounds like nothing in particular" instead of winning every
unseen n-gram, which plain add-one smoothing would make it do.
"""
from __future__ import annotations

import gzip
import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .features import features, normalise

MODEL_FILE = Path(__file__).resolve().parent / "model.json.gz"
FORMAT_VERSION = 1


@dataclass
class NaiveBayes:
    langs: list[str]
    totals: list[int]
    counts: dict[str, list[int]]
    mu: float = 2000.0

    def __post_init__(self) -> None:
        k = len(self.langs)
        self._bg: dict[str, float] = {
            f: sum(c / t for c, t in zip(cs, self.totals) if t) / k for f, cs in self.counts.items()
        }
        self._den = [math.log(t + self.mu) for t in self.totals]

    # -- training -------------------------------------------------------------
    @classmethod
    def train(
        cls,
        texts: dict[str, Iterable[str]],
        mu: float = 2000.0,
        min_count: int = 2,
        max_features_per_lang: int = 20000,
    ) -> "NaiveBayes":
        langs = sorted(texts)
        per_lang: dict[str, Counter[str]] = {}
        for lang in langs:
            counter: Counter[str] = Counter()
            for text in texts[lang]:
                counter.update(features(text))
            per_lang[lang] = counter
        keep: set[str] = set()
        for counter in per_lang.values():
            keep.update(f for f, c in counter.most_common(max_features_per_lang) if c >= min_count)
        totals = [sum(per_lang[l].values()) for l in langs]
        counts = {f: [per_lang[l].get(f, 0) for l in langs] for f in sorted(keep)}
        return cls(langs, totals, counts, mu)

    # -- file -----------------------------------------------------------------
    def save(self, path: Path = MODEL_FILE) -> None:
        doc = {
            "format": FORMAT_VERSION,
            "langs": self.langs,
            "totals": self.totals,
            "mu": self.mu,
            "counts": self.counts,
        }
        raw = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as fh:
            fh.write(raw)

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> "NaiveBayes":
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            doc = json.load(fh)
        if doc.get("format") != FORMAT_VERSION:
            raise ValueError(f"{path}: unknown model format {doc.get('format')!r}")
        return cls(doc["langs"], doc["totals"], doc["counts"], doc["mu"])

    # -- scoring --------------------------------------------------------------
    def log_likelihoods(self, text: str) -> tuple[list[float], int]:
        """Per-language log-likelihood of the known features of `text`, and how many there were."""
        scores = [0.0] * len(self.langs)
        seen = 0
        mu = self.mu
        for f in features(normalise(text), normalised=True):
            cs = self.counts.get(f)
            if cs is None:
                continue
            seen += 1
            prior = mu * self._bg[f]
            for i, c in enumerate(cs):
                scores[i] += math.log(c + prior)
        return [s - seen * d for s, d in zip(scores, self._den)], seen

    def posterior(self, text: str, temperature: float = 1.0) -> dict[str, float]:
        """Softmax of the log-likelihoods, flattened by `temperature` per feature.

        Naive Bayes treats overlapping n-grams as independent, so its raw posteriors are
        absurdly sharp; dividing by a multiple of sqrt(feature count) gives usable ones.
        """
        scores, seen = self.log_likelihoods(text)
        if not seen:
            return {}
        scale = temperature * math.sqrt(seen)
        top = max(scores)
        exps = [math.exp((s - top) / scale) for s in scores]
        z = sum(exps)
        return {l: e / z for l, e in zip(self.langs, exps)}


@lru_cache(maxsize=1)
def default_model() -> NaiveBayes:
    return NaiveBayes.load(MODEL_FILE)
