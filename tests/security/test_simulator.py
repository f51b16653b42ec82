"""Attacker's checklist: the web phone simulator is no way into a real person's conversation.

The simulator used to key its conversations exactly as Twilio does ("whatsapp:" + number), so
anyone who knew a person's number could read the operator's pending messages to them, write into
their case, erase it with the safety word, or learn that a case was open. It also answered
everyone, in every deployment.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bot.gateway.app import create_app
from bot.gateway.routers.simulator import conversation_key
from bot.privacy.pseudonym import pseudonym
from bot.settings import Settings

NUMBER = "+15550104477"


def _settings(tmp_path: Path, **overrides: object) -> Settings:
    return Settings(data_dir=tmp_path / "data", rasa_url="http://127.0.0.1:9", actions_url="http://127.0.0.1:9",
                    **overrides).resolved()


@pytest.mark.parametrize(("sender", "channel"), [
    (NUMBER, "sms"), (NUMBER, "whatsapp"), (f"whatsapp:{NUMBER}", "whatsapp"), (f"whatsapp:{NUMBER}", "sms"),
    (" +1 555 010 4477", "sms"), ("0015550104477", "sms"), (f"WhatsApp: {NUMBER}", "whatsapp"),
])
def test_a_simulator_sender_never_gets_a_real_channels_key(sender: str, channel: str) -> None:
    secret = "k" * 32
    real = {pseudonym(secret, NUMBER), pseudonym(secret, f"whatsapp:{NUMBER}")}
    assert conversation_key(secret, sender, channel) not in real


def test_the_simulator_is_absent_unless_enabled(tmp_path: Path) -> None:
    with TestClient(create_app(_settings(tmp_path)), client=("127.0.0.1", 40000)) as client:
        assert client.get("/simulator").status_code == 404
        for path in ("/channels/simulator", "/channels/simulator/poll"):
            resp = client.post(path, json={"from": NUMBER, "text": "hola", "channel": "sms"})
            assert resp.status_code == 404, path


def test_off_loopback_or_through_a_proxy_the_simulator_needs_its_token(tmp_path: Path) -> None:
    settings = _settings(tmp_path, simulator=True)
    body = {"from": "sim-a", "text": "hola", "channel": "sms"}
    good = {"Authorization": f"Bearer {settings.simulator_token}"}
    with TestClient(create_app(settings), client=("203.0.113.7", 40000)) as remote:
        for headers in ({}, {"Authorization": "Bearer wrong"},
                        {"Authorization": f"Bearer {settings.operator_token}"}):
            assert remote.post("/channels/simulator", json=body, headers=headers).status_code == 401
            assert remote.post("/channels/simulator/poll", json=body, headers=headers).status_code == 401
        resp = remote.post("/channels/simulator", json=body, headers=good)
        assert resp.status_code == 200 and resp.json()["replies"]  # Rasa is down here: the fallback
        assert remote.get("/simulator").status_code == 200  # the page holds no data
    with TestClient(create_app(settings), client=("127.0.0.1", 40000)) as local:
        assert local.post("/channels/simulator/poll", json=body).status_code == 200
        # Loopback behind a reverse proxy is still someone else's request.
        for header in ("X-Forwarded-For", "X-Real-IP", "Forwarded"):
            resp = local.post("/channels/simulator/poll", json=body, headers={header: "203.0.113.7"})
            assert resp.status_code == 401, header
