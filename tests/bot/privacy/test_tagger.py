"""Features of the redaction tagger (bot/privacy/tagger.py) that say where a word stands in an
address: its part (street, neighbourhood, unit) and how far back the last such word is."""
import pytest

from bot.privacy.tagger import _address_part, static_features


@pytest.mark.parametrize("word, part", [
    ("cll", "st"), ("cra", "st"), ("av.", "st"), ("rua", "st"), ("ri", "st"), ("wout", "st"),
    ("vereda", "ar"), ("aldea", "ar"), ("caserío", "ar"), ("lakou", "ar"), ("ranchería", "ar"),
    ("apto", "un"), ("dpto", "un"), ("mz", "un"), ("lt", "un"), ("qd", "un"), ("chanm", "un"), ("apt", "un"),
    ("casa", "un"), ("hidalgo", ""), ("vivo", ""), ("45", ""), ("Tapachula", ""),
])
def test_address_part(word, part):
    assert _address_part(word) == part


def _since(text: str) -> dict[str, list[str]]:
    toks, feats = static_features(text, [])
    return {t.word: sorted(f for f in fs if f.startswith("ad=")) for t, fs in zip(toks, feats)}


@pytest.mark.parametrize("text, word, since", [
    ("vivo en cll 45 sur", "45", ["ad=1"]),
    ("vivo en cll 45 sur", "sur", ["ad=2"]),
    ("la vereda la esperanza del municipio", "esperanza", ["ad=2"]),
    ("la vereda la esperanza del municipio", "municipio", ["ad=3-4"]),
    ("vivo en cll 45. mi hermana tiene 14", "14", []),  # a new sentence is a new clause
    ("vivo en el centro con mi hermana", "hermana", []),  # no address word before
])
def test_distance_to_the_last_address_word(text, word, since):
    assert _since(text)[word] == since
