from __future__ import annotations

import uuid

import httpx

from bot.i18n import Catalogs

CATALOGS = Catalogs()


def new_sender() -> str:
    return f"+1555{uuid.uuid4().int % 10**7:07d}"


def say(gateway: httpx.Client, sender: str, text: str, channel: str = "whatsapp") -> dict:
    resp = gateway.post("/channels/simulator", json={"from": sender, "text": text, "channel": channel})
    assert resp.status_code == 200, resp.text
    return resp.json()


def texts(body: dict) -> list[str]:
    return [r["text"] for r in body["replies"]]


def rendered(name: str, lang: str, **args: object) -> str:
    out = CATALOGS.render(name, lang, args)
    assert out.language == lang, f"{name} has no {lang} translation"
    return out.text
