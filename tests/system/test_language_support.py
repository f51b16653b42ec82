"""Languages the bot cannot fully serve: said honestly, with an interpreter one reply away."""
from __future__ import annotations

import httpx

from tests.system.helpers import CATALOGS, new_sender, say, texts


def test_quechua_speaker_is_told_and_reaches_an_interpreter(gateway: httpx.Client, operator: httpx.Client) -> None:
    sender = new_sender()
    before = {h["id"] for h in operator.get("/api/handoffs").json()}
    first = say(gateway, sender, "Allillanchu, yanapayta munani, mana qullqiyuq kani")
    assert first["language"] == "qu"
    assert CATALOGS.render("utter_language_limited", "qu").text in texts(first)
    say(gateway, sender, "1")
    [handoff] = [h for h in operator.get("/api/handoffs").json() if h["id"] not in before]
    assert handoff["language"] == "qu"
    summary = operator.get(f"/api/handoffs/{handoff['id']}").json()["summary"]
    assert summary["interpreter_needed"] is True
    operator.post(f"/api/handoffs/{handoff['id']}/close", json={})


def test_switching_language_mid_conversation(gateway: httpx.Client) -> None:
    sender = new_sender()
    assert say(gateway, sender, "hola, buenas tardes")["language"] == "es"
    assert say(gateway, sender, "sorry, can we speak in English please")["language"] == "en"
    assert say(gateway, sender, "oui")["language"] == "en"  # an explicit choice sticks
    assert say(gateway, sender, "kreyòl")["language"] == "ht"
