"""The learned indicator detector: which screening labels a conversation's sentences carry.

One logistic output per label over three views of a text: its multilingual sentence
embedding (USE-m v3, bot/semantic: meaning across languages and wordings), and tf-idf
character 2-5-grams and word 1-2-grams (spelling, slang, typos of the languages written
for). Plain numpy and a dict at run time; the vocabularies, weights, per-label thresholds
and the facts of their training are one .npz file written by scripts/train_screening.py
from data/screening/training/*.jsonl.

It reads every message whole, every sentence of a message of several sentences, and every
pair of consecutive messages (an indicator told across two messages: "they have my
brother" + "they want 2000 by Friday"). A label fires where its probability reaches its
threshold; the unit that scored highest is its evidence, narrowed to its best sentence so
the operator sees which words triggered it. Scores are cached per text (salted hash), so
re-screening a conversation costs only its new message.

Loading checks everything it can (file present, every array there with the right shape
and type, finite numbers, the encoder it was trained on): a bad file raises
DetectorUnavailable with a sentence saying what to do; it never loads half a model.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import re
import threading
import zipfile
from collections import Counter, OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bot.semantic import DIM, ENCODER_ID, SentenceEncoder, default_encoder, split_sentences
from bot.settings import ScreeningSettings
from bot.text.folding import fold as text_fold

MODEL_FILE = Path(__file__).resolve().parents[2] / "data" / "screening" / "detector.npz"
MODEL_ENV = "HOTLINE_SCREENING_MODEL"  # another model file (a deployment's own, or a test's)
FORMAT = 4
REBUILD = "rebuild it with `make screening-model` (scripts/train_screening.py)"
CHAR_N = (2, 5)
MAX_UNIT_CHARS = 1200  # a longer unit is read by its sentences; its whole text only up to here
# A voice-to-text run-on has no sentence ends: one detail late in 100 words is diluted in the
# whole. A sentence longer than RUN_ON_WORDS is also read in overlapping windows of words.
RUN_ON_WORDS, WINDOW_WORDS, WINDOW_STRIDE = 40, 24, 12
_SPACED = re.compile(r"\S+")  # a word as run-on windows count it
_WORD = re.compile(r"\w\w+")


# ----------------------------------------------------------------------------- n-grams
def fold(text: str) -> str:
    """Lower case, accents off ("Pasaporté" and "pasaporte" are one n-gram), every number
    written 0: the n-grams must not learn that "15" means a minor ("trabajo 16 horas");
    ages are read by the taxonomy's patterns, and the embedding still sees the number."""
    return text_fold(text, digits="0")


def char_ngrams(text: str) -> list[str]:
    """Character 2-5-grams inside each word padded with spaces (" pas", "rte ")."""
    out: list[str] = []
    for word in fold(text).split():
        w = f" {word} "
        for n in range(CHAR_N[0], CHAR_N[1] + 1):
            if n > len(w):
                break
            out.extend(w[i:i + n] for i in range(len(w) - n + 1))
    return out


def word_ngrams(text: str) -> list[str]:
    """Word unigrams and bigrams (words of 2+ letters or digits)."""
    words = _WORD.findall(fold(text))
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


class _Tfidf:
    """Sublinear tf x idf over a fixed vocabulary, L2-normalised (as scikit-learn's
    TfidfVectorizer(sublinear_tf=True) with the same analyzer)."""

    def __init__(self, vocab: np.ndarray, idf: np.ndarray, weights: np.ndarray) -> None:
        if idf.shape != (len(vocab),) or weights.shape[0] != len(vocab):
            raise ValueError(f"vocabulary of {len(vocab)}, idf {idf.shape}, weights {weights.shape}")
        self.index = {str(g): i for i, g in enumerate(vocab)}
        self.idf = idf
        self.weights = weights

    def logits(self, grams: list[str]) -> np.ndarray:
        counts = Counter(i for i in map(self.index.get, grams) if i is not None)
        if not counts:
            return np.zeros(self.weights.shape[1], dtype=np.float32)
        rows = np.fromiter(counts, dtype=np.int64, count=len(counts))
        values = np.array([1.0 + math.log(counts[i]) for i in counts], dtype=np.float32) * self.idf[rows]
        values /= np.linalg.norm(values)
        return values @ self.weights[rows]


class DetectorUnavailable(RuntimeError):
    """The model file is missing or unusable; screening must not start without it."""


@dataclass(frozen=True)
class Detection:
    label: str
    score: float
    alone: bool  # at the label's own threshold; else only at its (lower) support threshold
    message_index: int
    start: int  # the evidence sentence, as character offsets in its message
    end: int


@dataclass(frozen=True)
class _Unit:
    text: str
    message_index: int  # first message of the unit
    sentences: tuple[tuple[int, int, int], ...]  # (message index, start, end) it covers


class Neighbours:
    """Label votes of the training messages nearest in meaning (cosine in a 128-dimension
    PCA of the embedding): a paraphrase of a known example scores like it, which a linear
    model over the whole embedding misses (cross-validated mean average precision 0.80 for
    the linear model alone, 0.84 with the votes)."""

    def __init__(self, mean: np.ndarray, projection: np.ndarray, bank: np.ndarray, labels: np.ndarray,
                 k: int, temperature: float) -> None:
        if mean.shape != (DIM,) or projection.shape[0] != DIM or bank.shape[1] != projection.shape[1] \
                or labels.shape[0] != bank.shape[0] or not 0 < k <= len(bank):
            raise ValueError(f"neighbours: mean {mean.shape}, projection {projection.shape}, bank {bank.shape}, "
                             f"labels {labels.shape}, k {k}")
        self.mean, self.projection, self.bank, self.labels = mean, projection, bank, labels
        self.k, self.temperature = k, temperature

    def votes(self, emb: np.ndarray) -> np.ndarray:
        q = (emb - self.mean) @ self.projection
        q /= np.maximum(np.linalg.norm(q, axis=1, keepdims=True), 1e-6)
        sims = q @ self.bank.T
        idx = np.argpartition(-sims, self.k - 1, axis=1)[:, :self.k]
        w = np.exp(np.take_along_axis(sims, idx, 1) * self.temperature)
        w /= w.sum(axis=1, keepdims=True)
        return np.einsum("ik,ikl->il", w, self.labels[idx])


class Detector:
    def __init__(self, labels: list[str], emb_weights: np.ndarray, char: _Tfidf, word: _Tfidf, bias: np.ndarray,
                 thresholds: np.ndarray, support: np.ndarray, meta: dict[str, Any],
                 encoder: SentenceEncoder | None = None, cache_size: int = 8192,
                 neighbours: Neighbours | None = None) -> None:
        self.labels = labels
        self.neighbours = neighbours
        self.neighbour_weight = float(meta.get("neighbour_weight", 0.0)) if neighbours else 0.0
        self.emb_weights = emb_weights
        self.char = char
        self.word = word
        self.bias = bias
        self.thresholds = thresholds  # a label fires on its own from here
        self.support = support  # ... and from here when other evidence backs it (engine.conclude)
        self.meta = meta
        self.encoder = encoder or default_encoder()
        self.pair_window = bool(meta.get("pair_window", True))
        self._cache: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._salt = os.urandom(16)
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: Path = MODEL_FILE, encoder: SentenceEncoder | None = None) -> Detector:
        if not path.is_file():
            raise DetectorUnavailable(f"screening model {path} is missing; {REBUILD}")
        try:
            with np.load(path, allow_pickle=False) as z:
                arrays = {k: z[k] for k in z.files}
        except (OSError, ValueError, zipfile.BadZipFile, EOFError) as exc:
            raise DetectorUnavailable(f"screening model {path} is unreadable ({type(exc).__name__}); {REBUILD}") from exc
        try:
            return cls.from_arrays(arrays, encoder)
        except (KeyError, ValueError, TypeError, IndexError) as exc:
            raise DetectorUnavailable(f"screening model {path} is invalid: {exc}; {REBUILD}") from exc

    @classmethod
    def from_arrays(cls, a: dict[str, np.ndarray], encoder: SentenceEncoder | None = None) -> Detector:
        meta = json.loads(str(a["meta"]))
        if meta.get("format") != FORMAT:
            raise ValueError(f"format {meta.get('format')!r}, this code reads {FORMAT}")
        if meta.get("encoder") != ENCODER_ID:
            raise ValueError(f"trained on encoder {meta.get('encoder')!r}, this code runs {ENCODER_ID}")
        labels = [str(x) for x in a["labels"]]
        n = len(labels)
        emb = a["emb_weights"].astype(np.float32)
        bias = a["bias"].astype(np.float32)
        thresholds = a["thresholds"].astype(np.float32)
        support = a["support"].astype(np.float32)
        char = _Tfidf(a["char_vocab"], a["char_idf"].astype(np.float32), a["char_weights"].astype(np.float32))
        word = _Tfidf(a["word_vocab"], a["word_idf"].astype(np.float32), a["word_weights"].astype(np.float32))
        shapes = [emb.shape == (DIM, n), bias.shape == (n,), thresholds.shape == (n,), support.shape == (n,),
                  char.weights.shape[1:] == (n,), word.weights.shape[1:] == (n,), len(set(labels)) == n]
        if not all(shapes):
            raise ValueError(f"{n} labels but weights {emb.shape}, {char.weights.shape}, {word.weights.shape}, "
                             f"bias {bias.shape}, thresholds {thresholds.shape}")
        neighbours = Neighbours(a["nn_mean"].astype(np.float32), a["nn_projection"].astype(np.float32),
                                a["nn_bank"].astype(np.float32), a["nn_labels"].astype(np.float32),
                                int(meta["neighbour_k"]), float(meta["neighbour_temperature"]))
        if neighbours.labels.shape[1] != n or not 0.0 <= float(meta["neighbour_weight"]) <= 1.0:
            raise ValueError(f"neighbour labels {neighbours.labels.shape}, weight {meta['neighbour_weight']}")
        arrays = (emb, bias, thresholds, support, char.weights, char.idf, word.weights, word.idf,
                  neighbours.mean, neighbours.projection, neighbours.bank)
        if not all(np.isfinite(x).all() for x in arrays):
            raise ValueError("weights or thresholds are not finite numbers")
        return cls(labels, emb, char, word, bias, thresholds, support, meta, encoder, neighbours=neighbours)

    # ------------------------------------------------------------------ scoring
    def probabilities(self, texts: list[str]) -> np.ndarray:
        """(len(texts), len(labels)) probabilities; each distinct text is scored once."""
        keys = [hashlib.blake2b(t.encode("utf-8", "surrogatepass"), key=self._salt, digest_size=16).digest()
                for t in texts]
        out = np.empty((len(texts), len(self.labels)), dtype=np.float32)
        with self._lock:
            todo = {}
            for i, key in enumerate(keys):
                hit = self._cache.get(key)
                if hit is None:
                    todo.setdefault(key, []).append(i)
                else:
                    self._cache.move_to_end(key)
                    out[i] = hit
        if todo:
            firsts = [rows[0] for rows in todo.values()]
            fresh = self.score([texts[i] for i in firsts])
            with self._lock:
                for (key, rows), p in zip(todo.items(), fresh):
                    out[rows] = p
                    self._cache[key] = p
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        return out

    def score(self, texts: list[str]) -> np.ndarray:
        """Probabilities without the cache: the linear model's, blended with the neighbours' votes."""
        emb = self.encoder.encode(texts)
        z = emb @ self.emb_weights + self.bias
        for row, text in enumerate(texts):
            z[row] += self.char.logits(char_ngrams(text)) + self.word.logits(word_ngrams(text))
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
        if self.neighbours is not None and self.neighbour_weight:
            p = (1.0 - self.neighbour_weight) * p + self.neighbour_weight * self.neighbours.votes(emb)
        return p

    def units(self, messages: list[str]) -> list[_Unit]:
        units: list[_Unit] = []
        sentences = [split_sentences(m) for m in messages]
        for i, message in enumerate(messages):
            own = tuple((i, s, e) for s, e in sentences[i])
            if not own:
                continue
            units.append(_Unit(message, i, own))
            if len(own) > 1:
                units.extend(_Unit(message[s:e], i, ((i, s, e),)) for _, s, e in own)
            for _, s, e in own:
                units.extend(_Unit(message[ws:we], i, ((i, ws, we),)) for ws, we in _windows(message, s, e))
            if self.pair_window and i and sentences[i - 1]:
                prev = tuple((i - 1, s, e) for s, e in sentences[i - 1])
                units.append(_Unit(f"{messages[i - 1]}\n{message}", i - 1, prev + own))
        return units

    def detect(self, messages: list[str]) -> list[Detection]:
        """The labels that reach their support threshold over the conversation, each with its
        best evidence sentence; `alone` says whether they also reach their own threshold."""
        units = self.units(messages)
        if not units:
            return []
        probs = self.probabilities([u.text[:MAX_UNIT_CHARS] for u in units])
        sentence_rows = {u.sentences[0]: row for row, u in enumerate(units) if len(u.sentences) == 1}
        out: list[Detection] = []
        for col, label in enumerate(self.labels):
            best = int(np.argmax(probs[:, col]))
            score = float(probs[best, col])
            if score < min(self.thresholds[col], self.support[col]):
                continue
            unit = units[best]
            # the unit's sentence that scores highest alone (its single sentence if it has one)
            scored = [(float(probs[sentence_rows[s], col]), s) for s in unit.sentences if s in sentence_rows]
            msg, start, end = max(scored)[1] if scored else unit.sentences[-1]
            out.append(Detection(label, score, score >= self.thresholds[col], msg, start, end))
        return out


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of overlapping word windows of a run-on sentence text[start:end]; [] for a
    sentence of RUN_ON_WORDS words or fewer."""
    words = [(m.start() + start, m.end() + start) for m in _SPACED.finditer(text[start:end])]
    if len(words) <= RUN_ON_WORDS:
        return []
    firsts = list(range(0, len(words) - WINDOW_WORDS, WINDOW_STRIDE)) + [len(words) - WINDOW_WORDS]
    return [(words[k][0], words[k + WINDOW_WORDS - 1][1]) for k in firsts]


def model_path() -> Path:
    return Path(ScreeningSettings().screening_model or MODEL_FILE)


_LOADED: Detector | None = None
_LOCK = threading.Lock()


def detector() -> Detector:
    """The process's detector, loaded (and its encoder warmed up) on first use.

    Raises DetectorUnavailable when the model file is missing or unusable: callers at
    start-up let it stop the process."""
    global _LOADED
    with _LOCK:
        if _LOADED is None:
            loaded = Detector.load(model_path())
            loaded.encoder.load()
            _LOADED = loaded
        return _LOADED
