"""The trained model's NLU, loaded by Rasa itself (in .venv-rasa): the pipeline's own intent
classifier (nlu_components/tfidf_svm.py) comes back from the model file and answers with
probabilities FallbackClassifier can threshold; the CRF finds places and ages."""
from __future__ import annotations

import json
import os
import subprocess

import pytest

from bot.settings import REPO_ROOT
from bot.supervisor import MODEL, RASA_BIN

pytestmark = pytest.mark.integration

PARSE = """
import asyncio, json, sys
from rasa.core.agent import Agent
agent = Agent.load(sys.argv[1])
async def main():
    out = [await agent.parse_message(t) for t in json.loads(sys.stdin.read())]
    print("PARSED" + json.dumps(out))
asyncio.run(main())
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
GIBBERISH = "qwzx vbnm plkj"


@pytest.fixture(scope="module")
def parsed() -> dict[str, dict]:
    texts = [*CLEAR, GIBBERISH, "estoy en Tijuana", "tengo 15 años"]
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2"}
    proc = subprocess.run([str(RASA_BIN.parent / "python"), "-c", PARSE, str(MODEL)], cwd=REPO_ROOT,
                          env=env, input=json.dumps(texts), capture_output=True, text=True, timeout=600)
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("PARSED")), None)
    assert line, proc.stdout[-2000:] + proc.stderr[-3000:]
    return {r["text"]: r for r in json.loads(line.removeprefix("PARSED"))}


def test_clear_messages_get_their_intent_from_the_pipelines_own_classifier(parsed: dict[str, dict]) -> None:
    wrong = {t: parsed[t]["intent"]["name"] for t, intent in CLEAR.items() if parsed[t]["intent"]["name"] != intent}
    assert not wrong


def test_confidences_are_a_ranked_probability_distribution(parsed: dict[str, dict]) -> None:
    for text in CLEAR:
        ranking = [r["confidence"] for r in parsed[text]["intent_ranking"]]
        assert ranking == sorted(ranking, reverse=True)
        assert 0.0 <= ranking[-1] and sum(ranking) <= 1.0 + 1e-6
        assert parsed[text]["intent"]["confidence"] == pytest.approx(ranking[0])


def test_gibberish_falls_back_to_the_menu(parsed: dict[str, dict]) -> None:
    assert parsed[GIBBERISH]["intent"]["name"] == "nlu_fallback"


def test_places_and_ages_are_extracted(parsed: dict[str, dict]) -> None:
    place = [(e["entity"], e["value"]) for e in parsed["estoy en Tijuana"]["entities"]]
    age = [(e["entity"], e["value"]) for e in parsed["tengo 15 años"]["entities"]]
    assert ("location", "Tijuana") in place
    assert ("age", "15") in age
