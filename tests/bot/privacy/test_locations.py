"""locations.py alone (the rules' floor for places): lodgings by their name in every language."""
import pytest

from bot.privacy.locations import location_spans


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
