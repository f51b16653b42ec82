"""The Twilio channel (SMS and WhatsApp) for one gateway: its outbound sender and inbound
queue worker, declared here, attached to the GatewayState (bot/gateway/core.py's Channel)."""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, cast

from bot.channels import outbound as outbound_mod
from bot.channels.inbound.store import stats
from bot.channels.inbound.worker import InboundWorker
from bot.settings import get_twilio_settings
from bot.gateway.state import GatewayState

NAME = "twilio"


class TwilioChannel:
    name = NAME

    def __init__(self, state: GatewayState) -> None:
        self.state = state
        self.outbound: outbound_mod.Outbound = outbound_mod.build(state)
        self.inbound: InboundWorker = InboundWorker(state, self.outbound)

    def deliver_operator_message(self, key: str, message_id: int, text: str) -> bool:
        return self.outbound.deliver_operator_message(key, message_id, text)

    def health(self) -> dict[str, dict[str, Any]]:
        """Depth, oldest age and dead letters of the durable queues; stalled = degraded."""
        try:
            with self.state.sessions() as db:
                detail = stats(db)
        except Exception as exc:  # noqa: BLE001
            return {"inbound_queue": {"ok": False, "detail": type(exc).__name__}}
        stall = get_twilio_settings().queue_stall
        ok = detail["oldest_age_s"] < stall and detail["outbound_oldest_age_s"] < stall
        return {"inbound_queue": {"ok": ok, "detail": "ok" if ok else "stalled", **detail}}

    def start(self) -> Callable[[], Awaitable[None]]:
        """Starts this process's sweeper (app lifespan); returns what stops it."""
        task = asyncio.get_running_loop().create_task(self.inbound.loop())

        async def stop() -> None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            await self.inbound.aclose()

        return stop


def of(state: GatewayState) -> TwilioChannel:
    """The state's Twilio channel (attached on first use)."""
    return cast(TwilioChannel, state.attach(NAME, TwilioChannel))
