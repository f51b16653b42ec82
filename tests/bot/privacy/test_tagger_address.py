"""The address tagger (issue #18, sixteenth round): a second model of the tagger's kind, used for
ADDRESS only, with features for the extent of an address. Sentences written for these tests."""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import subprocess
import sys

import pytest

from bot.privacy import tagger
from bot.privacy.redaction import ADDRESS_TAGGER, TAGGER, redact
from bot.settings import REPO_ROOT as ROOT


# The model: loaded once, refused when unusable, fresh with its training files.
def _import_redaction(address_model) -> subprocess.CompletedProcess:
    env = {**os.environ, "HOTLINE_REDACTION_ADDRESS_MODEL": str(address_model)}
    return subprocess.run([sys.executable, "-c", "import bot.privacy.redaction"], env=env, capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_missing_address_model_stops_start_up(tmp_path):
    proc = _import_redaction(tmp_path / "absent.json.gz")
    assert proc.returncode != 0
    assert "ModelError" in proc.stderr and "not found" in proc.stderr


def test_corrupt_address_model_stops_start_up(tmp_path):
    path = tmp_path / "tagger_address.json.gz"
    path.write_bytes(tagger.ADDRESS_MODEL.read_bytes()[:5000])
    proc = _import_redaction(path)
    assert proc.returncode != 0
    assert "ModelError" in proc.stderr and "unreadable" in proc.stderr


def _model(**fields) -> bytes:
    data = {"format": tagger.FORMAT, "features": tagger.FEATURES_VERSION, "labels": list(tagger.LABELS),
            "weights": {f"w=word{i}": [[2, 1.0]] for i in range(2000)}, "used_for": ["ADDRESS"],
            "extras": tagger.EXTRAS_VERSION, **fields}
    return gzip.compress(json.dumps(data).encode())


@pytest.mark.parametrize(("content", "message"), [
    (b"", "unreadable"),
    (gzip.compress(b"{not json"), "unreadable"),
    (_model(format="something-else"), "not a redaction tagger model"),
    (_model(features=tagger.FEATURES_VERSION + 1), "retrain"),
    (_model(extras=tagger.EXTRAS_VERSION + 1), "retrain"),
    (_model(weights={}), "no usable weights"),
    (_model(used_for=["NAME"]), "not an address tagger"),
    (_model(used_for=None), "not an address tagger"),
], ids=["empty", "not-json", "other-format", "other-features", "other-extras", "no-weights", "names-only",
        "no-use-recorded"])
def test_unusable_address_model_is_refused(tmp_path, content, message):
    path = tmp_path / "tagger_address.json.gz"
    path.write_bytes(content)
    with pytest.raises(tagger.ModelError, match=message):
        tagger.load_address(path)


def test_the_first_model_is_no_address_model():
    with pytest.raises(tagger.ModelError, match="not an address tagger"):
        tagger.load_address(tagger.DEFAULT_MODEL)


def test_a_usable_address_model_loads(tmp_path):
    path = tmp_path / "tagger_address.json.gz"
    path.write_bytes(_model())
    model = tagger.load_address(path)
    assert model.extras == tagger.EXTRAS_VERSION and model.meta["used_for"] == ["ADDRESS"]


def test_shipped_address_model_is_the_address_model():
    assert ADDRESS_TAGGER.meta["used_for"] == ["ADDRESS"]
    assert ADDRESS_TAGGER.extras == tagger.EXTRAS_VERSION
    assert not TAGGER.extras  # the first model reads no extras: its names are as they were measured


def test_shipped_address_model_was_trained_on_the_shipped_files():
    """Changing the corpus or a hand-written file it was trained on without retraining is caught here."""
    files = ADDRESS_TAGGER.meta["train_files"]
    assert files[0]["path"] == "bench/data/redaction_train.jsonl"
    assert any(f["path"].endswith("writer_ya.jsonl") for f in files)
    assert any(f["path"].endswith("writer_yb.jsonl") for f in files)
    for f in files:
        assert f["sha256"] == hashlib.sha256((ROOT / f["path"]).read_bytes()).hexdigest(), f["path"]


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
