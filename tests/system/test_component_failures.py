"""A failing component gives the person a useful fallback, never silence.

These tests stop the action server of the session's stack and start it again in a `finally`;
a module fixture then checks that every part is healthy, so the files after this one find the
stack as it was and the order of the test files does not matter. Rasa is "stopped" behind a
proxy that refuses connections to a gateway of the test's own: the gateway sees exactly what a
stopped Rasa gives it (connections refused, open ones cut), and the session's Rasa is spared a
restart, about a minute of every run. (A stack of their own cost a second Rasa start too.)
"""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from bot.settings import Settings
from bot.supervisor import Stack
from tests.conftest import free_port
from tests.stall_proxy import StallProxy
from tests.system.helpers import new_sender, rendered, say, texts


@pytest.fixture(scope="module", autouse=True)
def restored(stack: Stack) -> Iterator[None]:
    """The stack is whole again after this module, whatever failed in it."""
    yield
    if stopped := [part for part in ("rasa", "actions") if part not in stack.procs]:
        stack.start(*stopped)
    stack.wait_healthy(timeout=300)


def _failures(operator: httpx.Client) -> dict:
    return operator.get("/api/metrics").json()["component_failures"]


@pytest.fixture
def proxied(stack: Stack, tmp_path) -> Iterator[tuple[httpx.Client, httpx.Client, StallProxy]]:  # noqa: ANN001
    """A gateway of its own that reaches the session's Rasa through a proxy: the proxy refusing
    is Rasa stopped, as the gateway sees it, without the minute a real Rasa takes to start."""
    proxy = StallProxy(stack.rasa_port)
    settings = Settings(data_dir=tmp_path, rasa_token=stack.settings.rasa_token).resolved()
    gw = Stack(settings, rasa_port=proxy.port, actions_port=stack.actions_port, gateway_port=free_port(),
               log_dir=tmp_path / "logs")
    gw.start("gateway")
    try:
        gw.wait_healthy(timeout=120)
        with (httpx.Client(base_url=gw.gateway_url, timeout=30.0) as gateway,
              httpx.Client(base_url=gw.gateway_url, timeout=30.0,
                           headers={"Authorization": f"Bearer {settings.operator_token}"}) as operator):
            yield gateway, operator, proxy
    finally:
        gw.stop()
        proxy.close()


def test_rasa_stopped_gives_the_fallback_in_the_persons_language(
    proxied: tuple[httpx.Client, httpx.Client, StallProxy]
) -> None:
    gateway, operator, rasa = proxied
    sender_fr, sender_mx = new_sender(), new_sender()
    say(gateway, sender_fr, "bonjour à vous")
    say(gateway, sender_mx, "hola")
    say(gateway, sender_mx, "estoy en México")
    before = _failures(operator).get("unreachable", 0)
    rasa.refuse()
    try:
        body = say(gateway, sender_fr, "j'ai besoin d'aide")
        assert texts(body) == [rendered("utter_service_unavailable_no_country", "fr")]
        body = say(gateway, sender_mx, "necesito ayuda")
        assert texts(body) == [rendered("utter_service_unavailable", "es", number="911")]
        assert _failures(operator).get("unreachable", 0) == before + 2
        assert gateway.get("/healthz").status_code == 503
    finally:
        rasa.accept_again()
    assert texts(say(gateway, sender_fr, "bonjour"))  # the bot answers again


def test_action_server_stopped_gives_the_fallback(
    stack: Stack, gateway: httpx.Client, operator: httpx.Client
) -> None:
    sender = new_sender()
    say(gateway, sender, "hello good evening")
    stack.stop("actions")
    try:
        body = say(gateway, sender, "someone is hurting me right now help")
        assert texts(body) == [rendered("utter_service_unavailable_no_country", "en")]
        assert gateway.get("/healthz").json()["components"]["actions"]["ok"] is False
    finally:
        stack.start("actions")
        stack.wait_healthy(timeout=120)
    body = say(gateway, sender, "hello")
    assert texts(body)[0] == rendered("utter_greet", "en")  # then the numbered menu


@pytest.fixture
def silent_rasa() -> Iterator[int]:
    """A TCP server that accepts and never answers: Rasa hung."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(16)
    conns: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        srv.settimeout(0.2)
        while not stop.is_set():
            try:
                conns.append(srv.accept()[0])
            except OSError:
                continue

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    yield srv.getsockname()[1]
    stop.set()
    t.join()
    for c in conns:
        c.close()
    srv.close()


def test_slow_rasa_gives_the_fallback_after_five_seconds(
    stack: Stack, silent_rasa: int, tmp_path
) -> None:  # noqa: ANN001
    settings = Settings(data_dir=tmp_path).resolved()
    slow = Stack(settings, rasa_port=silent_rasa, actions_port=stack.actions_port, gateway_port=free_port(),
                 log_dir=tmp_path / "logs")
    slow.start("gateway")
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{slow.gateway_url}/healthz", timeout=10)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "gateway did not start"
                time.sleep(0.3)
        started = time.monotonic()
        resp = httpx.post(f"{slow.gateway_url}/channels/simulator",
                          json={"from": new_sender(), "text": "hola, necesito ayuda", "channel": "sms"}, timeout=30)
        elapsed = time.monotonic() - started
        assert resp.status_code == 200
        assert [r["text"] for r in resp.json()["replies"]] == [rendered("utter_service_unavailable_no_country", "es")]
        assert 4.5 < elapsed < 8.0
    finally:
        slow.stop()
