"""The request an unsure NLU still points to (bot/nlu_guess.py)."""
from __future__ import annotations

import pytest

from bot.nlu_guess import asks_about_rights, best_guess, likely_request

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


@pytest.mark.parametrize("text,asks", [
    ("¿mi patrón tiene derecho a quedarse con mi pasaporte?", True),
    ("es legal que la agencia me quite el sueldo", True),
    ("does my boss have the right to keep my passport?", True),
    ("is my employer allowed to hold my ID?", True),
    ("est-ce que l'agence a le droit de garder mon salaire?", True),
    ("meu patrão tem o direito de ficar com meu passaporte?", True),
    ("èske patwon mwen gen dwa kenbe paspò mwen?", True),
    # Told, not asked; or "right" that is no right.
    ("mi patrón se quedó con mi pasaporte", False),
    ("my boss took my passport", False),
    ("please help me right now?", False),
    ("", False),
])
def test_a_question_about_rights(text: str, asks: bool) -> None:
    assert asks_about_rights(text) is asks
