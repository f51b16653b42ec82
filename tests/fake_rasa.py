"""A local stand-in for the parts of Rasa's HTTP API the gateway uses (bot/gateway/rasa.py), for
in-process tests of the Dialogue and the inbound queue.

A real HTTP server on loopback, like tests/fake_twilio.py:
- `POST /webhooks/rest/webhook`: the REST channel. Answers each message with the next scripted
  turn (`reply_next`), else with `default` (one text echoing the message). Like Rasa, an
  answered message and its bot replies go into the sender's tracker, with the message's
  metadata (the queue's `inbound_id`).
- `GET /conversations/{sender}/tracker`, `POST /conversations/{sender}/tracker/events`,
  `POST /model/parse` (`nlu`), `GET /status`.
Faults, scripted per message (`fail_next`): Rasa slower than the gateway's timeout (`slow`,
optionally having processed the message first, as a Rasa that finished late), an HTTP status
(`status`), a connection dropped without an answer (`drop`), an empty answer (`empty`), and a
refused connection (`refuse()`: nothing listens on the port until `accept()`).
Nothing here is kept on disk; every text is invented.
"""
from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from tests.fake_twilio import send_json


@dataclass(frozen=True)
class Fault:
    kind: str  # slow | status | drop | empty | bad_json
    status: int = 500
    seconds: float = 30.0  # how long a slow Rasa takes (cut short when the fake stops)
    processed: bool = False  # the message reached the tracker before the failure (with its replies)


SLOW, DROP, EMPTY, BAD_JSON = Fault("slow"), Fault("drop"), Fault("empty"), Fault("bad_json")


def status(code: int) -> Fault:
    return Fault("status", status=code)


Turn = list[dict[str, Any]] | Fault


def echo(sender: str, message: str, metadata: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"recipient_id": sender, "text": f"Rasa: {message}"}]


@dataclass
class FakeRasa:
    default: Callable[[str, str, dict[str, Any]], list[dict[str, Any]]] = echo
    nlu: tuple[str, float] = ("out_of_scope", 0.2)  # what /model/parse answers
    nlu_ranking: list[tuple[str, float]] | None = None  # its intent_ranking (else the intent alone)
    received: list[dict[str, Any]] = field(default_factory=list)  # every message posted, answered or not
    trackers: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    _script: deque[Turn] = field(default_factory=deque)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _stopping: threading.Event = field(default_factory=threading.Event)
    _server: ThreadingHTTPServer | None = None
    _port: int = 0

    # ------------------------------------------------------------------ control
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._port}"

    def reply_next(self, *turns: Turn) -> None:
        """The next messages' answers, in order: a list of replies ({"text": ...}, {"custom": ...}) or a Fault."""
        with self._lock:
            self._script.extend(turns)

    def fail_next(self, fault: Fault, times: int = 1) -> None:
        self.reply_next(*([fault] * times))

    def messages(self, sender: str | None = None) -> list[str]:
        with self._lock:
            return [r["message"] for r in self.received if sender is None or r["sender"] == sender]

    def start(self) -> FakeRasa:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"  # a connection per request: refuse() refuses at once

            def log_message(self, *_args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                fake._get(self)

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"null")
                fake._post(self, body)

        self._stopping.clear()
        self._server = ThreadingHTTPServer(("127.0.0.1", self._port), Handler)
        self._server.daemon_threads = True
        self._server.handle_error = lambda *_args: None  # a dropped connection is the point, not an error
        self._port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def refuse(self) -> None:
        """Nothing listens on the port (connection refused) until `accept`."""
        self._close()

    def accept(self) -> None:
        self.start()

    def stop(self) -> None:
        self._stopping.set()  # ends the slow answers still waiting
        self._close()

    def _close(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    # ------------------------------------------------------------------ server
    def _reply(self, handler: BaseHTTPRequestHandler, code: int, body: Any, raw: bytes | None = None) -> None:
        send_json(handler, code, raw if raw is not None else json.dumps(body).encode())

    def _get(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path.split("?")[0]
        if path == "/status":
            self._reply(handler, 200, {"model_file": "fake.tar.gz", "fingerprint": {}})
        elif path.startswith("/conversations/") and path.endswith("/tracker"):
            sender = path.split("/")[2]
            with self._lock:
                events = list(self.trackers.get(sender, []))
            self._reply(handler, 200, {"sender_id": sender, "events": events, "slots": {}})
        else:
            self._reply(handler, 404, {"error": "not found"})

    def _post(self, handler: BaseHTTPRequestHandler, body: Any) -> None:
        path = handler.path.split("?")[0]
        if path == "/webhooks/rest/webhook":
            self._turn(handler, body)
        elif path.startswith("/conversations/") and path.endswith("/tracker/events"):
            with self._lock:
                self.trackers.setdefault(path.split("/")[2], []).extend(body if isinstance(body, list) else [body])
            self._reply(handler, 200, {})
        elif path == "/model/parse":
            ranking = [{"name": n, "confidence": c} for n, c in self.nlu_ranking or [self.nlu]]
            self._reply(handler, 200, {"text": body.get("text"), "intent": {"name": self.nlu[0], "confidence": self.nlu[1]},
                                       "intent_ranking": ranking})
        else:
            self._reply(handler, 404, {"error": "not found"})

    def _record(self, sender: str, message: str, metadata: dict[str, Any], replies: list[dict[str, Any]]) -> None:
        with self._lock:
            events = self.trackers.setdefault(sender, [])
            events.append({"event": "user", "text": message, "metadata": metadata})
            events += [{"event": "bot", "text": r["text"]} for r in replies if r.get("text")]

    def _turn(self, handler: BaseHTTPRequestHandler, body: dict[str, Any]) -> None:
        sender, message, metadata = body["sender"], body["message"], body.get("metadata") or {}
        with self._lock:
            self.received.append({"sender": sender, "message": message, "metadata": metadata})
            turn = self._script.popleft() if self._script else None
        if not isinstance(turn, Fault):
            replies = [{"recipient_id": sender, **r} for r in (turn if turn is not None
                                                                else self.default(sender, message, metadata))]
            self._record(sender, message, metadata, replies)
            self._reply(handler, 200, replies)
            return
        if turn.processed:
            self._record(sender, message, metadata, self.default(sender, message, metadata))
        if turn.kind == "slow":
            self._stopping.wait(turn.seconds)
            self._reply(handler, 200, [])
        elif turn.kind == "status":
            self._reply(handler, turn.status, {"error": "fault"})
        elif turn.kind == "empty":
            self._reply(handler, 200, [])
        elif turn.kind == "bad_json":
            self._reply(handler, 200, None, raw=b"<html>not json</html>")
        elif turn.kind == "drop":
            handler.close_connection = True
            handler.connection.shutdown(socket.SHUT_RDWR)


# Fixtures for the test modules that use the fake (imported there by name).
@pytest.fixture(scope="module")
def rasa() -> Iterator[FakeRasa]:
    fake = FakeRasa().start()
    yield fake
    fake.stop()


@pytest.fixture(scope="module")
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    """One event loop for the module: the gateway's Rasa client's HTTP session belongs to it."""
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()
