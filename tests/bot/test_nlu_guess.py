"""The request an unsure NLU still points to (bot/nlu_guess.py)."""
from __future__ import annotations

import pytest

from bot.nlu_guess import best_guess, likely_request

NEEDS = ("find_shelter", "find_legal_aid", "find_health_care")


@pytest.mark.parametrize("ranking,expected", [
    ([("nlu_fallback", 0.45), ("find_legal_aid", 0.4), ("find_health_care", 0.25)], "find_legal_aid"),
    ([("find_legal_aid", 0.47), ("find_shelter", 0.32)], "find_legal_aid"),
    ([("report_exploitation", 0.5), ("find_shelter", 0.4)], "find_shelter"),  # second, no other request close
    ([("find_legal_aid", 0.4), ("find_shelter", 0.35)], None),  # too close to call
    ([("find_legal_aid", 0.25)], None),  # too unsure
    ([("emergency", 0.4), ("find_shelter", 0.35)], None),  # never a referral beside danger
    ([("deny", 0.6), ("affirm", 0.2), ("find_shelter", 0.15)], None),  # not among the two best
    ([], None),
])
def test_likely_request(ranking: list[tuple[str, float]], expected: str | None) -> None:
    assert likely_request(ranking, NEEDS) == expected


@pytest.mark.parametrize("ranking,expected", [
    ([("nlu_fallback", 0.45), ("find_legal_aid", 0.4)], "find_legal_aid"),
    ([("report_exploitation", 0.5), ("find_shelter", 0.4)], "report_exploitation"),
    ([("nlu_fallback", 0.45)], None),
])
def test_best_guess_is_the_first_reading_but_the_fallback(ranking: list[tuple[str, float]], expected: str | None) -> None:
    assert best_guess(ranking) == expected
