"""Registry and conversation-language rules (bot/languages.py): real code, real model."""
from __future__ import annotations

import pytest
from babel import Locale, UnknownLocaleError

from bot import languages as L

REQUIRED = {
    "es": "full", "pt": "full", "en": "full", "fr": "full",
    "ht": "prompts", "qu": "prompts", "gn": "prompts", "ay": "prompts", "quc": "prompts", "nah": "prompts",
    "mam": "detect-only", "kek": "detect-only", "guc": "detect-only",
}


def test_registry_covers_required_languages_with_status():
    reg = L.registry()
    for tag, status in REQUIRED.items():
        assert reg[tag].status == status, tag
        lang = reg[tag]
        assert len(lang.iso639_3) == 3 and lang.name and lang.endonym and lang.script == "Latn"
        assert lang.names, tag


def test_menu_numbers_are_unique_and_skip_detect_only():
    numbers = [l.menu for l in L.menu()]
    assert numbers == sorted(set(numbers)) and 0 not in numbers
    assert {l.tag for l in L.menu()} == {t for t, s in REQUIRED.items() if s != "detect-only"}
    assert L.from_menu_number("1") == "es"
    assert L.from_menu_number(" 5 ") == "ht"
    assert L.from_menu_number("99") is None and L.from_menu_number("hola") is None
    # the fuzzer's "1²": digits to str.isdigit(), refused by int(); an answer, not a crash
    assert L.from_menu_number("1²") is None and L.from_menu_number("²") is None


def test_names_do_not_collide_across_languages():
    seen: dict[str, str] = {}
    for lang in L.registry().values():
        for name in (*lang.names, *lang.ambiguous_names):
            key = L._fold(name)
            assert seen.setdefault(key, lang.tag) == lang.tag, name


@pytest.mark.parametrize("tag", ["ay", "nah", "kek", "mam", "guc"])
def test_tags_babel_lacks_do_not_crash(tag):
    with pytest.raises(UnknownLocaleError):
        Locale.parse(tag)
    assert L.language_name(tag) == L.get(tag).endonym
    assert L.language_name(tag, "en") == L.get(tag).name
    assert L.language_name("es", tag) == "Español"
    assert L.language_name(tag, "es")  # Babel's Spanish name, or the registry's


def test_language_name_uses_babel_where_it_can():
    assert L.language_name("en", "es") == "Inglés"
    assert L.language_name("fr", "pt") == "Francês"
    assert L.language_name("ht", "en") == "Haitian Creole"
    assert L.language_name("es", "ht") == "Español"  # not CLDR's French fallback
    for tag in L.registry():
        for in_lang in L.registry():
            assert L.language_name(tag, in_lang)


@pytest.mark.parametrize(
    "text, tag",
    [
        ("¿me puede escribir en inglés?", "en"),
        ("I speak a little Spanish but prefer English", "en"),
        ("english", "en"),
        ("Inglés", "en"),
        ("angle", "en"),
        ("pale angle souple", "en"),
        ("runasimi", "qu"),
        ("quiero hablar en runasimi", "qu"),
        ("avañe'ẽ", "gn"),
        ("Avañe’ẽ", "gn"),
        ("kreyòl", "ht"),
        ("kreyol", "ht"),
        ("en français svp", "fr"),
        ("prefiro português", "pt"),
        ("in english please", "en"),
        ("K’iche’", "quc"),
        ("hablo español", "es"),
        ("náhuatl", "nah"),
        ("wayuunaiki", "guc"),
    ],
)
def test_explicit_choice(text, tag):
    assert L.explicit_choice(text) == tag


@pytest.mark.parametrize(
    "text",
    [
        "soy de Guatemala",
        "hola necesito ayuda",
        "trabajo para un inglés",
        "no hablo bien inglés",
        "i don't speak spanish well",
        "mwen pa pale angle byen",
        "the angle is wrong",
        "my mam is sick",
        "español o inglés",
    ],
)
def test_no_false_choice(text):
    assert L.explicit_choice(text) is None


def test_first_message_is_detected_or_defaults_to_spanish():
    assert L.decide(None, False, "mwen bezwen èd") == L.LanguageDecision("ht", False, True)
    assert L.decide(None, False, "hi") == L.LanguageDecision("en", False, True)
    assert L.decide(None, False, "oi tudo bem") == L.LanguageDecision("pt", False, True)
    # Nothing to identify: the default for now, and the next message with words decides.
    assert L.decide(None, False, "ok") == L.LanguageDecision(L.DEFAULT, False, True, provisional=True)
    assert L.decide(None, False, "12345") == L.LanguageDecision("es", False, True, provisional=True)
    assert L.decide(None, False, "🙏🙏") == L.LanguageDecision("es", False, True, provisional=True)


def test_a_first_message_without_words_is_greeted_in_several_languages():
    greeting = L.wordless_greeting().splitlines()
    assert greeting[0] == "Hola · Hello · Bonjour · Olá · Bonjou"
    # then the language menu, whose number picks the language, and 0 for danger
    assert greeting[1:-1] == L.menu_lines().splitlines()
    assert greeting[1] == "1 Español"
    assert all(L.from_menu_number(line.split()[0]) for line in greeting[1:-1])
    assert greeting[-1] == "0 🆘"


def test_explicit_choice_wins_and_sticks():
    d = L.decide(None, False, "¿me puede escribir en inglés?")
    assert d == L.LanguageDecision("en", True, True)
    # a long, confident Spanish message does not undo the choice
    d = L.decide(d.tag, d.chosen, "mi patrón me quitó el pasaporte y no me deja salir de la casa")
    assert d == L.LanguageDecision("en", True, False)
    # a new explicit choice does
    assert L.decide("en", True, "runasimi") == L.LanguageDecision("qu", True, True)


def test_switch_needs_three_words_and_confidence():
    assert L.decide("es", False, "thank you") == L.LanguageDecision("es", False, False)
    assert L.decide("es", False, "oi") == L.LanguageDecision("es", False, False)
    d = L.decide("es", False, "my boss took my passport and will not pay me")
    assert d == L.LanguageDecision("en", False, True)
    d = L.decide("en", False, "meu patrão pegou meu passaporte e não me paga")
    assert d == L.LanguageDecision("pt", False, True)
    assert L.decide("es", False, "ok ok ok") == L.LanguageDecision("es", False, False)
    # A short yes-please shares its words with a neighbouring language: no switch.
    assert L.decide("es", False, "si por favor") == L.LanguageDecision("es", False, False)
    # Between two fully served languages a switch takes a longer message ...
    assert L.decide("pt", False, "tengo mucho miedo ahora") == L.LanguageDecision("pt", False, False)
    # ... but out of a language the bot cannot serve well, three words are enough.
    assert L.decide("qu", False, "necesito un albergue hoy") == L.LanguageDecision("es", False, True)


def test_detect_returns_registry_tags_or_und():
    assert L.detect("Imaynalla kachkanki, allinllachu") == "qu"
    assert L.detect("...") == "und"
    assert L.detect("mwen bezwen èd") == "ht"



# The folded words of a place answer besides the place (services.places.answer_frame).
@pytest.mark.parametrize("words,tag", [
    ("to em", "pt"), ("moro em", "pt"), ("m nan", "ht"), ("mwen nan kounye a", "ht"),
    ("je suis a", "fr"), ("chu a", "fr"), ("estoy en", "es"), ("we are in now", "en"),
    ("", None), ("en", None),  # the place alone, or a word several languages write
])
def test_the_words_around_a_place_tell_the_language(words: str, tag: str | None) -> None:
    assert L.place_frame_language(words.split()) == tag
