"""Words written only in Portuguese or only in Spanish tip the balance between the two
(bot/langid/cues.py)."""
from __future__ import annotations

import pytest

from bot.langid import identify
from bot.langid.cues import PORTUGUESE, SPANISH, reweigh


def test_no_word_is_a_cue_for_both() -> None:
    assert PORTUGUESE & SPANISH == set()


@pytest.mark.parametrize("text,tag", [
    # phone-typed Portuguese the character model alone reads as Spanish
    ("q horas vcs atendem", "pt"),
    ("como faco pra pedir refugio", "pt"),
    # Spanish stays Spanish
    ("necesito ayuda pero no se donde", "es"),
    ("hola tengo una pregunta", "es"),
    ("quiero hablar con alguien", "es"),
    ("eu quero falar com alguém", "pt"),
    # writers n and o: place words taken out, or a short first message read as English
    ("ele diz que eu devo o aluguel e a e a divida so aumenta", "pt"),
    ("oi sou venezuelano em", "pt"),
    ("900 euros por mes numa estufa de frutas vermelhas", "pt"),
    # Kreyòl's "yo" is not Spanish
    ("yo te di m se travay restoran, kounya yo fòse m kouche ak gason pou m peye vwayaj la", "ht"),
])
def test_phone_typed_portuguese_and_spanish(text: str, tag: str) -> None:
    assert identify(text) == tag


@pytest.mark.parametrize("post,words,leader", [
    ({"es": 0.8, "pt": 0.2}, ["vc", "pra"], "pt"),
    ({"es": 0.3, "pt": 0.7}, ["estoy", "necesito"], "es"),
    ({"es": 0.8, "pt": 0.2}, ["vc", "estoy"], "es"),  # one each: unchanged
    ({"fr": 0.9, "en": 0.1}, ["vc"], "fr"),  # neither Spanish nor Portuguese in the running
])
def test_reweigh(post: dict[str, float], words: list[str], leader: str) -> None:
    out = reweigh(post, words)
    assert max(out, key=out.get) == leader
    assert abs(sum(out.values()) - 1) < 1e-9


def test_a_long_message_full_of_cue_words_does_not_overflow() -> None:
    # 3,000 characters of "necesito ayuda con mi trabajo": hundreds of Spanish cue words
    assert identify("necesito ayuda con mi trabajo " * 100) == "es"
    assert identify("eu preciso de ajuda com meu trabalho " * 100) == "pt"
