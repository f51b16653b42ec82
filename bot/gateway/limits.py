"""Request limits, checked before any route reads a request (a plain ASGI middleware).

- Headers over `MAX_HEADER_BYTES` in total: 431.
- A body over the cap — 64 KiB on the channel routes (a Twilio body is at most 1,600
  characters plus Twilio's fields), 1 MiB elsewhere: 413. A declared Content-Length over the cap
  is refused before a byte is read; a chunked body is refused as soon as it passes the cap, so
  the gateway never holds more than the cap of one request in memory.
- Twilio webhooks must be `application/x-www-form-urlencoded` (UTF-8), with a UTF-8 body whose
  percent-encoded values are UTF-8 too: else 415 or 400. The simulator takes JSON only (415).
- Anything else is left to the routes (signature → 403, pydantic → 422).

Error answers are small JSON (`{"error": "..."}`) and never echo the request. A refused request
is counted in the gateway metrics (`request_rejected_<status>`) and logged without content.
"""
from __future__ import annotations

import json
import logging
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("hotline.limits")

CHANNEL_MAX_BODY = 64 * 1024
DEFAULT_MAX_BODY = 1024 * 1024
MAX_HEADER_BYTES = 32 * 1024
MAX_FORM_FIELDS = 200  # Twilio sends about 40 at most (10 media URLs and types, location, profile)

TWILIO_PATHS = frozenset({"/channels/twilio", "/channels/twilio/status"})
JSON_PATHS = frozenset({"/channels/simulator", "/channels/simulator/poll"})
CHANNEL_PATHS = TWILIO_PATHS | JSON_PATHS
BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class Rejected(Exception):
    def __init__(self, status: int, error: str) -> None:
        super().__init__(error)
        self.status, self.error = status, error


def _media_type(headers: list[tuple[bytes, bytes]]) -> tuple[str, dict[str, str]]:
    raw = next((v for k, v in headers if k == b"content-type"), b"").decode("latin-1")
    main, *params = raw.split(";")
    options = {}
    for p in params:
        name, _, value = p.partition("=")
        options[name.strip().lower()] = value.strip().strip('"').lower()
    return main.strip().lower(), options


def check_form(body: bytes) -> None:
    """400 unless the body is a UTF-8 form whose decoded names and values are UTF-8."""
    try:
        text = body.decode("utf-8")
        parse_qsl(text, keep_blank_values=True, errors="strict", max_num_fields=MAX_FORM_FIELDS)
    except UnicodeDecodeError:
        raise Rejected(400, "invalid_utf8") from None
    except ValueError:  # more than MAX_FORM_FIELDS fields
        raise Rejected(400, "too_many_fields") from None


class RequestLimits:
    """Size, content-type and encoding limits for every HTTP request (see module doc)."""

    def __init__(self, app: ASGIApp, channel_max_body: int = CHANNEL_MAX_BODY,
                 default_max_body: int = DEFAULT_MAX_BODY, max_header_bytes: int = MAX_HEADER_BYTES) -> None:
        self.app = app
        self.channel_max_body, self.default_max_body = channel_max_body, default_max_body
        self.max_header_bytes = max_header_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            body = await self._admit(scope, receive)
        except Rejected as exc:
            await self._refuse(scope, send, exc)
            return
        if body is None:
            await self.app(scope, receive, send)
            return

        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # http.disconnect, when the client goes

        await self.app(scope, replay, send)

    async def _admit(self, scope: Scope, receive: Receive) -> bytes | None:
        """The whole body (for routes that get it replayed), None to pass through, or Rejected."""
        headers = scope.get("headers") or []
        if sum(len(k) + len(v) for k, v in headers) > self.max_header_bytes:
            raise Rejected(431, "headers_too_large")
        path, method = scope.get("path", ""), scope.get("method", "GET")
        cap = self.channel_max_body if path in CHANNEL_PATHS else self.default_max_body
        lengths = [v for k, v in headers if k == b"content-length"]
        if lengths:
            if len(set(lengths)) != 1 or not lengths[0].isdigit():
                raise Rejected(400, "invalid_content_length")
            if int(lengths[0]) > cap:
                raise Rejected(413, "payload_too_large")
        if method not in BODY_METHODS:
            return None
        media, options = _media_type(headers)
        if path in TWILIO_PATHS:
            if media != "application/x-www-form-urlencoded" or options.get("charset", "utf-8") != "utf-8":
                raise Rejected(415, "unsupported_media_type")
        elif path in JSON_PATHS:
            # No Content-Type is read as JSON (FastAPI's rule); anything else is refused.
            if media and media != "application/json" and not media.endswith("+json"):
                raise Rejected(415, "unsupported_media_type")
        body = await self._read(receive, cap)
        if path in TWILIO_PATHS:
            check_form(body)
        return body

    @staticmethod
    async def _read(receive: Receive, cap: int) -> bytes:
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise Rejected(400, "client_disconnected")
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > cap:
                raise Rejected(413, "payload_too_large")  # the rest is never read
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _refuse(self, scope: Scope, send: Send, exc: Rejected) -> None:
        app = scope.get("app")
        state = getattr(getattr(app, "state", None), "hotline", None)
        if state is not None:
            state.metrics.inc(f"request_rejected_{exc.status}")
        path = scope.get("path", "")
        log.warning("request rejected", extra={"reason": exc.error, "status": exc.status,
                                               "route": path if path in CHANNEL_PATHS else "other"})
        payload = json.dumps({"error": exc.error}).encode()
        # The unread rest of the body makes the connection unusable: close it.
        await send({"type": "http.response.start", "status": exc.status, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
            (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": payload})
