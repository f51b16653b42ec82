"""Client for Rasa's REST channel and HTTP API.

aiohttp, not httpx: on the one call every message makes, httpx's own overhead was about
1.7 ms of the gateway's 9 (py-spy, bench/latency.py), a fifth of what the gateway adds.
"""
from __future__ import annotations

import asyncio
from typing import Any, NamedTuple

import aiohttp

from bot.gateway.failures import Failure, FailureKind
from bot.rasa_auth import RasaAuth


class DialogueUnavailable(Exception):
    """Rasa (or the action server behind it) did not answer in time or failed."""

    def __init__(self, kind: FailureKind, status: int | None = None) -> None:
        self.failure = Failure(kind, status)
        super().__init__(self.failure.label)
        self.kind = kind


class Reading(NamedTuple):
    """The NLU's reading of a text: its intent (maybe nlu_fallback) and confidence, and every
    intent it ranked, best first."""
    intent: str
    confidence: float
    ranking: tuple[tuple[str, float], ...] = ()


class RasaClient:
    def __init__(self, base_url: str, token: str, timeout: float, concurrency: int = 8) -> None:
        self.base_url = base_url.rstrip("/")
        self.auth = RasaAuth(token)
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self._http: aiohttp.ClientSession | None = None
        # Backpressure: turns beyond this wait here, not inside Rasa, where every turn in
        # flight shares the CPU and a burst makes them all miss the timeout together (seen
        # in bench/load.py). The timeout counts from the slot; the wait for one is bounded
        # too, well inside the queue lease, so that no other worker takes the row meanwhile.
        self.slots = asyncio.Semaphore(concurrency)
        self.slot_wait = 3 * timeout

    @property
    def saturated(self) -> bool:
        """Every slot towards Rasa is taken: a new turn waits for one before Rasa even starts."""
        return self.slots.locked()

    @property
    def http(self) -> aiohttp.ClientSession:
        # Created on first use, inside the running loop, as aiohttp requires.
        if self._http is None or self._http.closed:
            self._http = aiohttp.ClientSession(self.base_url, timeout=self.timeout)
        return self._http

    async def send(self, sender: str, text: str, metadata: dict[str, Any]) -> list[dict[str, Any]]:
        try:
            await asyncio.wait_for(self.slots.acquire(), self.slot_wait)
        except asyncio.TimeoutError as exc:
            raise DialogueUnavailable(FailureKind.BUSY) from exc  # Rasa never saw it: safe to retry
        try:
            return await self._send(sender, text, metadata)
        finally:
            self.slots.release()

    async def _send(self, sender: str, text: str, metadata: dict[str, Any]) -> list[dict[str, Any]]:
        try:
            async with self.http.post("/webhooks/rest/webhook",
                                      json={"sender": sender, "message": text, "metadata": metadata}) as resp:
                if resp.status != 200:
                    raise DialogueUnavailable(FailureKind.HTTP_ERROR, resp.status)
                try:
                    replies = await resp.json(content_type=None)
                except ValueError as exc:
                    raise DialogueUnavailable(FailureKind.BAD_JSON) from exc
        except asyncio.TimeoutError as exc:  # before ClientError: ServerTimeoutError is both
            raise DialogueUnavailable(FailureKind.TIMEOUT) from exc
        except aiohttp.ClientError as exc:
            raise DialogueUnavailable(FailureKind.UNREACHABLE) from exc
        if not isinstance(replies, list):
            raise DialogueUnavailable(FailureKind.BAD_JSON)
        return replies

    async def tracker(self, sender: str) -> dict[str, Any]:
        """The conversation's tracker; raises when it cannot be read."""
        async with self.http.get(f"/conversations/{sender}/tracker", headers=self.auth.header()) as resp:
            resp.raise_for_status()
            body = await resp.json(content_type=None)
        return body if isinstance(body, dict) else {}

    async def append_events(self, sender: str, events: list[dict[str, Any]]) -> bool:
        """Adds events between turns (HTTP API); a failure only costs the next turn's accuracy."""
        try:
            async with self.http.post(f"/conversations/{sender}/tracker/events",
                                      headers=self.auth.header(), json=events) as resp:
                return resp.status == 200
        except (aiohttp.ClientError, asyncio.TimeoutError):
            return False

    async def parse(self, text: str) -> Reading | None:
        """The NLU's intent and confidence for a text, touching no conversation; None when Rasa
        cannot say (the caller then does without)."""
        try:
            async with self.http.post("/model/parse", headers=self.auth.header(), json={"text": text}) as resp:
                if resp.status != 200:
                    return None
                body = await resp.json(content_type=None)
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
            return None
        intent = body.get("intent") if isinstance(body, dict) else None
        if not isinstance(intent, dict) or not intent.get("name"):
            return None
        ranking = tuple((str(r["name"]), float(r.get("confidence") or 0.0)) for r in body.get("intent_ranking") or []
                        if isinstance(r, dict) and r.get("name"))
        top = (str(intent["name"]), float(intent.get("confidence") or 0.0))
        return Reading(*top, ranking or (top,))

    async def end_active_loop(self, sender: str) -> bool:
        return await self.append_events(sender, [{"event": "active_loop", "name": None},
                                                 {"event": "slot", "name": "requested_slot", "value": None}])

    async def model_loaded(self) -> tuple[bool, str]:
        try:
            async with self.http.get("/status", headers=self.auth.header(),
                                     timeout=aiohttp.ClientTimeout(total=2.0)) as resp:
                if resp.status != 200:
                    return False, f"http_{resp.status}"
                body = await resp.json(content_type=None)
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as exc:
            return False, type(exc).__name__
        return bool(isinstance(body, dict) and (body.get("model_file") or body.get("fingerprint"))), "ok"

    async def aclose(self) -> None:
        if self._http is not None:
            await self._http.close()
