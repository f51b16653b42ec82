from __future__ import annotations

import asyncio

import httpx
from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from bot.gateway.deps import State
from bot.gateway.notifier import redis_health
from bot.settings import get_twilio_settings

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz(state: State) -> JSONResponse:
    """200 only when the gateway, Rasa (with a model) and the action server all answer."""

    async def actions() -> tuple[bool, str]:
        try:
            resp = await state.http.get(f"{state.settings.actions_url}/health")
            return resp.status_code == 200, f"http_{resp.status_code}" if resp.status_code != 200 else "ok"
        except httpx.HTTPError as exc:
            return False, type(exc).__name__

    def database() -> tuple[bool, str]:
        try:
            with state.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True, "ok"
        except Exception as exc:  # noqa: BLE001  (health reports any failure)
            return False, type(exc).__name__

    (rasa_ok, rasa_detail), (act_ok, act_detail) = await asyncio.gather(state.rasa.model_loaded(), actions())
    db_ok, db_detail = database()
    components = {
        "gateway": {"ok": True},
        "database": {"ok": db_ok, "detail": db_detail},
        "rasa": {"ok": rasa_ok, "detail": rasa_detail if rasa_ok or rasa_detail != "ok" else "no model loaded"},
        "actions": {"ok": act_ok, "detail": act_detail},
    }
    for channel in state.channels.values():  # Twilio: its durable queues (inbound_queue)
        components.update(channel.health())
    if (redis := await redis_health(state.settings.redis_url or "")) is not None:  # multi-instance only
        components["redis"] = {"ok": redis[0], "detail": redis[1]}
    healthy = all(c["ok"] for c in components.values())
    return JSONResponse({"status": "ok" if healthy else "degraded", "components": components},
                        status_code=200 if healthy else 503)
