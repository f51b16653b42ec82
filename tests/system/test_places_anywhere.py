"""People in towns the hand-made gazetteer does not list (issue #17), through the real Rasa,
action server and gateway: the town (from GeoNames, services/towns.py) gives the country, so
someone in danger gets that country's emergency number with the immediate handoff (a town
named after the danger: EMERGENCY_THEN_PLACE in test_dialogue_paths.py); an ordinary word
that is also a town's name does not make a place."""
from __future__ import annotations

import httpx
import pytest

from tests.system.helpers import levels, new_sender, rendered, say, texts


# The test senders' numbers (+1 555 …) have no country: only the words can give it.
DANGER_IN_A_TOWN = [
    ("es", "ayuda me estan golpeando ahora mismo, estoy en Chinandega", "118"),
    ("es", "ayuda me estan golpeando ahora mismo, estamos en Paysandú", "911"),
    ("en", "help someone is hitting me right now, I'm in Moncton NB", "911"),
    ("pt", "socorro estão me batendo agora, tô em Caruaru", "190"),
    ("fr", "au secours on me frappe en ce moment, je suis à Cayenne", "17"),
    ("ht", "anmwe, y ap bat mwen, m nan Mirebalais", "114"),
]


@pytest.mark.parametrize("lang,text,number", DANGER_IN_A_TOWN)
def test_danger_in_a_town_gets_that_countrys_number_at_once(
    gateway: httpx.Client, stack, lang: str, text: str, number: str  # noqa: ANN001
) -> None:
    sender = new_sender()
    body = say(gateway, sender, text)
    assert rendered("utter_emergency_number", lang, number=number) in texts(body)
    assert rendered("utter_emergency_no_country", lang) not in texts(body)
    assert levels(stack, sender) == ["immediate"]


ORDINARY_WORDS = [
    ("es", "ayuda me estan golpeando ahora mismo, ya no tengo esperanza"),
    ("en", "help someone is hitting me right now, I hope you can help"),
]


@pytest.mark.parametrize("lang,text", ORDINARY_WORDS)
def test_an_ordinary_word_that_is_a_towns_name_is_no_place(gateway: httpx.Client, lang: str, text: str) -> None:
    body = say(gateway, new_sender(), text)
    assert rendered("utter_emergency_no_country", lang) in texts(body)


# Once the person has said where they are, a place in another country named for someone else
# ("a mi hija la tienen en México", "meus filhos no Brasil") does not move the conversation:
# the emergency number stays the one where the writer is. Saying they are there does move it.
WRITER_THEN_OTHERS = [
    ("es", "le escribo de Quetzaltenango",
     "a mi hija la tienen unos hombres en Mexico y piden 3000 dolares para soltarla", "110"),
    ("pt", "moro em Newark, trabalho numa lanchonete",
     "deixei cartas pros meus filhos no Brasil, hoje vou tomar todos os remedios da caixa", "911"),
    ("es", "le escribo de Quetzaltenango", "ya estoy en Tapachula y me estan golpeando ahora mismo", "911"),
]


@pytest.mark.parametrize("lang,first,second,number", WRITER_THEN_OTHERS)
def test_a_place_named_for_others_keeps_the_writers_emergency_number(
    gateway: httpx.Client, stack, lang: str, first: str, second: str, number: str  # noqa: ANN001
) -> None:
    sender = new_sender()
    say(gateway, sender, first)
    body = say(gateway, sender, second)
    assert rendered("utter_emergency_number", lang, number=number) in texts(body)
    assert levels(stack, sender) == ["immediate"]


def test_santiago_centro_is_chiles_capital(gateway: httpx.Client) -> None:
    body = say(gateway, new_sender(), "me estan golpeando ahora mismo, estoy en santiago centro")
    assert rendered("utter_emergency_number", "es", number="133") in texts(body)
