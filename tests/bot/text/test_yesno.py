from __future__ import annotations

import pytest

from bot.answers import classify
from bot.menus import offer_answer
from bot.screening.engine import _truth
from bot.text.yesno import NO, NO_VALUES, YES, YES_PHRASES, YES_VALUES, truth


def test_no_word_is_both_yes_and_no() -> None:
    assert YES & NO == set() and YES_VALUES & NO_VALUES == set() and YES_PHRASES & NO == set()


def test_every_word_is_folded_as_a_reply_is() -> None:
    from bot.text.folding import fold
    for word in YES | NO | YES_PHRASES | YES_VALUES | NO_VALUES:
        assert fold(word, words=True) == word


# (reply, short answer, operator offer, screening answer): one vocabulary behind all three.
@pytest.mark.parametrize("text, answer, offer, screening", [
    ("sí", "yes", "affirm", True),
    ("Sí.", "yes", "affirm", True),
    ("claro", "yes", "affirm", True),
    ("yes", "yes", "affirm", True),
    ("oui", "yes", "affirm", True),
    ("sim", "yes", "affirm", True),
    ("wi", "yes", "affirm", True),
    ("ari", "yes", "affirm", True),
    ("héẽ", "yes", "affirm", True),
    ("jisa", "yes", "affirm", True),
    ("no", "no", "deny", False),
    ("NÃO", "no", "deny", False),
    ("non", "no", "deny", False),
    ("mana", "no", "deny", False),
    ("nahániri", "no", "deny", False),
    ("janiwa", "no", "deny", False),
    ("no gracias", "no", "deny", None),
    ("pode ser", "other", "affirm", None),
    ("true", "other", None, True),
    ("1", "other", None, True),
    ("vrai", "other", None, True),
    ("falso", "other", None, False),
    ("0", "other", None, False),
    ("no sé", "skip", None, None),
    ("basta", "stop", None, None),
    ("não posso sair sozinha", "no", None, None),
    ("me tienen encerrada", "other", None, None),
])
def test_reply(text: str, answer: str, offer: str | None, screening: bool | None) -> None:
    assert (classify(text), offer_answer(text), truth(text), _truth(text)) == (answer, offer, screening, screening)


@pytest.mark.parametrize("value, want", [(True, True), (False, False), (None, None), (1, True), (0, False)])
def test_screening_answer_values(value: object, want: bool | None) -> None:
    assert _truth(value) is want
