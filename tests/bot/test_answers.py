import pytest

from bot.answers import classify


@pytest.mark.parametrize("text,kind", [
    ("Sí", "yes"), ("si claro", "yes"), ("yes", "yes"), ("oui", "yes"), ("sim", "yes"), ("wi", "yes"),
    ("ari", "yes"), ("jisa", "yes"), ("no", "no"), ("No, nunca", "no"), ("non", "no"), ("não", "no"),
    ("mana", "no"), ("janiwa", "no"), ("SALTAR", "skip"), ("skip", "skip"), ("no sé", "skip"), ("", "skip"),
    ("parar", "stop"), ("NO MORE", "stop"), ("arrêter", "stop"), ("15", "other"), ("tengo 16 años", "other"),
])
def test_short_answers(text: str, kind: str) -> None:
    assert classify(text) == kind
