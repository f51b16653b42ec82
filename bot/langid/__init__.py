"""Language identification for help-line messages.

    identify("mwen bezwen èd")                  -> "ht"
    identify_with_confidence("hola necesito")   -> ("es", 0.97)

Three parts, cheapest first:
1. a whole-message lexicon of greetings and stock replies ("hi", "oi", "bjr");
2. the project's own character n-gram naive Bayes model (model.json.gz, rebuilt by
   scripts/train_langid.py), which covers every registry language;
3. langdetect, consulted on messages of five words or more when the model's two
   leading candidates include Spanish, English, French or Portuguese: its
   Wikipedia-trained profiles add evidence on longer text in those languages;
4. words written only in Portuguese or only in Spanish ("vc", "pra"; "estoy"), when the
   two lead (cues.py).
Returns "und" when unsure, and for messages the lexicon does not know that are
under MIN_LETTERS letters ("ok"). A single word needs MIN_WORD_LETTERS letters and
WORD_THRESHOLD: naive Bayes is sure of itself on one short word ("haha") and
means nothing by it.
"""
from __future__ import annotations

from .cues import reweigh
from .features import normalise
from .lexicon import lookup
from .model import default_model

__all__ = ["identify", "identify_with_confidence", "scores", "normalise", "UND", "LANGDETECT_LANGS"]

UND = "und"
LANGDETECT_LANGS = ("es", "en", "fr", "pt")
THRESHOLD = 0.4  # below this posterior the answer is "und"
LANGDETECT_MIN_WORDS = 5
LANGDETECT_WEIGHT = 0.5
MIN_LETTERS = 4
MIN_WORD_LETTERS = 6
WORD_THRESHOLD = 0.9
_FLOOR = 0.02  # langdetect may dampen a candidate, never veto it


def _langdetect(text: str) -> dict[str, float] | None:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0  # deterministic
    try:
        return {g.lang: g.prob for g in detect_langs(text)}
    except LangDetectException:
        return None


def scores(text: str) -> dict[str, float]:
    """Posterior over the model's languages (empty when the text has no letters)."""
    norm = normalise(text)
    if not norm:
        return {}
    tag = lookup(norm)
    if tag:
        return {tag: 0.99}
    letters = sum(c.isalpha() for c in norm)
    if letters < MIN_LETTERS or (" " not in norm and letters < MIN_WORD_LETTERS):
        return {}
    post = default_model().posterior(norm)
    if not post or len(norm.split()) < LANGDETECT_MIN_WORDS:
        return reweigh(post, norm.split())
    leaders = sorted(post, key=post.get, reverse=True)[:2]
    if not any(l in LANGDETECT_LANGS for l in leaders) or post[leaders[0]] > 0.99:
        return reweigh(post, norm.split())
    ld = _langdetect(norm)
    if not ld:
        return reweigh(post, norm.split())
    other = max(0.0, 1.0 - sum(ld.get(l, 0.0) for l in LANGDETECT_LANGS))
    fused = {
        l: p * (max(ld.get(l, 0.0) if l in LANGDETECT_LANGS else other, _FLOOR) ** LANGDETECT_WEIGHT)
        for l, p in post.items()
    }
    z = sum(fused.values())
    return reweigh({l: v / z for l, v in fused.items()}, norm.split())


def identify_with_confidence(text: str) -> tuple[str, float]:
    """(tag, confidence); the tag is "und" when the confidence is under THRESHOLD."""
    post = scores(text)
    if not post:
        return UND, 0.0
    best = max(post, key=post.get)
    one_word = " " not in normalise(text)
    if post[best] < (WORD_THRESHOLD if one_word else THRESHOLD):
        return UND, post[best]
    return best, post[best]


def identify(text: str) -> str:
    """A registry tag for the language of `text`, or "und" when unsure."""
    return identify_with_confidence(text)[0]
