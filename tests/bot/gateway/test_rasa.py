"""RasaClient backpressure against a real loopback HTTP server standing in for Rasa's REST
channel: turns beyond the limit wait in the gateway, and a turn that cannot get a slot in time
fails as "busy" without reaching Rasa."""
from __future__ import annotations

import asyncio

import pytest
from aiohttp import web

from bot.gateway.rasa import DialogueUnavailable, RasaClient


class HeldRasa:
    """Answers each message with its own text once `release` is set; counts what is in flight."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.in_flight = 0
        self.peak = 0
        self.received: list[str] = []

    async def webhook(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.received.append(body["message"])
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await self.release.wait()
        finally:
            self.in_flight -= 1
        return web.json_response([{"recipient_id": body["sender"], "text": body["message"]}])

    async def start(self) -> tuple[web.AppRunner, str]:
        app = web.Application()
        app.router.add_post("/webhooks/rest/webhook", self.webhook)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return runner, f"http://127.0.0.1:{port}"


def test_turns_beyond_the_limit_wait_in_the_gateway() -> None:
    async def scenario() -> None:
        rasa = HeldRasa()
        runner, url = await rasa.start()
        client = RasaClient(url, "token", timeout=10, concurrency=2)
        try:
            sends = [asyncio.create_task(client.send(f"s{i}", f"m{i}", {})) for i in range(5)]
            for _ in range(100):
                if rasa.in_flight == 2:
                    break
                await asyncio.sleep(0.02)
            await asyncio.sleep(0.2)  # time enough for a third to arrive, were it let through
            assert rasa.in_flight == 2
            assert len(rasa.received) == 2
            rasa.release.set()
            replies = await asyncio.gather(*sends)
            assert [r[0]["text"] for r in replies] == [f"m{i}" for i in range(5)]
            assert rasa.peak == 2
        finally:
            await client.aclose()
            await runner.cleanup()

    asyncio.run(scenario())


def test_no_slot_in_time_is_busy_and_never_reaches_rasa() -> None:
    async def scenario() -> None:
        rasa = HeldRasa()
        rasa.release.set()
        runner, url = await rasa.start()
        client = RasaClient(url, "token", timeout=0.1, concurrency=1)
        try:
            assert not client.saturated
            await client.slots.acquire()  # the only slot is taken by a turn still running
            assert client.saturated  # the Twilio webhook acks at once instead of waiting for TwiML
            with pytest.raises(DialogueUnavailable) as failed:
                await client.send("s", "hola", {})
            assert failed.value.kind == "busy"
            assert rasa.received == []
            client.slots.release()
            assert not client.saturated
            assert (await client.send("s", "hola", {}))[0]["text"] == "hola"  # the slot is back
        finally:
            await client.aclose()
            await runner.cleanup()

    asyncio.run(scenario())
