"""The name tagger (issue #18, seventeenth round): a third model of the tagger's kind, used for NAME
only, with features for names (the word again in the message, the word across a conjunction or a
comma, a small number after it, a possessive, the label before a conjunction, the same word read as
a name before). Sentences written for these tests."""
from __future__ import annotations

import gzip
import json

import pytest

from bot.privacy import tagger
from bot.privacy.redaction import NAME_TAGGER, TAGGER, redact


# Loading and refusal: test_tagger_models.py (one table over the three models).


# Weights held once: the same scores as a plain reading of the file.
def test_shared_weights_score_as_the_file_says():
    with gzip.open(tagger.NAME_MODEL, "rt", encoding="utf-8") as f:
        raw = json.load(f)["weights"]
    for feat in list(raw)[::997]:
        assert NAME_TAGGER.weights[feat] == tuple((j, v) for j, v in raw[feat])
    feats = list(raw)[:500]
    plain = [0.0] * len(tagger.LABELS)
    for feat in feats:
        for j, v in raw[feat]:
            plain[j] += v
    assert NAME_TAGGER.scores(feats) == pytest.approx(plain)


def test_equal_weights_are_one_object():
    a = tagger._shared({"f=1": [[1, 0.5], [0, -0.5]]})
    b = tagger._shared({"f=2": [[1, 0.5], [0, -0.5]]})
    assert a["f=1"] is b["f=2"]


# What the name features read.
def _named(text: str) -> dict[str, list[str]]:
    from bot.privacy.rules import rule_spans

    message = tagger.read(text, rule_spans(text))
    return {t.word: feats for t, feats in zip(message.toks, tagger.name_static(message))}


@pytest.mark.parametrize(("text", "word", "present", "absent"), [
    ("trabajo con nelsy y Marleny en la bodega", "nelsy", ["cjw+=marleny"], ["cjw-="]),
    ("trabajo con nelsy y la Marleny en la bodega", "nelsy", ["cjw+=marleny"], []),  # an article between
    ("trabajo con Marleny y nelsy en la bodega", "nelsy", ["cjw-=marleny"], ["cjw+="]),
    ("Dorcas, Ivette et moi on dort dans le garage", "Ivette", ["cjw-=dorcas"], []),  # a comma between
    ("the boss and his wife keep our papers", "boss", ["cjw+=his"], []),  # read whatever it is; the weights judge
    ("tamires tem 15 anos e não estuda", "tamires", ["ag=2"], ["ag=1"]),
    ("she is 15 and works nights", "she", ["ag=2"], []),
    ("ella tiene 2000 pesos de deuda", "ella", [], ["ag="]),  # an amount is no age
    ("pregunta por yordi, Yordi sabe todo", "yordi", ["rp=C"], []),
    ("pregunta por yordi, Yordi sabe todo", "Yordi", ["rp=l"], []),
    ("me llamo Ana", "Ana", ["nb=0C"], []),
    ("Ana me dio este numero", "Ana", ["nb=1C"], []),
    ("se fue. Ana me dio este numero", "Ana", ["nb=1C"], []),  # after a full stop
    ("we left with dwayne's cousin", "dwayne's", ["ps"], []),
    ("mi tia dijo que la Kenia no paga", "Kenia", ["v-3", "w-3=dijo"], ["k-3"]),  # a saying verb three words back
    ("la patrona de la Kenia no paga", "Kenia", ["k-3", "w-3=patrona"], ["v-3"]),  # a role word three words back
    # version 2 (round 18): a clause's subject before its verb, a role word after it, the rules' reading of partners
    ("amparo no contesta desde ayer", "amparo", ["sv=1lg", "svw=1no"], []),
    ("se fue y fidelia tiene miedo", "fidelia", ["sv=1l", "svw=1tiene"], []),  # after a conjunction
    ("la jefa me dijo que no", "jefa", ["svw=0me"], ["sv=1"]),  # read whatever it is; the weights judge
    ("caridad, mi comadre, trabaja ahi", "caridad", ["k+2"], ["k+1"]),
    ("they took lovely and Precious Okafor", "lovely", ["cjr+=NAMEC"], []),
    ("se llama Yuleisi Ramírez y yuleisi no contesta", "yuleisi", ["rpr=NAME", "rprc=NAMEl0"], []),
    ("pregunta por socorro", "socorro", [], ["rpr=", "sv="]),
])
def test_name_static_features(text, word, present, absent):
    feats = _named(text)[word]
    for feat in present:
        assert any(f == feat or f.startswith(feat) for f in feats), (feat, feats)
    for feat in absent:
        assert not any(f == feat or f.startswith(feat) for f in feats), (feat, feats)


def test_name_history_reads_labels_given():
    state = tagger._NameState()
    for word, label in (("rosmery", "NAME"), ("y", "O"), ("la", "O")):
        state.add(word, label)
    prev1, sep, before, link, seen = state.history("chata", " ")
    assert (prev1, before, link, seen) == ("O", "NAME", "ca", "-")
    state.add("chata", "NAME")
    state.add("dijo", "O")
    assert state.history("rosmery", " ")[4] == "N"
    assert state.history("dijo", " ")[4] == "O"
    assert "nyl=NAME|ca" in tagger.name_history("O", " ", "NAME", "ca", "-")
    assert not any(f.startswith("nyl=") for f in tagger.name_history("O", " ", "", "", "-"))


def test_training_and_run_time_read_the_same_features():
    """The training script's features of a token (static plus name history) are those Tagger.tag sums."""
    text = "mi prima yeimy y la flaca trabajan con don eliecer, yeimy tiene 16"
    _, static = tagger.static_features(text, [], name_extras=True)
    message = tagger.read(text, [])
    named = tagger.name_static(message)
    for feats, extra, tok in zip(static, named, message.toks):
        assert feats[-1] == tagger.fold(tok.word) or feats[-1].startswith("<")
        assert feats[-len(extra) - 2:-2] == extra


# Names in lists, nicknames with their article, the same name again: gone; everyday talk: kept.
@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("quem manda é o magrão, o magrão fica com o dinheiro de todo mundo", ["magrão"], ["manda", "dinheiro"]),
    ("m ap travay ak ti fanfan ak rosemithe, rosemithe gen 14 an", ["fanfan", "rosemithe"], ["travay"]),
    ("mi cuñada nelsy y la flaca trabajan en la maquila, nelsy tiene 17 y no le pagan", ["nelsy"], ["maquila"]),
    ("trabajo com a rosilene e a kátia numa pousada, rosilene tem 16 anos", ["rosilene", "kátia"], ["pousada"]),
    ("on est trois, moi, Marlène et Sandrine, Sandrine a 15 ans et le patron garde nos passeports",
     ["Marlène", "Sandrine"], ["patron", "passeports"]),
    ("my cousin shanice and her friend keisha work at the nail salon, keisha is 16", ["shanice", "keisha"],
     ["cousin", "salon"]),
    ("Perle et Victoire sont deux soeurs de 15 ans qui travaillent chez une dame a Laval", ["Perle", "Victoire"],
     ["Laval", "soeurs"]),
    ("Honor and Blessing are 15 and 13, the man keeps them in the back room", ["Honor", "Blessing"], ["man"]),
    ("el señor que nos trajo es ulises, ulises tiene la camioneta roja", ["ulises"], ["camioneta"]),
    # round 18: everyday words, saints and towns as names, in lower case with no cue
    ("lima no vuelve a la casa desde ayer", ["lima"], ["casa", "vuelve"]),
    ("luz y paz se fueron con el patron", ["luz", "paz"], ["patron"]),
    ("victoria, mi sobrina, 14 años", ["victoria"], ["sobrina"]),
    ("amparo no contesta desde el martes, tiene 15 años", ["amparo"], ["martes", "contesta"]),
    ("pilar tiene 17 y la tienen en un bar", ["pilar"], ["bar"]),
    ("my sister hope has not called since sunday, she is 16", ["hope"], ["sister", "sunday"]),
])
def test_names_go(text, gone, kept):
    out = redact(text)
    for word in gone:
        assert word not in out, (word, out)
    for word in kept:
        assert word in out, (word, out)


@pytest.mark.parametrize("text", [
    "pedimos ayuda pero nadie nos escucha, estamos cansados",
    "hope you can help us, we are 5 and the youngest is 14",
    "la niña tiene 8 años y no va a la escuela",
    "gracias por responder, bendiciones",
    "a patroa e o marido dela não pagam desde março",
    "on est fatigués, merci pour votre aide",
    "mesi anpil pou èd la",
    "la paz sea contigo",  # round 18: the same words as no one's name
    "gracias por la luz que nos dan",
    "socorro, necesito ayuda",
])
def test_everyday_talk_stays(text):
    assert redact(text) == text


# A run's thresholds: its largest margin, the margin a word at an edge needs, everyday words in lower case.
def _run(thresholds: dict, words: list[str], labels: list[str], margins: list[float]) -> list[str]:
    model = tagger.Tagger({}, thresholds, {})
    text = " ".join(words)
    toks = tagger.tokens(text)
    read = [tagger._word(w, False) for w in words]
    return [text[s:e] for s, e, _ in model._spans(toks, labels, margins, [], read)]


@pytest.mark.parametrize(("thresholds", "words", "labels", "margins", "spans"), [
    ({"NAME": 24}, ["me", "llamo", "Ana", "de", "Honduras"], ["O", "O", "NAME", "NAME", "O"], [0, 0, 70, 0.4, 0],
     ["Ana de"]),  # without an edge threshold the run goes whole
    ({"NAME": 24, "NAME_EDGE": 1}, ["me", "llamo", "Ana", "de", "Honduras"], ["O", "O", "NAME", "NAME", "O"],
     [0, 0, 70, 0.4, 0], ["Ana"]),
    ({"NAME": 24, "NAME_EDGE": 1}, ["con", "Ana", "Luz", "Pérez"], ["O", "NAME", "NAME", "NAME"], [0, 60, 0.5, 30],
     ["Ana Luz Pérez"]),  # only the ends are trimmed
    ({"NAME": 24, "NAME_EDGE": 1}, ["con", "de", "x"], ["O", "NAME", "O"], [0, 0.5, 0], []),
    ({"NAME": 24, "NAME_WORD": 32}, ["my", "boss", "is", "nice"], ["O", "O", "O", "NAME"], [0, 0, 0, 28], []),
    ({"NAME": 24, "NAME_WORD": 32}, ["my", "boss", "is", "nice"], ["O", "O", "O", "NAME"], [0, 0, 0, 40], ["nice"]),
    ({"NAME": 24, "NAME_WORD": 32}, ["my", "boss", "is", "Nice"], ["O", "O", "O", "NAME"], [0, 0, 0, 28], ["Nice"]),
    ({"NAME": 24, "NAME_WORD": 32}, ["my", "boss", "is", "wendell"], ["O", "O", "O", "NAME"], [0, 0, 0, 28],
     ["wendell"]),  # no everyday word
    ({"NAME": 24}, ["my", "boss", "is", "nice"], ["O", "O", "O", "NAME"], [0, 0, 0, 28], ["nice"]),
])
def test_run_thresholds(thresholds, words, labels, margins, spans):
    assert _run(thresholds, words, labels, margins) == spans


def test_shipped_name_model_records_its_thresholds():
    t = NAME_TAGGER.thresholds
    assert t["NAME"] > TAGGER.thresholds["NAME"]  # a larger margin than the first model's names need
    assert t["NAME_WORD"] > t["NAME"] and 0 < t["NAME_EDGE"] < t["NAME"]
    assert NAME_TAGGER.meta["thresholds_fixed"] == {k: t[k] for k in ("NAME", "NAME_EDGE", "NAME_WORD")}
