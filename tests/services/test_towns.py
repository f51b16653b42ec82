"""Towns the hand-made gazetteer does not list, from GeoNames (services/towns.py), as
services/places.py reads them: only where the text says they are a place."""
from __future__ import annotations

import time

import pytest

from bot.emergency import country_from_place
from services import towns
from services.places import place_answer, place_in, resolve_location

# (message, country, the town's name as the bot passes it on) in the line's languages.
TOWNS = [
    ("estoy en Chinandega", "NI", "Chinandega, Nicaragua"),
    ("estoy cerca de chinandega", "NI", "Chinandega, Nicaragua"),
    ("aquí en Estelí", "NI", "Estelí, Nicaragua"),
    ("estamos en Montevideo", "UY", "Montevideo, Uruguay"),
    ("vivo en Paysandú", "UY", "Paysandú, Uruguay"),
    ("estamos en Orange Walk", "BZ", "Orange Walk, Belize"),
    ("I'm in Moncton NB", "CA", "Moncton, Canada"),
    ("we're in Sherbrooke", "CA", "Sherbrooke, Canada"),
    ("near Springfield, Missouri", "US", "Springfield, United States"),
    ("je suis à Cayenne", "GF", "Cayenne, Guyane"),
    ("je suis à Pointe-à-Pitre", "GP", "Pointe-à-Pitre, Guadeloupe"),
    ("on est à fort de france", "MQ", "Fort-de-France, Martinique"),
    ("tô em Caruaru", "BR", "Caruaru, Brasil"),
    ("moro em juazeiro do norte", "BR", "Juazeiro do Norte, Brasil"),
    ("estou em Imperatriz", "BR", "Imperatriz, Brasil"),
    ("m nan Mirebalais", "HT", "Mirebalais, Haïti"),
    ("mwen Lenbe", "HT", "Lenbe, Haïti"),
    ("estoy en Progreso, Yucatán", "MX", "Progreso, México"),
    ("Victoria, Chile", "CL", "Victoria, Chile"),
]


@pytest.mark.parametrize("text,country,name", TOWNS)
def test_a_town_outside_the_hand_made_gazetteer_gives_its_country(text: str, country: str, name: str) -> None:
    place = place_answer(text)
    assert (place.country, place.name) == (country, name)
    assert place_in(text) == place
    assert country_from_place(place.name) == country  # the name the actions get back reads the same


@pytest.mark.parametrize("text,country", [
    ("me tienen encerrada en una casa en Chinandega y no me dejan salir", "NI"),
    ("trabajo en una finca cerca de Paysandú sin pago", "UY"),
    ("they took my passport, I'm in Moncton NB", "CA"),
    ("on m'a pris mon passeport, je suis à Cayenne", "GF"),
    ("pegaram meus documentos, tô em Caruaru", "BR"),
    ("yo pran paspò m, m nan Mirebalais", "HT"),
    ("sou de Caruaru mas agora estou em Imperatriz", "BR"),  # where the person is, not from
])
def test_a_town_inside_a_longer_message(text: str, country: str) -> None:
    assert place_in(text).country == country


# Names that are also ordinary words: a place only with a word that says where, or as the
# answer to the bot's own question for the place.
@pytest.mark.parametrize("text", [
    "tengo esperanza de salir de aquí",
    "no hay esperanza",
    "Esperanza",  # a first name as much as a town
    "I hope you can help me",
    "Hope you can help",
    "gracias por el progreso",
    "la victoria es nuestra",
    "estoy en casa",
    "ESTOY EN LA CALLE",
    "MI JEFE ME TIENE EN LA BODEGA OK",
    "gracias OK",  # a state's code that is also a word
    "Liberty",
    "mi jefe Lucas me pega",  # a person's name that is also a town's
    "la señora Regina nos tiene encerradas",
    "Mana kastilla simita rimanichu",  # a town's name as the first word says nothing
])
def test_an_ordinary_word_that_is_also_a_town_is_no_place(text: str) -> None:
    assert place_in(text) is None
    assert place_answer(text) is None


@pytest.mark.parametrize("text,country", [
    ("tô em Palmas", "BR"),  # one country's town dwarfs its namesakes
    ("moro em Vitória da Conquista", "BR"),
    ("estoy en Concordia, Argentina", "AR"),
    ("I'm in Liberty", "US"),
    ("I'm in Regina", "CA"),
])
def test_an_ordinary_word_with_a_cue_is_a_town(text: str, country: str) -> None:
    assert place_in(text).country == country


def test_the_answer_to_where_are_you_may_be_a_word() -> None:
    assert place_answer("Palmas") is None
    assert place_answer("Palmas", asked=True).country == "BR"


@pytest.mark.parametrize("text,country", [
    ("estamos en San Pedro, Belice", "BZ"),  # the country beside a shared name decides
    ("Victoria, Chile", "CL"),
    ("Smalltown, TX", "US"),  # an unknown town with its state: the state's country
    ("Moncton NB", "CA"),
    ("Caruaru PE", "BR"),  # PE: Pernambuco beside a Brazilian town, not Peru
])
def test_a_country_or_region_beside_the_town_decides(text: str, country: str) -> None:
    assert place_in(text).country == country


def test_a_name_several_countries_share_says_nothing_alone() -> None:
    assert place_in("estamos en Esperanza") is None  # Argentina, Mexico, Dominican Republic, ...
    assert resolve_location("Esperanza", "DO").country == "DO"  # the country already known decides


def test_the_hand_made_gazetteer_keeps_priority() -> None:
    assert place_answer("en tijuana").key == "mx/baja-california/tijuana"
    assert place_answer("m nan Okap").key == "ht/nord/cap-haitien"
    assert resolve_location("Caruaru, Brasil").key.startswith("br/")
    assert resolve_location("Caruaru, Brasil").kind == "city"
    assert resolve_location("Narnia") is None


@pytest.mark.parametrize("candidates,beside,regions,context,expected", [
    ((("A", "MX", 900), ("B", "GT", 100)), None, None, None, "A"),  # dwarfs its namesake
    ((("A", "MX", 300), ("B", "GT", 100)), None, None, None, None),  # not enough
    ((("A", "MX", 300), ("B", "GT", 100)), {"GT"}, None, None, "B"),
    ((("A", "MX", 300), ("B", "GT", 100)), {"HN"}, None, None, None),  # beside: only there
    ((("A", "MX", 300), ("B", "GT", 100)), None, None, {"GT"}, "B"),
    ((("A", "MX", 300), ("B", "MX", 100)), None, None, None, "A"),  # one country: the largest
])
def test_pick(candidates, beside, regions, context, expected) -> None:  # noqa: ANN001
    made = tuple(towns.Town(i, name, cc, "01", pop, 0.0, 0.0, "UTC") for i, (name, cc, pop) in enumerate(candidates))
    picked = towns.pick(made, beside, regions, context)
    assert (picked.name if picked else None) == expected


def test_reading_a_message_stays_fast() -> None:
    place_in("warm up en Caruaru")
    messages = [f"hola necesito ayuda, mi patron no me paga y estoy en una finca cerca de Chinandega {i}"
                for i in range(200)]
    start = time.perf_counter()
    for text in messages:
        place_in(text)
    assert (time.perf_counter() - start) / len(messages) < 0.005  # about 0.1 ms measured; room for a busy machine
