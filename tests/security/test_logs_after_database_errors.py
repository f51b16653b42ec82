"""Attacker's checklist: a statement that fails leaves none of its values in the logs.

SQLAlchemy puts a failed statement's bound parameters into the exception text
("[parameters: ('<message text>', …)]"); the log filter redacts phone numbers and names it
recognises, not the person's words in general. Engines are made with hide_parameters=True.
"""
from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import text

from bot.gateway.app import create_app
from bot.settings import Settings

# Words no redactor would remove: only hiding the parameters keeps them out of the log.
WORDS = "la clave del portón es zanahoria morada con lunares"


def test_a_failed_insert_of_the_persons_words_logs_none_of_them(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", rasa_url="http://127.0.0.1:9", actions_url="http://127.0.0.1:9",
                        simulator=True).resolved()
    app = create_app(settings)
    with TestClient(app, client=("127.0.0.1", 40000)) as client:
        with app.state.hotline.engine.begin() as conn:
            conn.execute(text("CREATE TRIGGER forced_failure BEFORE INSERT ON messages "
                              "BEGIN SELECT RAISE(ABORT, 'forced failure'); END"))
        resp = client.post("/channels/simulator", json={"from": "sim-logs", "text": WORDS, "channel": "sms"})
        assert resp.status_code == 200 and resp.json()["replies"]  # the person still gets an answer
    logs = list((settings.data_dir / "logs").glob("*"))
    written = "\n".join(p.read_text(errors="replace") for p in logs)
    assert "forced failure" in written, "the failure was not logged: the test proves nothing"
    assert "zanahoria" not in written and "lunares" not in written
