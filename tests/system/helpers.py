from __future__ import annotations

import sqlite3
import uuid

import httpx

from bot.gateway.routers.simulator import conversation_key
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


def handoffs(stack, sender: str) -> list[tuple[int, str]]:  # noqa: ANN001
    """(id, risk level) of the handoffs this person's WhatsApp conversation opened."""
    key = conversation_key(stack.settings.secret_key, sender, "whatsapp")
    with sqlite3.connect(stack.settings.data_dir / "hotline.db") as conn:
        return list(conn.execute("SELECT id, risk_level FROM handoffs WHERE conversation_key = ?", (key,)))


def levels(stack, sender: str) -> list[str]:  # noqa: ANN001
    return [level for _, level in handoffs(stack, sender)]
