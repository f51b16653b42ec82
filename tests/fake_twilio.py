"""A local stand-in for Twilio's REST API, for the tests.

Accepts `POST /2010-04-01/Accounts/{sid}/Messages.json` with HTTP basic auth, records what
it receives (in memory only), answers like Twilio (201 + message JSON), can be told to fail
the next requests (429, 5xx), and, like Twilio, posts signed status callbacks (sent, then
delivered) to the message's StatusCallback URL. Also builds signed webhooks for the tests.
"""
from __future__ import annotations

import base64
import json
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlencode

import httpx
from twilio.request_validator import RequestValidator


@dataclass
class FakeTwilio:
    account_sid: str = field(default_factory=lambda: "AC" + secrets.token_hex(16))
    auth_token: str = field(default_factory=lambda: secrets.token_hex(16))
    callbacks: bool = True
    messages: list[dict[str, str]] = field(default_factory=list)
    requests: int = 0
    media_requests: int = 0  # GETs of media URLs: the gateway must never make one
    _failures: list[int] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None
    # One client for every status callback: a new httpx client per callback (an SSL context
    # each) cost the load bench's fake more CPU than the gateways it was measuring.
    _http: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=10))

    # ------------------------------------------------------------------ control
    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def fail_next(self, status: int, times: int = 1) -> None:
        with self._lock:
            self._failures.extend([status] * times)

    def sent_to(self, address: str) -> list[dict[str, str]]:
        with self._lock:
            return [m for m in self.messages if m.get("To") == address]

    def wait_for(self, address: str, count: int = 1, timeout: float = 15.0) -> list[dict[str, str]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(found := self.sent_to(address)) >= count:
                return found
            time.sleep(0.05)
        raise AssertionError(f"fake Twilio got {len(self.sent_to(address))} messages, expected {count}")

    def signed(self, url: str, params: dict[str, str]) -> dict[str, str]:
        """Headers of a request Twilio would send to `url` with these form parameters."""
        signature = RequestValidator(self.auth_token).compute_signature(url, params)
        return {"X-Twilio-Signature": signature, "Content-Type": "application/x-www-form-urlencoded"}

    # ------------------------------------------------------------------ server
    def start(self) -> FakeTwilio:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                with fake._lock:
                    fake.media_requests += 1
                fake._reply(self, 404, {"code": 20404, "message": "not found", "status": 404})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                form = dict(parse_qsl(self.rfile.read(length).decode(), keep_blank_values=True))
                fake._handle(self, form)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def _reply(self, handler: BaseHTTPRequestHandler, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def _handle(self, handler: BaseHTTPRequestHandler, form: dict[str, str]) -> None:
        expected = f"/2010-04-01/Accounts/{self.account_sid}/Messages.json"
        auth = "Basic " + base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        with self._lock:
            self.requests += 1
            failure = self._failures.pop(0) if self._failures else None
        if handler.path != expected:
            return self._reply(handler, 404, {"code": 20404, "message": "not found", "status": 404})
        if handler.headers.get("Authorization") != auth:
            return self._reply(handler, 401, {"code": 20003, "message": "Authenticate", "status": 401})
        if failure:
            return self._reply(handler, failure, {"code": 20429 if failure == 429 else 20500,
                                                  "message": "try again", "status": failure})
        if not form.get("To") or not form.get("Body") or not (form.get("From") or form.get("MessagingServiceSid")):
            return self._reply(handler, 400, {"code": 21604, "message": "missing parameter", "status": 400})
        sid = "SM" + uuid.uuid4().hex
        with self._lock:
            self.messages.append({**form, "Sid": sid})
        self._reply(handler, 201, {"sid": sid, "status": "queued", "to": form["To"], "body": form["Body"],
                                   "from": form.get("From"), "account_sid": self.account_sid,
                                   "messaging_service_sid": form.get("MessagingServiceSid")})
        if self.callbacks and form.get("StatusCallback"):
            threading.Thread(target=self._callbacks, args=(form, sid), daemon=True).start()

    def _callbacks(self, form: dict[str, str], sid: str) -> None:
        for status in ("sent", "delivered"):
            time.sleep(0.1)
            params = {"MessageSid": sid, "SmsSid": sid, "MessageStatus": status, "SmsStatus": status,
                      "AccountSid": self.account_sid, "To": form["To"], "From": form.get("From") or "",
                      "ApiVersion": "2010-04-01"}
            url = form["StatusCallback"]
            try:
                self._http.post(url, content=urlencode(params), headers=self.signed(url, params))
            except httpx.HTTPError:
                pass


def webhook_params(fake: FakeTwilio, sender: str, body: str = "", **extra: str) -> dict[str, str]:
    """The form Twilio posts for an inbound SMS or WhatsApp message."""
    whatsapp = sender.startswith("whatsapp:")
    params = {
        "MessageSid": "SM" + uuid.uuid4().hex, "SmsMessageSid": "", "AccountSid": fake.account_sid,
        "From": sender, "To": "whatsapp:+14155238886" if whatsapp else "+15005550006", "Body": body,
        "NumMedia": "0", "NumSegments": "1", "SmsStatus": "received", "ApiVersion": "2010-04-01",
    }
    params["SmsMessageSid"] = params["MessageSid"]
    params.update(extra)
    return params


def post_webhook(client: httpx.Client, fake: FakeTwilio, public_base: str, params: dict[str, str],
                 path: str = "/channels/twilio", tamper: Callable[[dict], dict] | None = None) -> httpx.Response:
    headers = fake.signed(public_base.rstrip("/") + path, params)
    sent = tamper(dict(params)) if tamper else params
    return client.post(path, content=urlencode(sent), headers=headers)
