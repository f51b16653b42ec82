"""Reading where a person is from what they write (services/places.py)."""
from __future__ import annotations

import pytest

from services.places import origin_only, place_answer, place_in, place_of_others

# Answers to "what city or country are you in?" as people type them, in the line's languages.
ANSWERS = [
    ("Tijuana", "mx/baja-california/tijuana"),
    ("en tijuana", "mx/baja-california/tijuana"),
    ("aca en cucuta", "co/norte-de-santander/cucuta"),
    ("ahorita estamos en Quetzaltenango", "gt/quetzaltenango/quetzaltenango"),
    ("i'm in new york now", "us/new-york/new-york-city"),
    ("near houston", "us/texas/houston"),
    ("we are in LA", "us/california/los-angeles"),
    ("je suis à Montréal", "ca/quebec/montreal"),
    ("estou em São Paulo", "br/sao-paulo/sao-paulo"),
    ("tô em boa vista", "br/roraima/boa-vista"),
    ("m nan Pòtoprens", "ht/ouest/port-au-prince"),
    ("Cusco, Perú", "pe/cusco/cusco"),
    ("estamos en la capital, Santo Domingo", "do/distrito-nacional/santo-domingo"),
    ("Lima", "pe/lima/lima"),
    ("por acá en Tijuana", "mx/baja-california/tijuana"),
    ("desde Cúcuta", "co/norte-de-santander/cucuta"),
    ("Miami FL", "us/florida/miami"),
    # Cities as people text them: abbreviations, no accents, the state beside the city.
    ("sp", "br/sao-paulo/sao-paulo"),
    ("SP", "br/sao-paulo/sao-paulo"),
    ("aqui em sp", "br/sao-paulo/sao-paulo"),
    ("sao paulo capital", "br/sao-paulo/sao-paulo"),
    ("Sao Paulo SP", "br/sao-paulo/sao-paulo"),
    ("moro em bh", "br/minas-gerais/belo-horizonte"),
    ("poa", "br/rio-grande-do-sul/porto-alegre"),
    ("to no rj", "br/rio-de-janeiro/rio-de-janeiro"),
    ("bsb", "br/distrito-federal/brasilia"),
    ("brasilia", "br/distrito-federal/brasilia"),
    ("florianopolis", "br/santa-catarina/florianopolis"),
    ("to em roraima", "br/roraima"),
    ("estado de são paulo", "br/sao-paulo"),
    ("mtl", "ca/quebec/montreal"),
    ("LA", "us/california/los-angeles"),  # the abbreviation alone is no shouting
    ("LA?", "us/california/los-angeles"),
]


@pytest.mark.parametrize("text,key", ANSWERS)
def test_a_short_answer_naming_a_place_is_read(text: str, key: str) -> None:
    assert place_answer(text).key == key
    assert place_in(text) is None or place_in(text).key == key


@pytest.mark.parametrize("text", [
    "necesito un albergue en tijuana",  # a request with a place: the NLU reads the request
    "estoy en la calle",
    "la casa de mi tía",
    "ESTOY EN LA CALLE",  # shouting: "LA" is the article
    "la",
    "sp que eu te falei",  # more than a place
    "4",
    "no",
    "soy de Honduras",  # where someone comes from is not where they are
    "",
])
def test_anything_more_than_a_place_is_not_an_answer(text: str) -> None:
    assert place_answer(text) is None


# A place mentioned inside a longer message: where the person (or the person they write
# about) is, not where they come from, nor the country of a consulate they ask for.
IN_TEXT = [
    # French "à" typed without its accent after a verb of being somewhere (writer w's Guyane)
    ("bonjour je suis a saint-laurent-du-maroni", "gf/gn-GF/3380387"),
    ("on est a saint laurent du maroni depuis hier", "gf/gn-GF/3380387"),
    ("me encerraron en un cuarto en Reynosa", "mx/tamaulipas/reynosa"),
    ("somos de Venezuela y ahora estamos en Bogotá", "co/bogota-dc/bogota"),
    ("vinimos de Honduras a Tapachula hace un mes", "mx/chiapas/tapachula"),
    ("necesito el consulado de Guatemala en Houston", "us/texas/houston"),
    ("I'm from Haiti, living in Miami", "us/florida/miami"),
    ("je viens du Guatemala, je travaille à Toronto", "ca/ontario/toronto"),
    ("cruzamos por el Darién la semana pasada", "pa/darien"),
    ("la dueña nos tiene en una casa en El Alto", "bo/la-paz/el-alto"),
    ("trabajo en una obra en Buenos Aires", "ar/caba/buenos-aires"),
    ("we're in LA and they want money", "us/california/los-angeles"),
    ("pasamos por Tecún Umán y ya estamos en Tapachula", "mx/chiapas/tapachula"),
    ("estuve en Tijuana un mes, ahora estoy en Mexicali", "mx/baja-california/mexicali"),
    ("estoy en Monterrey, mi hermano sigue en Houston", "mx/nuevo-leon/monterrey"),
    ("estamos en México, en Tijuana", "mx/baja-california/tijuana"),
    # writing from a place is being there, whatever the son's journey names after it
    ("Le escribo de Quetzaltenango, mi hijo se fue para Chiapas a trabajar en Tuxtla",
     "gt/quetzaltenango/quetzaltenango"),
    ("I'm writing from Tijuana, my sister is in LA", "mx/baja-california/tijuana"),
    ("nou rive tapachula yè ak de timoun, nou sot nan darien", "mx/chiapas/tapachula"),  # arrived; came from
    ("we got to Tapachula last night, before that we were in Guatemala", "mx/chiapas/tapachula"),
    ("je travaille dans une petite école à Pétion-Ville", "ht/ouest/petion-ville"),
    ("mwen travay lakay yon fanmi nan petyonvil depi 12 an", "ht/ouest/petion-ville"),
    # someone else gone to a place is not where the writer is
    ("j'ai mes petits-enfants à Port-au-Prince depuis que leur mère est partie au Chili",
     "ht/ouest/port-au-prince"),
    ("my husband went to Houston last year, I stayed in Dallas", "us/texas/dallas"),
    ("aqui en Tegucigalpa, mi hija se fue a Monterrey", "hn/francisco-morazan/tegucigalpa"),
]


@pytest.mark.parametrize("text,key", IN_TEXT)
def test_the_place_where_someone_is_is_found_in_a_longer_message(text: str, key: str) -> None:
    assert place_in(text).key == key


# GeoNames' towns (keys by their GeoNames id): the country is what the emergency number needs.
@pytest.mark.parametrize("text,country", [
    ("to numa fazenda no sul de minas perto de campos gerais, somos do maranhão", "BR"),  # near, not from
    ("on est sur la route entre saint-laurent-du-maroni et kourou, vers iracoubo", "GF"),
])
def test_a_town_on_the_way_or_nearby_gives_the_country(text: str, country: str) -> None:
    assert place_in(text).country == country


@pytest.mark.parametrize("text", [
    "soy de Guatemala",
    "I'm from Mexico originally",
    "One of my students, a 15 year old boy from Guatemala, falls asleep in class",
    "quiero el consulado de Honduras",
    "mi patrón Salvador no me paga",  # a first name, not the country
    "la comida es puro chile",  # the pepper, not the country
    "MI JEFE ME TIENE EN LA BODEGA",
    "nadie me ayuda",
])
def test_origins_first_names_and_common_words_are_not_where_someone_is(text: str) -> None:
    assert place_in(text) is None


@pytest.mark.parametrize("text,expected", [
    ("soy de Guatemala", True), ("we came from Honduras", True), ("consulado de Honduras", True),
    ("mi hijo se fue a Chiapas", True), ("me fui a Tijuana", False),
    ("soy de Guatemala y estoy en Tapachula", False), ("estoy en Lima", False), ("hola", False),
])
def test_a_message_that_only_says_where_someone_comes_from(text: str, expected: bool) -> None:
    assert origin_only(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("la tienen en Monterrey", True), ("mis hijos siguen en Honduras", True),
    ("my daughter is in Houston", True), ("meus filhos no Brasil", True),
    ("mi hija está en Lima y yo estoy en Quito", False),  # the writer says where they are
    ("trabajo en la fábrica de Monterrey", False),  # an article is nobody else's word
    ("vivo en las afueras de Cusco", False), ("estoy en Lima", False), ("hola", False),
])
def test_a_place_named_only_for_someone_else(text: str, expected: bool) -> None:
    assert place_of_others(text) is expected


@pytest.mark.parametrize("text,rest,frame", [
    ("onde fica o consulado da Venezuela?", "onde fica o consulado da", ["onde", "fica", "o", "consulado", "da"]),
    ("tô em Manaus", "tô em", ["to", "em"]),
    ("Lima", "", []),
    ("necesito ayuda", "necesito ayuda", ["necesito", "ayuda"]),
])
def test_the_words_besides_the_places(text: str, rest: str, frame: list[str]) -> None:
    from services.places import answer_frame, without_places
    assert (without_places(text), answer_frame(text)) == (rest, frame)


@pytest.mark.parametrize("text", ["il est a la maison", "je suis a la rue depuis hier", "on est a fond",
                                  "il travaille a temps plein"])
def test_french_a_without_its_accent_names_no_place_by_itself(text: str) -> None:
    assert place_in(text) is None
