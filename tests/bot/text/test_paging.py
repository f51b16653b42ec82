"""SMS segments and the paginator: pages break between replies before inside one, and the
numbered menu stays on the first page when it fits."""
from __future__ import annotations

import pytest

from bot import menus
from bot.i18n import Catalogs
from bot.text import paging
from bot.text.paging import MAX_SEGMENTS, MORE_ANSWER, MORE_PAGES, encoding, is_menu, paginate, segment_count, sms_text

NOTE = "(99)"
MENU = "Reply with a number:\n1 A person\n2 Shelter\n3 Legal aid"  # 52 characters
LONG_MENU = MENU + "\n4 Health care\n5 Emotional support\n6 Consulate\n7 Job offer\n8 Safe migration\n9 Rights\n10 Trafficking\n11 Language"  # 164 characters
G100, G140 = "g" * 100, "h" * 140


def test_segments_gsm7_and_ucs2() -> None:
    assert encoding("Hola, como estas?") == "GSM-7"
    assert encoding("¿Cómo estás?") == "UCS-2"  # ó and á are not in GSM-7
    assert segment_count("a" * 160) == 1 and segment_count("a" * 161) == 2
    assert segment_count("a" * 306) == 2 and segment_count("a" * 307) == 3
    assert segment_count("{" * 80) == 1 and segment_count("{" * 81) == 2  # extension: 2 septets
    assert segment_count("á" * 70) == 1 and segment_count("á" * 71) == 2
    assert segment_count("á" * 134) == 2 and segment_count("á" * 135) == 3
    assert segment_count("😀" * 35) == 1 and segment_count("😀" * 36) == 2  # surrogate pairs


@pytest.mark.parametrize("alphabet", ["palabra corta ", "canción rápida ", "mot très long ", "😀 ok "])
def test_paginate_at_most_three_segments_with_numbered_more(alphabet: str) -> None:
    text = sms_text(alphabet * 200)
    note = "(Responde 99 para leer el resto)"
    pages, rest = [], text
    while rest:
        page, rest = paginate(rest, note)
        assert segment_count(page) <= MAX_SEGMENTS
        assert page.endswith(note) == bool(rest)
        pages.append(page.removesuffix(note).strip())
    assert " ".join(pages).split() == text.split()  # nothing lost, nothing repeated
    assert len(pages) > 3


def test_paginate_short_text_is_one_page() -> None:
    assert paginate("Hola", "(99)") == ("Hola", "")


# One segment (160 GSM-7 characters) a page, so that the cases stay readable.
@pytest.mark.parametrize("replies, page, rest", [
    (["Hola"], "Hola", ""),
    (["", "  ", "Hola "], "Hola", ""),
    (["a" * 50, "b" * 50], "a" * 50 + "\n\n" + "b" * 50, ""),
    # whole replies, as many as fit, from the first on
    ([G100, "b" * 100], G100 + "\n" + NOTE, "b" * 100),
    (["a" * 60, "b" * 60, "c" * 60], "a" * 60 + "\n\n" + "b" * 60 + "\n" + NOTE, "c" * 60),
    # a break between replies even where part of the next one would still fit
    ([G100, "word " * 20], G100 + "\n" + NOTE, ("word " * 20).strip()),
    # the menu is kept on the page when it fits; what does not fit with it waits, in order
    ([G140, MENU], MENU + "\n" + NOTE, G140),
    (["Thanks.", G140, MENU], "Thanks.\n\n" + MENU + "\n" + NOTE, G140),
    (["Thanks.", G140, "x" * 50, MENU], "Thanks.\n\n" + MENU + "\n" + NOTE, G140 + "\n\n" + "x" * 50),
    ([MENU, G140], MENU + "\n" + NOTE, G140),
    # a menu too long for any page is paged like any reply
    ([G100, LONG_MENU], G100 + "\n" + NOTE, LONG_MENU),
    # no whole reply fits: the page breaks inside the text, at a word near the end
    (["word " * 40, "Bye"], ("word " * 31).strip() + "\n" + NOTE, ("word " * 9).strip() + "\n\nBye"),
])
def test_paginate_replies(replies: list[str], page: str, rest: str) -> None:
    got = paginate(replies, NOTE, max_segments=1)
    assert got == (page, rest)
    assert segment_count(got[0]) <= 1


@pytest.mark.parametrize("text, menu", [
    (MENU, True),
    ("1. Albergue Belén\nTel +52 962 000 0000\n2. Más opciones", True),
    ("Responde 1 para hablar con una persona.", False),
    ("Hola. Tengo 15 años\ny 3 hijos", False),
    ("3 Ayuda legal", False),
])
def test_is_menu(text: str, menu: bool) -> None:
    assert is_menu(text) is menu


CATALOGS = Catalogs()


@pytest.mark.parametrize("lang", sorted(CATALOGS.languages))
def test_greeting_turn(lang: str) -> None:
    """The greeting and the menu are one SMS turn: the menu is on the first page whenever it
    fits there; nothing is lost or repeated over the pages."""
    greet, menu = (CATALOGS.render(n, lang).text for n in ("utter_greet", "utter_menu"))
    note = CATALOGS.render("utter_more", lang, {"number": MORE_PAGES}).text
    sent_greet, sent_menu, sent_note = sms_text(greet), sms_text(menu), sms_text(note)
    page, rest = paginate([greet, menu], note)
    pages = [page]
    while rest:
        page, rest = paginate(rest, note)
        pages.append(page)
    assert all(segment_count(p) <= MAX_SEGMENTS for p in pages)
    words = " ".join(p.removesuffix(sent_note) for p in pages).split()
    assert sorted(words) == sorted((sent_greet + " " + sent_menu).split())
    if segment_count(sent_menu + "\n" + sent_note) <= MAX_SEGMENTS:
        assert sent_menu in pages[0]
    if lang in ("es", "en", "fr", "pt"):  # the main languages' menus fit once spelled in GSM-7
        assert sent_menu in pages[0]


def test_more_numbers() -> None:
    # 99 must never pick something from a menu; 9 (the rest of an answer) is offered only
    # right after the answer, where it wins over the main menu's 9.
    numbers = {n for items in menus._menus().values() for n in items}
    assert MORE_PAGES not in numbers and MORE_ANSWER != MORE_PAGES
    assert paging.MORE_ANSWER == menus.bare_number(MORE_ANSWER) and MORE_PAGES == menus.bare_number(MORE_PAGES)


@pytest.mark.parametrize(("text", "sent"), [
    ("Escribe el número", "Escribe el numero"),
    ("Não sei, você está aí?", "Nao sei, voce esta ai?"),
    ("Ñandú, pingüino, café, à", "Ñandu, pingüino, café, à"),  # GSM-7 letters stay
    ("Mwen bezwen èd, EFASE", "Mwen bezwen èd, EFASE"),
    ("“Ayuda” – ya…", '"Ayuda" - ya...'),
    ("ayuda 😀", "ayuda 😀"),  # no GSM-7 spelling: the page stays UCS-2
])
def test_sms_text_spells_in_gsm7_where_it_can(text: str, sent: str) -> None:
    assert sms_text(text) == sent


def test_a_reply_that_fits_keeps_its_accents() -> None:
    assert paginate(["Listo, se borró.", "¿Algo más?"], "(99)") == ("Listo, se borró.\n\n¿Algo más?", "")


def test_one_accent_no_longer_makes_a_page_ucs2() -> None:
    menu = "\n".join(f"{i} Opción número {i} para ayuda legal y albergue" for i in range(1, 9))
    page, rest = paginate(["Hola, soy la línea de ayuda. Escribe BORRAR para borrar todo.", menu], "Escribe 99 para más.")
    assert encoding(page) == "GSM-7" and "numero" in page
    assert rest == "" or "1 Opcion" in page
