"""locations.py alone (the rules' floor for places): lodgings by their name in every language."""
import pytest

from bot.privacy.locations import location_spans
from bot.privacy.rules import rule_spans


def _places(text: str) -> list[str]:
    return [text[s:e] for s, e in location_spans(text)]


@pytest.mark.parametrize("text, place", [
    ("m nan otèl Flamboyan chanm 5", "otèl Flamboyan"),
    ("nou nan motèl Bèl Vi", "motèl Bèl Vi"),
    ("on est à l'hôtel Bon Repos chambre 9", "hôtel Bon Repos"),
    ("fiquei na pensão da dona Cida", "pensão da dona Cida"),
    ("je dors à l'auberge Le Relais", "auberge Le Relais"),
])
def test_lodgings_by_their_name(text, place):
    assert any(place in found for found in _places(text))


@pytest.mark.parametrize("text", ["on va à l'hôtel de ville demain", "l'hôtel est trop cher", "a pousada é cara"])
def test_lodgings_without_a_name_stay(text):
    assert _places(text) == []


@pytest.mark.parametrize("text, place", [
    ("we live at Bellaire and Fondren", "Bellaire and Fondren"),
    ("on Westheimer and Gessner", "Westheimer and Gessner"),
    ("the house on 5th and Main", "5th and Main"),
])
def test_cross_streets_by_their_names(text, place):
    assert place in _places(text)


@pytest.mark.parametrize("text", ["in Houston and Dallas", "we were at Tijuana and Mexicali",
                                  "meet me at Walmart and Target", "i was at OIM and ACNUR", "at home and work"])
def test_two_towns_shops_or_organisations_are_no_corner(text):
    assert _places(text) == []


# Issue #18, seventh round: streets as people type them.
@pytest.mark.parametrize("text, place", [
    ("vivo en juarez 45 con mi tia", "juarez 45"),  # after a verb of living, a town's name with a number
    ("vivo en hidalgo 230 col. centro", "hidalgo 230"),
    ("on dort derrière l'église de la rue sainte-catherine", "rue sainte-catherine"),
    ("j'habite avenue jean-talon", "avenue jean-talon"),
    ("pasen por mi a la esquina de Juárez y Morelos", "esquina de Juárez y Morelos"),  # a corner of two towns' names
])
def test_streets_as_typed(text, place):
    assert any(place in found for found in _places(text))


@pytest.mark.parametrize("text", ["vivo en Juárez 3 años", "estoy en juarez 45 dias", "vivo en la Paz 12",
                                  "estoy entre Quito y Guayaquil", "en la esquina de Tijuana", "llegué a Juárez en 2019"])
def test_towns_with_counts_stay(text):
    assert _places(text) == []


@pytest.mark.parametrize("text, place", [("men kote m ye a hc8v+c2 ede m", "hc8v+c2"), ("estoy en 7vxq+4c", "7vxq+4c")])
def test_plus_codes_in_lower_case(text, place):
    assert place in _places(text)


# Issue #18, ninth round: exact locations, rules alone (the tagger is not asked).
def _rule_places(text: str) -> list[str]:
    return [text[s:e] for s, e, label in rule_spans(text) if label == "ADDRESS"]


@pytest.mark.parametrize("text, place", [
    # a neighbourhood before its street, or with a house: any words name it
    ("fico no bairro boa esperanca casa 7, me ajuda", "bairro boa esperanca casa 7"),
    ("vivo en la colonia vista hermosa casa 9", "colonia vista hermosa casa 9"),
    ("m rete nan seksyon kominal bwa dlo", "seksyon kominal bwa dlo"),
    # two streets around a house
    ("mi casa esta entre la calle olmo y la calle ceiba", "entre la calle olmo y la calle ceiba"),
    ("el cuarto queda entre calle 4 y calle 6", "entre calle 4 y calle 6"),
    ("la maison est entre la rue ontario et la rue sherbrooke", "entre la rue ontario et la rue sherbrooke"),
    ("estoy entre la 5 de mayo y la independencia", "entre la 5 de mayo y la independencia"),
    ("we live between oak and elm", "between oak and elm"),
    ("the house is between 5th and 6th street", "between 5th and 6th street"),
    # a street word after a preposition and an article: any words name it
    ("trabajo en el restaurante la cazuela de la avenida central y no me pagan", "avenida central"),
    ("je travaille a l usine bonbons doux de la rue principale", "rue principale"),
    # landmarks by a name no dictionary knows, lodgings named first in English
    ("estou atras do posto ipiranga num quartinho", "atras do posto ipiranga"),
    ("im across from the sunoco gas station", "across from the sunoco gas station"),
    ("he keeps us at the country inn room 109", "the country inn room 109"),
    ("je reste en face de l epicerie chez paul", "en face de l epicerie chez paul"),
    # Kreyòl: a landmark's name closed by its article or a saint's; a crossroads by its name
    ("kay la bo legliz sen jan an", "bo legliz sen jan an"),
    ("m rete kote mache tet bef la", "kote mache tet bef la"),
    ("m ap travay devan lekol sen franswa", "devan lekol sen franswa"),
    ("m rete kafou fey nan yon ti kay", "kafou fey"),
    # house numbers in words
    ("vivo en la casa numero doce del pasaje", "casa numero doce"),
    ("moro na rua 12 numero quarenta", "rua 12 numero quarenta"),
    ("j habite au 3e etage, maison numero douze", "maison numero douze"),
    ("my room is room twelve", "room twelve"),
    ("j habite dans la cite soleil, rue 4 maison 12", "cite soleil, rue 4 maison 12"),
])
def test_exact_locations_of_the_ninth_round(text, place):
    assert any(place in found for found in _rule_places(text)), _rule_places(text)


@pytest.mark.parametrize("text", [
    "entre la vida y la muerte, estoy entre la espada y la pared",  # idioms, not two streets
    "tengo entre 3 y 4 hijos",
    "trabajo entre 8 y 10 horas en la calle",
    "i live between jobs and school",
    "we are between houston and dallas",
    "mon numéro cinq un quatre, cinq cinq cinq",  # a phone spelled out, not a house number
    "mi numero es tres cinco cinco",
    "tô escondida no quarto dos fundos",
    "el cuarto dos veces",
    "la casa de dos pisos",
    "m rete kafou",  # the town Carrefour
    "m pa konn kote lekol la",
    "dormi en la calle 3 noches",
    "cerca de la iglesia me ayudaron",
])
def test_what_the_ninth_round_leaves_alone(text):
    assert _rule_places(text) == []
