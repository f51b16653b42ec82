"""Numbers said in words (bot/privacy/spelled.py): dash words, hundreds joined by 'e', weak words at the end."""
import pytest

from bot.privacy.spelled import spelled_number_spans


def _runs(text):
    return [text[a:b] for a, b in spelled_number_spans(text)]


# Issue #18, thirteenth round: ID numbers said aloud.
@pytest.mark.parametrize("text, expected", [
    ("mi dni es siete uno cero dos ocho ocho tres guion cuatro, gracias", "siete uno cero dos ocho ocho tres guion cuatro"),
    ("o rg dele é duzentos e trinta e um, quinhentos e doze, traço nove", "duzentos e trinta e um, quinhentos e doze, traço nove"),
    ("my ssn is five five one, two three, nine nine eight dash one", "five five one, two three, nine nine eight dash one"),
    ("numéro deux six huit, quatre quatre sept un, je vous remercie", "deux six huit, quatre quatre sept un"),
    ("nimewo a se sis sis kat, twa uit de, en, mèsi", "sis sis kat, twa uit de, en"),
])
def test_numbers_said_with_dashes_hundreds_and_a_last_weak_word(text, expected):
    assert expected in _runs(text)


@pytest.mark.parametrize("text", [
    "tengo dos hijos de cinco y ocho años",
    "cento e vinte reais por semana",
    "we were three, then two, then one",
    "el cuarto cinco guion nada",
])
def test_short_counts_and_amounts_stay(text):
    assert _runs(text) == []
