"""extent.py through the rules (rules.rule_spans, no tagger): how far an address reaches after
its street: numbered districts, a district after the number, the tail of rural directions."""
import pytest

from bot.privacy.rules import rule_spans


def _addresses(text: str) -> list[str]:
    return [text[s:e] for s, e, label in rule_spans(text) if label == "ADDRESS"]


@pytest.mark.parametrize("text, address", [
    # a numbered district that bears a town's name, a district after the number, a section
    ("estoy en ri Kapwa #12, Delmas 33", "ri Kapwa #12, Delmas 33"),
    ("vivo en calle Hidalgo 45, Tapachula 2", "calle Hidalgo 45, Tapachula 2"),
    ("vivo en Jr. Huallaga 512, cercado", "Jr. Huallaga 512, cercado"),
    ("Calle 8 #45, Col. Guerrero 2a sección", "Calle 8 #45, Col. Guerrero 2a sección"),
    # the tail of rural directions
    ("vivo en la calle Hidalgo 45, entrando por la gasolinera", "la calle Hidalgo 45, entrando por la gasolinera"),
    ("vivo en la aldea El Naranjo, por el camino a Tuxtla, entrando por la gasolinera",
     "la aldea El Naranjo, por el camino a Tuxtla, entrando por la gasolinera"),
    ("we live at 1204 Oak St, passing the bridge on the left", "1204 Oak St, passing the bridge on the left"),
    ("rua das Flores 45, passando a ponte à direita", "rua das Flores 45, passando a ponte à direita"),
    ("calle Hidalgo 45, a mano izquierda", "calle Hidalgo 45, a mano izquierda"),
    ("we live at Bellaire and Fondren, by the taqueria", "Bellaire and Fondren, by the taqueria"),
])
def test_address_reaches_its_district_and_directions(text, address):
    assert _addresses(text) == [address]


@pytest.mark.parametrize("text, address", [
    ("rue Capois 12, Delmas", "rue Capois 12"),
    ("calle Hidalgo 45, Tapachula", "calle Hidalgo 45"),
    ("calle Hidalgo 45, Tapachula, a las 3", "calle Hidalgo 45"),
    ("vivo en Jr. Huallaga 512, Cercado de Lima", "Jr. Huallaga 512"),  # two towns: Cercado, Lima
])
def test_a_town_without_a_number_stays_out(text, address):
    assert _addresses(text) == [address]


@pytest.mark.parametrize("text", ["estoy en Delmas", "go down the dirt road, passing the bridge on the left",
                                  "gira a la derecha en la esquina", "la casa está a mano izquierda"])
def test_directions_alone_stay(text):
    assert _addresses(text) == []
