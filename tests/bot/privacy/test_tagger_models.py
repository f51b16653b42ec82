"""The three tagger models (issue #18): the first (every label), the address model (ADDRESS only, with
the address-extent features) and the name model (NAME only, with the name features). One table of
what tells them apart; each is loaded once, refused when unusable (a gateway never runs with less
redaction than it was measured with) and fresh with its training files. The loading and refusal tests
were written three times (test_redaction.py, test_tagger_address.py, test_tagger_name.py); these are
those tests, with the same assertions, over the table."""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

from bot.privacy import tagger
from bot.privacy.redaction import ADDRESS_TAGGER, NAME_TAGGER, TAGGER
from bot.settings import REPO_ROOT as ROOT


@dataclass(frozen=True)
class Model:
    id: str
    env: str  # the setting that points at another model file
    shipped: Path
    load: Callable[[Path], tagger.Tagger]
    loaded: tagger.Tagger  # the one redaction.py loaded
    fields: dict  # what a minimal usable model of this kind records besides the common fields
    label: int  # the label index its test weights give
    writers: tuple[str, ...] = ()  # hand-written files it must have been trained on
    refusals: list = field(default_factory=list)  # (id, fields, message) only this kind is refused for


MODELS = [
    Model("first", "HOTLINE_REDACTION_MODEL", tagger.DEFAULT_MODEL, tagger.load, TAGGER, {}, 1,
          refusals=[("other-labels", {"labels": ["O", "NAME"]}, "retrain")]),
    Model("address", "HOTLINE_REDACTION_ADDRESS_MODEL", tagger.ADDRESS_MODEL, tagger.load_address, ADDRESS_TAGGER,
          {"used_for": ["ADDRESS"], "extras": tagger.EXTRAS_VERSION}, 2, ("ya", "yb"),
          [("other-extras", {"extras": tagger.EXTRAS_VERSION + 1}, "retrain"),
           ("names-only", {"used_for": ["NAME"]}, "not an address tagger"),
           ("no-use-recorded", {"used_for": None}, "not an address tagger")]),
    Model("name", "HOTLINE_REDACTION_NAME_MODEL", tagger.NAME_MODEL, tagger.load_name, NAME_TAGGER,
          {"used_for": ["NAME"], "name_extras": tagger.NAME_EXTRAS_VERSION}, 1, ("za", "zb", "zc", "zd"),
          [("other-name-extras", {"name_extras": tagger.NAME_EXTRAS_VERSION + 1}, "retrain"),
           ("address-only", {"used_for": ["ADDRESS"]}, "not a name tagger"),
           ("names-and-addresses", {"used_for": ["NAME", "ADDRESS"]}, "not a name tagger"),
           ("no-use-recorded", {"used_for": None}, "not a name tagger")]),
]
BY_ID = {model.id: model for model in MODELS}


def _file(model: Model, **fields) -> bytes:
    data = {"format": tagger.FORMAT, "features": tagger.FEATURES_VERSION, "labels": list(tagger.LABELS),
            "weights": {f"w=word{i}": [[model.label, 1.0]] for i in range(2000)}, **model.fields, **fields}
    return gzip.compress(json.dumps(data).encode())


def _import_redaction(model: Model, path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, model.env: str(path)}
    return subprocess.run([sys.executable, "-c", "import bot.privacy.redaction"], env=env, capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


# A gateway without a usable model does not start.
@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.id)
def test_missing_model_stops_start_up(tmp_path, model):
    proc = _import_redaction(model, tmp_path / "absent.json.gz")
    assert proc.returncode != 0
    assert "ModelError" in proc.stderr and "not found" in proc.stderr


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.id)
def test_corrupt_model_stops_start_up(tmp_path, model):
    path = tmp_path / model.shipped.name
    path.write_bytes(model.shipped.read_bytes()[:5000])  # a truncated download or copy
    proc = _import_redaction(model, path)
    assert proc.returncode != 0
    assert "ModelError" in proc.stderr and "unreadable" in proc.stderr


# What every kind is refused for, then what only one kind is.
COMMON_REFUSALS = [
    ("empty", lambda m: b"", "unreadable"),
    ("not-gzip", lambda m: b"not a gzip file", "unreadable"),
    ("not-json", lambda m: gzip.compress(b"{not json"), "unreadable"),
    ("not-a-dict", lambda m: gzip.compress(b"[1, 2, 3]"), "not a redaction tagger model"),
    ("other-format", lambda m: _file(m, format="something-else"), "not a redaction tagger model"),
    ("other-features", lambda m: _file(m, features=tagger.FEATURES_VERSION + 1), "retrain"),
    ("no-weights", lambda m: _file(m, weights={}), "no usable weights"),
    ("malformed-weights", lambda m: _file(m, weights={f"w{i}": "x" for i in range(2000)}), "malformed"),
    ("bad-label", lambda m: _file(m, weights={f"w=word{i}": [["x", 1.0]] for i in range(2000)}),
     "malformed weights"),
]
REFUSALS = [pytest.param(model, content(model), message, id=f"{model.id}-{name}")
            for model in MODELS for name, content, message in COMMON_REFUSALS] \
    + [pytest.param(model, _file(model, **fields), message, id=f"{model.id}-{name}")
       for model in MODELS for name, fields, message in model.refusals]


@pytest.mark.parametrize(("model", "content", "message"), REFUSALS)
def test_unusable_model_is_refused(tmp_path, model, content, message):
    path = tmp_path / model.shipped.name
    path.write_bytes(content)
    with pytest.raises(tagger.ModelError, match=message):
        model.load(path)


# A model of one kind is no model of another: (what is loaded, as what, the message).
@pytest.mark.parametrize(("shipped", "loader", "message"), [
    ("first", "address", "not an address tagger"),
    ("first", "name", "not a name tagger"),
    ("address", "name", "not a name tagger"),
])
def test_a_model_of_one_kind_is_refused_as_another(shipped, loader, message):
    with pytest.raises(tagger.ModelError, match=message):
        BY_ID[loader].load(BY_ID[shipped].shipped)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.id)
def test_a_usable_model_loads(tmp_path, model):
    path = tmp_path / model.shipped.name
    path.write_bytes(_file(model))
    loaded = model.load(path)
    assert loaded.extras == model.fields.get("extras", 0)
    assert loaded.name_extras == model.fields.get("name_extras", 0)
    assert loaded.meta.get("used_for") == model.fields.get("used_for")


# The shipped models: each reads only its own extras, and was trained on the files shipped with it.
@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.id)
def test_shipped_model_is_of_its_kind(model):
    assert model.loaded.meta.get("used_for") == model.fields.get("used_for")  # the first: every label
    assert model.loaded.extras == model.fields.get("extras", 0)  # the others read no address extras
    assert model.loaded.name_extras == model.fields.get("name_extras", 0)  # ... nor name extras


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.id)
def test_shipped_model_was_trained_on_the_shipped_files(model):
    """Changing the corpus or a hand-written file a model was trained on without retraining is caught here."""
    meta = model.loaded.meta
    corpus = ROOT / meta["train_file"]
    assert meta["train_file"] == "bench/data/redaction_train.jsonl"
    assert meta["train_sha256"] == hashlib.sha256(corpus.read_bytes()).hexdigest()
    files = meta.get("train_files", [{"path": meta["train_file"], "sha256": meta["train_sha256"]}])
    assert files[0]["path"] == "bench/data/redaction_train.jsonl"
    for writer in model.writers:
        assert any(f["path"].endswith(f"writer_{writer}.jsonl") for f in files), writer
    for f in files:
        assert f["sha256"] == hashlib.sha256((ROOT / f["path"]).read_bytes()).hexdigest(), f["path"]
