"""Each caller's fold keeps the results of the function it replaced.

fold_cases.json was written by the old per-module functions before they were deleted: their
outputs on a table of sample strings, and a hash of their outputs on every Unicode code point
(in chunks of 500). The screening detector's n-grams must stay byte-identical: the committed
data/screening/detector.npz was trained on them.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from bot import languages
from bot.privacy.gazetteer import fold as gazetteer_fold
from bot.screening import engine
from bot.screening.detector import fold as detector_fold
from bot.text.folding import fold

CASES = json.loads((Path(__file__).with_name("fold_cases.json")).read_text(encoding="utf-8"))


def _engine(text: str) -> str:
    whole = engine._fold(text)
    assert whole == "".join(engine._fold_char(c) for c in text)  # _normalise folds one character at a time
    return whole


# Each old function, by the caller that had it, and what stands for it now.
CALLERS = {
    "places": lambda text: fold(text, words=True),  # services/places.py, also answers, menus, safety
    "languages": languages._fold,
    "redaction_rules": fold,  # bot/privacy/rules.py's (unused) plain fold
    "gazetteer": gazetteer_fold,
    "detector": detector_fold,
    "screening_engine": _engine,
}


def _chunks() -> list[str]:
    chars = [chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF]
    return ["".join(chars[i:i + 500]) for i in range(0, len(chars), 500)]


@pytest.mark.parametrize("caller", sorted(CALLERS))
def test_caller_keeps_its_results_on_the_sample_table(caller: str) -> None:
    got = [CALLERS[caller](s) for s in CASES["samples"]]
    wrong = [(s, want, have) for s, want, have in zip(CASES["samples"], CASES["expected"][caller], got) if want != have]
    assert wrong == []


@pytest.mark.parametrize("caller", sorted(CALLERS))
def test_caller_keeps_its_results_on_every_code_point(caller: str) -> None:
    skip = set(CASES["changed"].get(caller, {}))
    h = hashlib.sha256()
    for chunk in _chunks():
        h.update(CALLERS[caller]("".join(c for c in chunk if c not in skip)).encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    assert h.hexdigest() == CASES["all_code_points_sha256"][caller]


def test_the_one_intended_change() -> None:
    # casefold turns "ŉ" into "ʼn"; the engine now straightens that apostrophe too.
    for caller, changes in CASES["changed"].items():
        for text, want in changes.items():
            assert CALLERS[caller](text) == want


@pytest.mark.parametrize("text, kwargs, want", [
    ("Pòtoprens", {}, "potoprens"),
    ("São Paulo", {}, "sao paulo"),
    ("¿Dónde  estás?", {"words": True}, "donde estas"),
    ("d’accord", {"apostrophes": "’", "apostrophe": "'"}, "d'accord"),
    ("d’accord", {"apostrophes": "’", "apostrophe": ""}, "daccord"),
    ("d´accord", {}, "d accord"),  # NFKD makes a space and a mark of "´"
    ("d´accord", {"apostrophes": "´"}, "d'accord"),
    ("cœur Łódź", {"plain_letters": True}, "coeur lodz"),
    ("cœur", {}, "cœur"),
    ("trabajo 16 horas, 2 días", {"digits": "0"}, "trabajo 0 horas, 0 dias"),
    ("ﬁn ½", {}, "fin 1⁄2"),
    ("STRASSE straße", {}, "strasse strasse"),
    ("", {"words": True}, ""),
])
def test_fold_keywords(text: str, kwargs: dict, want: str) -> None:
    assert fold(text, **kwargs) == want
