"""Text normalisation and the features the naive Bayes model counts.

Shared by the runtime classifier and scripts/train_langid.py, so training and
prediction always see the same features.
"""
from __future__ import annotations

import re
import unicodedata

# Every way people (and corpora) write the glottal stop / apostrophe.
APOSTROPHES = "'’‘ʼ`´ʻ′"
_APOS_RE = re.compile(f"[{re.escape(APOSTROPHES)}]")
# Space before an apostrophe ("t 'i", "t ’ ant ’ a" in the Aymara corpus) is a tokenisation artefact.
_SPACED_APOS_RE = re.compile(r"(\w) ?' ?(?=\w)")
_NON_LETTER_RE = re.compile(r"[^\w']+|[\d_]+")
_URL_RE = re.compile(r"(?:https?://|www\.|@|#)\S*")

MAX_N = 5


def normalise(text: str) -> str:
    """Casefolded, NFC text: one apostrophe, no digits, punctuation or URLs, single spaces."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = _URL_RE.sub(" ", text)
    text = _APOS_RE.sub("'", text)
    text = _SPACED_APOS_RE.sub(r"\1'", text)
    text = _NON_LETTER_RE.sub(" ", text)
    words = [w.strip("'") for w in text.split()]
    return " ".join(w for w in words if w)


def words(text: str) -> list[str]:
    return normalise(text).split()


def features(text: str, normalised: bool = False) -> list[str]:
    """Character 1..MAX_N-grams of each space-padded word, plus the word itself."""
    out: list[str] = []
    for word in (text if normalised else normalise(text)).split():
        padded = f" {word} "
        size = len(padded)
        for n in range(1, MAX_N + 1):
            for i in range(size - n + 1):
                gram = padded[i : i + n]
                if gram != " ":
                    out.append(gram)
        if len(padded) > MAX_N:
            out.append(padded)  # whole word, when no n-gram already covers it
    return out
