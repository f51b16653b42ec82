"""Fifteenth redaction round (issue #18): a number found inside a code joined by hyphens goes with the
whole code as one [ID]. Sentences written for these tests."""
import pytest

from bot.privacy.redaction import redact


@pytest.mark.parametrize("text, expected", [
    ("mi cédula es V-18.555.204, la otra se perdió", "mi cédula es [ID], la otra se perdió"),
    ("me dieron el 21-004417-TVRH en migración", "me dieron el [ID] en migración"),
    ("the refugee case is KEN-NB-20-11873 since may", "the refugee case is [ID] since may"),
])
def test_a_number_inside_a_code_takes_the_whole_code(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize("text", [
    "llamé al 911-ya me contestaron",
    "trabajo de 9-5 de lunes a viernes",
    "the covid-19 test was negative",
])
def test_short_numbers_and_words_with_hyphens_stay(text):
    assert "[ID]" not in redact(text)
