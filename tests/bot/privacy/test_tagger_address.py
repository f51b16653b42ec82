"""The address tagger (issue #18, sixteenth round): a second model of the tagger's kind, used for
ADDRESS only, with features for the extent of an address. Sentences written for these tests."""
from __future__ import annotations


import pytest

from bot.privacy import tagger
from bot.privacy.redaction import redact


# Loading and refusal: test_tagger_models.py (one table over the three models).


# What kind of place word a word is (features of the address model).
@pytest.mark.parametrize(("word", "kind"), [
    ("calle", "S"), ("rua", "S"), ("street", "S"), ("ri", "S"),
    ("colonia", "A"), ("bairro", "A"), ("katye", "A"),
    ("cuarto", "R"), ("apt", "R"),
    ("casa", "H"), ("portao", "H"), ("kay", "H"),
    ("iglesia", "L"), ("laundromat", "L"), ("legliz", "L"),
    ("frente", "P"), ("behind", "P"), ("toupre", "P"), ("entre", "P"),
    ("norte", "D"), ("oeste", "D"),
    ("cuadras", "M"), ("miles", "M"),
    ("45", "N"), ("12-b", "N"), ("tres", "N"), ("deux", "N"),
    ("azul", "J"), ("verde", "J"),
    ("de", "K"), ("the", "K"), ("en", "K"), ("chez", "K"),
    ("cansada", ""), ("", ""),
])
def test_place_kind(word, kind):
    assert tagger.place_kind(word) == kind


def test_static_features_end_with_kind_and_separator_for_training():
    toks, feats = tagger.static_features("vivo en la calle 8, casa azul", [], extras=True)
    assert [f[-2] for f in feats] == ["", "K", "K", "S", "N", "H", "J"]  # 'vivo' is no place word
    assert [f[-1] for f in feats][4:] == [" ", ",", " "]
    _, plain = tagger.static_features("vivo en la calle 8, casa azul", [])
    assert all(len(a) > len(b) for a, b in zip(feats, plain))


# Long locating descriptions go whole; names and ordinary words are read as before.
@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("nos tienen en la calle los pinos 42, la casa de dos pisos con porton cafe, frente a la cancha, en esteli",
     ["pinos", "42", "porton", "cancha"], ["esteli", "tienen"]),
    ("estamos en el rancho las palomas, pasando el puente de fierro como 3 km, el que tiene la antena",
     ["palomas", "puente", "fierro"], ["estamos"]),
    ("minha irmã tá presa num sobrado verde na rua dos ipês 310, perto da borracharia do tião",
     ["ipês", "310", "borracharia"], ["irmã", "presa"]),
    ("they keep us in the garage behind 2210 walnut st, the one with the white van outside",
     ["2210", "walnut"], ["keep"]),
    ("je travaille dans un dépanneur au 1450 rue fleury est, à côté de la caisse populaire, à montréal",
     ["1450", "fleury"], ["montréal", "travaille"]),
    ("m ap travay lakay yon madanm nan ri pave #8, bò kote ponp gaz la",
     ["pave", "#8"], ["travay"]),
])
def test_long_descriptions_go_whole(text, gone, kept):
    out = redact(text)
    for word in gone:
        assert word not in out, (word, out)
    for word in kept:
        assert word in out, (word, out)


@pytest.mark.parametrize("text", [
    "the shelter is near the bus station, they said to come tomorrow",
    "trabajo en el campo desde las 5 de la mañana hasta la noche",
    "on dort dans la même chambre, on est fatigués",
    "a gente mora longe da cidade e não tem ônibus",
    "m ap viv lakay matant mwen depi 2 an",
])
def test_ordinary_words_about_places_stay(text):
    assert redact(text) == text


# Round 18: a description of where someone is becomes an address only when it names the place
# (redaction._names_place); otherwise the taggers' reading of it is dropped, unless the message
# names a place elsewhere.
@pytest.mark.parametrize(("chunk", "named"), [
    ("the shed behind the warehouse", False),
    ("el cuarto de atrás de la cocina", False),
    ("la cabane au fond du jardin", False),
    ("o quartinho do lado da lavanderia", False),
    ("anba tonèl la", False),
    ("down the old road", False),
    ("the shed behind 3310 birch ave", True),  # a number
    ("the shed behind the Kwik Mart", True),  # a capital inside the sentence
    ("the shed on sycamore lane", True),  # a street word with its own word
    ("rua das acácias", True),
    ("calle hidalgo", True),
    ("el rancho las tórtolas", True),  # a place word, an article and its name
    ("la finca santa ana", True),  # a saint's name
    ("la bodega de don leoncio", True),  # a given name that is no everyday word
])
def test_names_place(chunk, named):
    from bot.privacy.redaction import _names_place

    text = f"they keep her in {chunk}, please help"
    start = text.index(chunk)
    assert _names_place(text, start, start + len(chunk)) is named


@pytest.mark.parametrize("text", [
    "im hiding in the shed behind the warehouse, they are looking for me",
    "estoy escondida en el cuarto de atrás de la cocina, no hagan ruido",
    "je suis cachée dans la cabane au fond du jardin, ils fouillent partout",
    "to escondida no quartinho do lado da lavanderia, eles tão procurando",
])
def test_hiding_places_stay(text):
    assert redact(text) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("they keep us in the shed behind 3310 birch ave, the one with the blue tarp", ["3310", "birch"]),
    ("nos tienen en el rancho las tórtolas, en el cuarto de atrás", ["tórtolas"]),
])
def test_named_places_still_go(text, gone):
    out = redact(text)
    for word in gone:
        assert word not in out, (word, out)
