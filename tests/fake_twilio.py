"""A local stand-in for Twilio's REST API, for the tests.

Accepts `POST /2010-04-01/Accounts/{sid}/Messages.json` with HTTP basic auth, records what
it receives (in memory only), answers like Twilio (201 + message JSON), can be told to fail
the next requests (429, 5xx), and, like Twilio, posts signed status callbacks (sent, then
delivered) to the message's StatusCallback URL. Also builds signed webhooks for the tests.

`GET /2010-04-01/Accounts/{sid}/Messages.json` (basic auth) reads what it received, as Twilio's
Message list resource does (https://www.twilio.com/docs/messaging/api/message-resource): newest
first, filtered by `To` and `From`, paged by `PageSize` (default 50, at most 1000) and `Page`;
the page is `{"messages": [...], "uri", "first_page_uri", "next_page_uri", "previous_page_uri",
"page", "page_size", "start", "end"}` and each message has sid, account_sid, to, from, body
(a template's rendered text), status, direction ("outbound-api"), date_created / date_updated /
date_sent in RFC 2822, error_code, num_segments, messaging_service_sid, api_version and uri.
It takes queued failures too. DateSent filters are not implemented.

WhatsApp templates, in the shapes Twilio documents:
- Messages API with `ContentSid` (`HX` + 32 hex) and `ContentVariables` (a JSON object of
  strings) instead of `Body`; ContentVariables without ContentSid is error 21654, an unknown
  ContentSid 21655, bad ContentVariables 21656
  (https://www.twilio.com/docs/content/send-templates-created-with-the-content-template-builder,
  https://www.twilio.com/docs/api/errors/21654, /21655, /21656).
- WhatsApp's 24-hour window: a free-form WhatsApp message (Body) more than 24 hours after the
  person's last inbound message (the fake notes each webhook it signs), or a template not
  approved for WhatsApp, is accepted (201, queued) and then fails in its status callback with
  ErrorCode 63016 (https://www.twilio.com/docs/api/errors/63016). `close_window(address)`
  moves the person's last message 25 hours back.
- Content API (content.twilio.com, same server here; https://www.twilio.com/docs/content/content-api-resources):
  `POST /v1/Content` (JSON: friendly_name, language, variables, types) -> 201 Content
  resource (sid HX…, account_sid, friendly_name, language, variables, types, url, links,
  date_created, date_updated); `GET /v1/Content/{sid}`; `POST
  /v1/Content/{sid}/ApprovalRequests/whatsapp` (JSON: name, category) -> 201 {name, category,
  content_type, status: "received", rejection_reason, allow_category_change};
  `GET /v1/Content/{sid}/ApprovalRequests` -> {sid, account_sid, url, whatsapp: {…, status}}.
  `approve(sid)` plays WhatsApp's review.
"""
from __future__ import annotations

import base64
import json
import re
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx
from twilio.request_validator import RequestValidator


def send_json(handler: BaseHTTPRequestHandler, status: int, data: bytes) -> None:
    """One JSON response from a loopback fake's request handler (this one and tests/fake_rasa.py)."""
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


@dataclass
class FakeTwilio:
    account_sid: str = field(default_factory=lambda: "AC" + secrets.token_hex(16))
    auth_token: str = field(default_factory=lambda: secrets.token_hex(16))
    callbacks: bool = True
    messages: list[dict[str, str]] = field(default_factory=list)
    requests: int = 0
    media_requests: int = 0  # GETs of media URLs: the gateway must never make one
    contents: dict[str, dict] = field(default_factory=dict)  # Content API resources by sid
    approvals: dict[str, dict] = field(default_factory=dict)  # WhatsApp approval by content sid
    inbound_at: dict[str, float] = field(default_factory=dict)  # the person's last message, by address
    templates: dict[str, str] = field(default_factory=dict)  # language -> approved ContentSid (seed_templates)
    window: float = 24 * 3600.0  # WhatsApp's customer service window, seconds
    created: dict[str, float] = field(default_factory=dict)  # message sid -> date_created (epoch seconds)
    statuses: dict[str, str] = field(default_factory=dict)  # message sid -> status, as its callbacks say
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

    def wait_quiet(self, address: str, quiet: float = 1.5, timeout: float = 20.0) -> int:
        """Waits until nothing more reaches `address` for `quiet` seconds (a turn's late replies
        go through the REST API and would use up failures a test queues next); returns the count."""
        deadline = time.monotonic() + timeout
        count, since = len(self.sent_to(address)), time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.05)
            if (now := len(self.sent_to(address))) != count:
                count, since = now, time.monotonic()
            elif time.monotonic() - since >= quiet:
                return count
        raise AssertionError(f"messages to {address!r} kept arriving for {timeout:.0f} s")

    def wait_for(self, address: str, count: int = 1, timeout: float = 15.0) -> list[dict[str, str]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(found := self.sent_to(address)) >= count:
                return found
            time.sleep(0.05)
        raise AssertionError(f"fake Twilio got {len(self.sent_to(address))} messages, expected {count}")

    def signed(self, url: str, params: dict[str, str]) -> dict[str, str]:
        """Headers of a request Twilio would send to `url` with these form parameters. A webhook
        is a person's message: their WhatsApp window runs again from now."""
        if params.get("From") and not params.get("MessageStatus"):
            with self._lock:
                self.inbound_at[params["From"]] = time.monotonic()
        signature = RequestValidator(self.auth_token).compute_signature(url, params)
        return {"X-Twilio-Signature": signature, "Content-Type": "application/x-www-form-urlencoded"}

    def backdate(self, sid: str, seconds: float) -> None:
        """The message was created `seconds` earlier than it was."""
        with self._lock:
            self.created[sid] -= seconds

    def close_window(self, address: str) -> None:
        """The person's last message was 25 hours ago."""
        with self._lock:
            self.inbound_at[address] = time.monotonic() - self.window - 3600

    def add_template(self, language: str, body: str, approved: bool = True) -> str:
        """A twilio/text template, as if registered and reviewed already; returns its sid."""
        sid = self._create_content({"friendly_name": f"hotline_new_message_{language}", "language": language,
                                    "variables": {}, "types": {"twilio/text": {"body": body}}})["sid"]
        if approved:
            self._request_approval(sid, {"name": f"hotline_new_message_{language}", "category": "UTILITY"})
            self.approve(sid)
        return sid

    def seed_templates(self, texts: dict[str, str]) -> dict[str, str]:
        """Approved templates for these languages, as a line would have them after registering."""
        self.templates.update({lang: self.add_template(lang, body) for lang, body in texts.items()})
        return self.templates

    def approve(self, sid: str) -> None:
        with self._lock:
            self.approvals[sid]["status"] = "approved"

    def rendered(self, message: dict[str, str]) -> str:
        """What the person reads: the Body, or the template's text with its variables."""
        if "ContentSid" not in message:
            return message.get("Body", "")
        content = self.contents[message["ContentSid"]]
        values = {**(content.get("variables") or {}), **json.loads(message.get("ContentVariables") or "{}")}
        return re.sub(r"\{\{\s*([A-Za-z0-9_]+)\s*\}\}", lambda m: str(values.get(m.group(1), m.group(0))),
                      content["types"]["twilio/text"]["body"])

    # ------------------------------------------------------------------ server
    def start(self) -> FakeTwilio:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                if urlsplit(self.path).path.startswith("/v1/Content"):
                    return fake._content_api(self, "GET", None)
                if urlsplit(self.path).path.startswith("/2010-04-01/"):
                    return fake._list(self)
                with fake._lock:
                    fake.media_requests += 1
                fake._reply(self, 404, {"code": 20404, "message": "not found", "status": 404})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode()
                if urlsplit(self.path).path.startswith("/v1/Content"):
                    try:
                        data = json.loads(raw or "{}")
                    except ValueError:
                        data = None
                    return fake._content_api(self, "POST", data)
                form = dict(parse_qsl(raw, keep_blank_values=True))
                fake._handle(self, form)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def _reply(self, handler: BaseHTTPRequestHandler, status: int, body: dict) -> None:
        send_json(handler, status, json.dumps(body).encode())

    def _authorized(self, handler: BaseHTTPRequestHandler) -> bool:
        auth = "Basic " + base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        if handler.headers.get("Authorization") == auth:
            return True
        self._reply(handler, 401, {"code": 20003, "message": "Authenticate", "status": 401})
        return False

    def _answered(self, handler: BaseHTTPRequestHandler) -> bool:
        """Messages.json, either verb: counted, and answered here when it is not that resource,
        not authorized, or told to fail (the queued failures)."""
        with self._lock:
            self.requests += 1
            failure = self._failures.pop(0) if self._failures else None
        if urlsplit(handler.path).path != f"/2010-04-01/Accounts/{self.account_sid}/Messages.json":
            self._reply(handler, 404, {"code": 20404, "message": "not found", "status": 404})
            return True
        if not self._authorized(handler):
            return True
        if failure:
            self._reply(handler, failure, {"code": 20429 if failure == 429 else 20500,
                                           "message": "try again", "status": failure})
        return bool(failure)

    def _handle(self, handler: BaseHTTPRequestHandler, form: dict[str, str]) -> None:
        if self._answered(handler):
            return None
        content_sid = form.get("ContentSid")
        if not form.get("To") or not (form.get("Body") or content_sid) \
                or not (form.get("From") or form.get("MessagingServiceSid")):
            return self._reply(handler, 400, {"code": 21604, "message": "missing parameter", "status": 400})
        if refused := self._template_refused(form):
            return self._reply(handler, 400, {"code": refused[0], "message": refused[1], "status": 400})
        sid = "SM" + uuid.uuid4().hex
        outside = self._outside_window(form)
        message = {**form, "Sid": sid}
        with self._lock:
            self.messages.append(message)
            self.created[sid], self.statuses[sid] = time.time(), "queued"
            resource = self._resource(message)
        self._reply(handler, 201, resource)
        if self.callbacks and form.get("StatusCallback"):
            threading.Thread(target=self._callbacks, args=(form, sid, outside), daemon=True).start()

    def _resource(self, message: dict[str, str]) -> dict:
        """A received message as Twilio's Message resource shows it (call with the lock held)."""
        sid, status = message["Sid"], self.statuses.get(message["Sid"], "queued")
        created = formatdate(self.created[sid], usegmt=True)
        body = self.rendered(message) if message.get("ContentSid") else message.get("Body", "")
        return {"sid": sid, "account_sid": self.account_sid, "to": message["To"], "from": message.get("From"),
                "messaging_service_sid": message.get("MessagingServiceSid"), "body": body, "status": status,
                "direction": "outbound-api", "date_created": created, "date_updated": created,
                "date_sent": None if status in ("accepted", "queued") else created, "num_segments": "1",
                "num_media": "0", "error_code": 63016 if status == "failed" else None, "error_message": None,
                "price": None, "price_unit": "USD", "api_version": "2010-04-01",
                "uri": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}.json"}

    def _list(self, handler: BaseHTTPRequestHandler) -> None:
        """The Message list resource: what was received, newest first, one page."""
        if self._answered(handler):
            return None
        url = urlsplit(handler.path)
        base = url.path
        query = dict(parse_qsl(url.query))
        try:
            size, page = min(int(query.get("PageSize") or 50), 1000), int(query.get("Page") or 0)
        except ValueError:
            return self._reply(handler, 400, {"code": 20001, "message": "invalid paging", "status": 400})
        with self._lock:
            chosen = [(self.created[m["Sid"]], i, m) for i, m in enumerate(self.messages)
                      if all(m.get(k) == query[k] for k in ("To", "From") if k in query)]
            chosen = [m for *_, m in sorted(chosen, key=lambda c: c[:2], reverse=True)]  # newest first
            rows = [self._resource(m) for m in chosen[page * size:(page + 1) * size]]
        filters = {k: query[k] for k in ("To", "From") if k in query}

        def uri(n: int) -> str:
            return f"{base}?{urlencode({**filters, 'PageSize': size, 'Page': n})}"

        more = (page + 1) * size < len(chosen)
        self._reply(handler, 200, {
            "messages": rows, "uri": uri(page), "first_page_uri": uri(0), "page": page, "page_size": size,
            "start": page * size, "end": page * size + max(len(rows) - 1, 0),
            "next_page_uri": (uri(page + 1) + f"&PageToken=PASM{page + 1}") if more else None,
            "previous_page_uri": uri(page - 1) if page > 0 else None})

    def _template_refused(self, form: dict[str, str]) -> tuple[int, str] | None:
        content_sid, variables = form.get("ContentSid"), form.get("ContentVariables")
        if variables is not None and not content_sid:
            return 21654, "A ContentSid must be specified if ContentVariables are provided"
        if content_sid is None:
            return None
        with self._lock:
            known = content_sid in self.contents
        if not re.fullmatch(r"HX[0-9a-fA-F]{32}", content_sid) or not known:
            return 21655, "The ContentSid is Invalid"
        if variables is not None:
            try:
                values = json.loads(variables)
            except ValueError:
                values = None
            if not isinstance(values, dict) or len(values) > 100 or any(
                    not isinstance(v, str) or not v or len(str(k)) > 16 for k, v in values.items()):
                return 21656, "The ContentVariables Parameter is invalid"
        return None

    def _outside_window(self, form: dict[str, str]) -> bool:
        """WhatsApp only: after 24 hours without a message from the person, only an approved
        template is delivered (Twilio fails anything else with 63016)."""
        to = form["To"]
        if not to.startswith("whatsapp:"):
            return False
        with self._lock:
            last = self.inbound_at.get(to)
            approval = self.approvals.get(form.get("ContentSid") or "", {})
        if form.get("ContentSid") and approval.get("status") == "approved":
            return False
        return last is None or time.monotonic() - last > self.window

    def _callbacks(self, form: dict[str, str], sid: str, outside: bool = False) -> None:
        for status in ("failed",) if outside else ("sent", "delivered"):
            time.sleep(0.1)
            with self._lock:
                self.statuses[sid] = status
            params = {"MessageSid": sid, "SmsSid": sid, "MessageStatus": status, "SmsStatus": status,
                      "AccountSid": self.account_sid, "To": form["To"], "From": form.get("From") or "",
                      "ApiVersion": "2010-04-01"}
            if outside:
                params["ErrorCode"] = "63016"
            url = form["StatusCallback"]
            try:
                self._http.post(url, content=urlencode(params), headers=self.signed(url, params))
            except httpx.HTTPError:
                pass

    # ------------------------------------------------------------------ Content API
    def _content_resource(self, sid: str, data: dict) -> dict:
        now = formatdate(usegmt=True)
        base = f"https://content.twilio.com/v1/Content/{sid}"
        return {"sid": sid, "account_sid": self.account_sid, "friendly_name": data.get("friendly_name"),
                "language": data.get("language"), "variables": data.get("variables") or {},
                "types": data.get("types") or {}, "url": base, "date_created": now, "date_updated": now,
                "links": {"approval_fetch": f"{base}/ApprovalRequests",
                          "approval_create": f"{base}/ApprovalRequests/whatsapp"}}

    def _create_content(self, data: dict) -> dict:
        sid = "HX" + uuid.uuid4().hex
        resource = self._content_resource(sid, data)
        with self._lock:
            self.contents[sid] = resource
        return resource

    def _request_approval(self, sid: str, data: dict) -> dict:
        content = self.contents[sid]
        approval = {"name": data.get("name"), "category": data.get("category"),
                    "content_type": next(iter(content["types"]), None), "status": "received",
                    "rejection_reason": "", "allow_category_change": bool(data.get("allow_category_change", True))}
        with self._lock:
            self.approvals[sid] = approval
        return approval

    def _content_api(self, handler: BaseHTTPRequestHandler, method: str, data: dict | None) -> None:
        with self._lock:
            self.requests += 1
        if not self._authorized(handler):
            return None
        parts = urlsplit(handler.path).path.strip("/").split("/")  # v1, Content, [sid, [ApprovalRequests, [whatsapp]]]
        if method == "POST" and data is None:
            return self._reply(handler, 400, {"code": 20001, "message": "invalid JSON", "status": 400})
        if parts == ["v1", "Content"] and method == "POST":
            text = ((data.get("types") or {}).get("twilio/text") or {}).get("body")
            if not data.get("language") or not data.get("types") or (text is not None and not str(text).strip()):
                return self._reply(handler, 400, {"code": 20001, "message": "invalid content", "status": 400})
            return self._reply(handler, 201, self._create_content(data))
        sid = parts[2] if len(parts) > 2 else ""
        with self._lock:
            content = self.contents.get(sid)
            approval = self.approvals.get(sid)
        if content is None:
            return self._reply(handler, 404, {"code": 20404, "message": "not found", "status": 404})
        if parts[3:] == [] and method == "GET":
            return self._reply(handler, 200, content)
        if parts[3:] == ["ApprovalRequests", "whatsapp"] and method == "POST":
            if not data.get("name") or data.get("category") not in ("UTILITY", "MARKETING", "AUTHENTICATION"):
                return self._reply(handler, 400, {"code": 20001, "message": "name and category required", "status": 400})
            return self._reply(handler, 201, self._request_approval(sid, data))
        if parts[3:] == ["ApprovalRequests"] and method == "GET":
            whatsapp = {"type": "whatsapp", **approval} if approval else {}
            return self._reply(handler, 200, {"sid": sid, "account_sid": self.account_sid,
                                              "url": f"{content['url']}/ApprovalRequests", "whatsapp": whatsapp})
        return self._reply(handler, 404, {"code": 20404, "message": "not found", "status": 404})


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
