"""The contract between the gateway and the channels that reach people directly (Twilio).

A channel package depends on the gateway's core (this module, the Dialogue, the store, the
state); the gateway's core never imports a channel. `bot/gateway/app.py` is the one place that
wires them: it includes each plugin's routers and, at start-up, attaches the plugin's channel to
the GatewayState and starts its background work.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from fastapi import APIRouter

    from bot.gateway.state import GatewayState


class Channel(Protocol):
    """One channel's running parts for one GatewayState."""

    name: str

    def deliver_operator_message(self, key: str, message_id: int, text: str) -> bool:
        """Sends an operator's message now if the conversation is this channel's and can be
        reached; False leaves it in the outbox for the person's next message."""

    def health(self) -> dict[str, dict[str, Any]]:
        """Components for /healthz ({name: {"ok": bool, ...}}); nothing identifying."""

    def start(self) -> Callable[[], Awaitable[None]]:
        """Starts background work inside the running event loop; returns what stops it."""


class ChannelPlugin(Protocol):
    """What a channel package gives the app: its HTTP routes, and its channel for a state."""

    name: str
    routers: Sequence[APIRouter]

    def attach(self, state: GatewayState) -> Channel:
        """Builds the channel for `state`; called through `state.attach`, which keeps it (once)."""


class Limiter(Protocol):
    def allow(self, key: str) -> bool: ...
