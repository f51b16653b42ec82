"""Client for Rasa's REST channel and HTTP API."""
from __future__ import annotations

from typing import Any

import httpx


class DialogueUnavailable(Exception):
    """Rasa (or the action server behind it) did not answer in time or failed."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class RasaClient:
    def __init__(self, base_url: str, token: str, timeout: float) -> None:
        self.token = token
        self.http = httpx.AsyncClient(base_url=base_url, timeout=timeout)

    async def send(self, sender: str, text: str, metadata: dict[str, Any]) -> list[dict[str, Any]]:
        try:
            resp = await self.http.post(
                "/webhooks/rest/webhook",
                json={"sender": sender, "message": text, "metadata": metadata},
            )
        except httpx.TimeoutException as exc:
            raise DialogueUnavailable("timeout") from exc
        except httpx.HTTPError as exc:
            raise DialogueUnavailable("unreachable") from exc
        if resp.status_code != 200:
            raise DialogueUnavailable(f"http_{resp.status_code}")
        try:
            replies = resp.json()
        except ValueError as exc:
            raise DialogueUnavailable("bad_json") from exc
        if not isinstance(replies, list):
            raise DialogueUnavailable("bad_json")
        return replies

    async def append_events(self, sender: str, events: list[dict[str, Any]]) -> bool:
        """Adds events between turns (HTTP API); a failure only costs the next turn's accuracy."""
        try:
            resp = await self.http.post(f"/conversations/{sender}/tracker/events",
                                        params={"token": self.token}, json=events)
        except httpx.HTTPError:
            return False
        return resp.status_code == 200

    async def end_active_loop(self, sender: str) -> bool:
        return await self.append_events(sender, [{"event": "active_loop", "name": None},
                                                 {"event": "slot", "name": "requested_slot", "value": None}])

    async def model_loaded(self) -> tuple[bool, str]:
        try:
            resp = await self.http.get("/status", params={"token": self.token}, timeout=2.0)
        except httpx.HTTPError as exc:
            return False, type(exc).__name__
        if resp.status_code != 200:
            return False, f"http_{resp.status_code}"
        body = resp.json()
        return bool(body.get("model_file") or body.get("fingerprint")), "ok"

    async def aclose(self) -> None:
        await self.http.aclose()
