"""Messages to people through Twilio's REST API: slow bot replies and operator messages.

Sends with the `twilio` client (Messaging Service SID, or the channel's own from-number
when it is set), retrying 429 and 5xx answers with exponential backoff. Each message sent
gets a `twilio_deliveries` row keyed by an HMAC of its SID; status callbacks move it along
(queued → sent → delivered/read, or failed/undelivered). Addresses are read from the
encrypted reply handle just before sending and live only in memory.

`TWILIO_API_BASE_URL` points the client elsewhere than api.twilio.com (a regional proxy, or
the local fake the tests run); nothing else changes.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import random
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import requests
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from bot.channels import twilio as channel
from bot.channels.models import TwilioConversation, TwilioDelivery
from bot.channels.twilio_settings import TWILIO_API, TwilioSettings, get_twilio_settings
from bot.db.models import Conversation, Message
from bot.privacy import handles

log = logging.getLogger("hotline.twilio.outbound")
# The twilio library logs request parameters (To, Body) at INFO: never let them through.
_quiet = logging.getLogger("hotline.twilio.http")
_quiet.setLevel(logging.WARNING)
_quiet.propagate = False

STATUS_RANK = {"accepted": 0, "scheduled": 0, "queued": 0, "sending": 1, "sent": 2,
               "undelivered": 3, "failed": 3, "delivered": 4, "read": 5}
FAILED = frozenset({"failed", "undelivered"})


class SendFailed(Exception):
    def __init__(self, status: int | None, code: int | None, attempts: int) -> None:
        super().__init__(f"twilio send failed: http {status}, code {code}")
        self.status, self.code, self.attempts = status, code, attempts


@dataclass(frozen=True)
class Sent:
    sid: str
    status: str
    attempts: int


class _HttpClient(TwilioHttpClient):
    """The twilio HTTP client, aimed at `base_url` and with its request logging silenced."""

    def __init__(self, base_url: str, timeout: float) -> None:
        super().__init__(timeout=timeout, logger=_quiet)
        self.base_url = base_url.rstrip("/")

    def request(self, method, url, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN201
        if self.base_url != TWILIO_API and url.startswith(TWILIO_API):
            url = self.base_url + url[len(TWILIO_API):]
        return super().request(method, url, *args, **kwargs)


def sid_hash(secret: str, sid: str) -> str:
    """Twilio SIDs lead back to the person in Twilio's console: only an HMAC is stored."""
    return hmac.new(secret.encode(), b"twilio-sid:" + sid.encode(), hashlib.sha256).hexdigest()


def _retryable(exc: Exception) -> bool:
    if isinstance(exc, TwilioRestException):
        return exc.status == 429 or exc.status >= 500
    return isinstance(exc, (requests.ConnectionError, requests.Timeout))


class TwilioSender:
    """Sends one message with retries. Thread-safe; blocking (run it off the event loop)."""

    def __init__(self, settings: TwilioSettings, sleep: Callable[[float], None] = time.sleep) -> None:
        self.settings = settings
        self.sleep = sleep
        self._client: Client | None = None
        self._lock = threading.Lock()

    def client(self) -> Client:
        with self._lock:
            if self._client is None:
                s = self.settings
                self._client = Client(s.account_sid, s.auth_token, account_sid=s.account_sid,
                                      http_client=_HttpClient(s.api_base_url, timeout=10.0))
            return self._client

    def _origin(self, to: str) -> dict[str, str]:
        s = self.settings
        own = s.whatsapp_from if channel.is_whatsapp(to) else s.sms_from
        if own:
            return {"from_": own}
        if s.messaging_service_sid:
            return {"messaging_service_sid": s.messaging_service_sid}
        raise SendFailed(None, None, 0)

    def send(self, to: str, body: str) -> Sent:
        s = self.settings
        kwargs = {"to": to, "body": body, **self._origin(to)}
        if s.public_base_url:
            kwargs["status_callback"] = s.public_url("/channels/twilio/status")
        for attempt in range(1, s.send_attempts + 1):
            try:
                msg = self.client().messages.create(**kwargs)
                return Sent(sid=msg.sid, status=msg.status or "queued", attempts=attempt)
            except (TwilioRestException, requests.RequestException) as exc:
                status = getattr(exc, "status", None)
                if not _retryable(exc) or attempt == s.send_attempts:
                    raise SendFailed(status, getattr(exc, "code", None), attempt) from None
                delay = s.retry_base * 2 ** (attempt - 1)
                log.warning("twilio send retry", extra={"http_status": status, "attempt": attempt})
                self.sleep(delay + random.uniform(0, delay / 4))
        raise AssertionError("unreachable")


class Outbound:
    """Delivery of messages for one gateway: sender, worker threads, delivery records."""

    def __init__(self, settings: TwilioSettings, sessions: sessionmaker, secret_key: str,
                 fernet_factory: Callable[[], handles.MultiFernet], metrics_inc: Callable[[str], None]) -> None:
        self.settings = settings
        self.sender = TwilioSender(settings)
        self.sessions = sessions
        self.secret_key = secret_key
        self._fernet_factory = fernet_factory
        self._inc = metrics_inc
        # Operator words waiting in the outbox, unredacted, in memory only (GatewayState.outbox_text).
        self.outbox_text: dict[int, str] = {}
        self.executor = ThreadPoolExecutor(max_workers=8, thread_name_prefix="twilio-out")

    @property
    def fernet(self) -> handles.MultiFernet:
        return self._fernet_factory()

    def _record(self, db: Session, key: str, kind: str, message_id: int | None,
                sent: Sent | None, failure: SendFailed | None) -> None:
        if db.get(Conversation, key) is None:
            return  # erased meanwhile: keep nothing
        row = TwilioDelivery(conversation_key=key, kind=kind, message_id=message_id,
                             sid_hash=sid_hash(self.secret_key, sent.sid) if sent else None,
                             status=sent.status if sent else "failed",
                             error_code=str(failure.code or failure.status) if failure else None,
                             attempts=sent.attempts if sent else failure.attempts if failure else 0)
        db.add(row)
        try:
            db.flush()
        except IntegrityError:
            db.rollback()

    def _opted_out(self, db: Session, key: str) -> bool:
        flags = db.get(TwilioConversation, key)
        return bool(flags and flags.opted_out)

    def send_replies(self, key: str, address: str, bodies: Sequence[str]) -> int:
        """Sends bot replies in order (blocking). Returns how many Twilio accepted."""
        accepted = 0
        for body in bodies:
            with self.sessions() as db:
                if self._opted_out(db, key):
                    return accepted
            sent = failure = None
            try:
                sent = self.sender.send(address, body)
                accepted += 1
                self._inc("twilio_sent")
            except SendFailed as exc:
                failure = exc
                self._inc("twilio_send_failed")
                log.error("twilio send failed", extra={"http_status": exc.status, "error_code": exc.code})
            with self.sessions() as db:
                self._record(db, key, "reply", None, sent, failure)
                db.commit()
            if failure:
                break
        return accepted

    def submit_replies(self, key: str, address: str, bodies: Sequence[str]) -> Future:
        return self.executor.submit(self.send_replies, key, address, list(bodies))

    def deliver_operator_message(self, key: str, message_id: int, text: str) -> bool:
        """Sends an operator message now if the conversation came through Twilio and can be
        reached; otherwise it stays in the outbox for the person's next message."""
        if not self.settings.can_send:
            return False
        with self.sessions() as db:
            if self._opted_out(db, key) or not handles.exists(db, key):
                return False
            msg = db.get(Message, message_id)
            if msg is None:
                return False
            msg.delivered = True  # out of the outbox: Twilio has it (or it comes back on failure)
            db.commit()
        self.executor.submit(self._send_operator, key, message_id, text)
        return True

    def _send_operator(self, key: str, message_id: int, text: str) -> None:
        with self.sessions() as db:
            address = handles.recall(db, self.fernet, key)
            db.commit()
        sent = failure = None
        if address is None:
            failure = SendFailed(None, None, 0)
        else:
            try:
                sent = self.sender.send(address, text)
                self._inc("twilio_sent")
            except SendFailed as exc:
                failure = exc
                self._inc("twilio_send_failed")
                log.error("twilio send failed", extra={"http_status": exc.status, "error_code": exc.code})
        del address
        with self.sessions() as db:
            self._record(db, key, "operator", message_id, sent, failure)
            if failure and (msg := db.get(Message, message_id)) is not None:
                msg.delivered = False  # back to the outbox: it goes with the next reply
                self.outbox_text[message_id] = text
            db.commit()

    def update_status(self, sid: str, status: str, error_code: str | None) -> bool:
        """Applies a status callback; statuses never move backwards."""
        status = status.lower()
        with self.sessions() as db:
            row = db.scalars(select(TwilioDelivery).where(
                TwilioDelivery.sid_hash == sid_hash(self.secret_key, sid))).first()
            if row is None:
                return False
            if STATUS_RANK.get(status, -1) >= STATUS_RANK.get(row.status, -1):
                row.status = status[:16]
                row.error_code = (error_code or None) and error_code[:16]
                if status in FAILED and row.message_id is not None:
                    if (msg := db.get(Message, row.message_id)) is not None:
                        msg.delivered = False
            db.commit()
        self._inc(f"twilio_status_{status[:16]}")
        return True

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=False)


_lock = threading.Lock()


def for_state(state) -> Outbound:  # noqa: ANN001 (GatewayState; imported lazily by callers)
    """The gateway's Outbound, built once per GatewayState."""
    with _lock:
        outbound = vars(state).get("_twilio_outbound")
        if outbound is None:
            data_dir = state.settings.data_dir
            cache: dict[str, object] = {}

            def fernet() -> handles.MultiFernet:
                # Reloaded when `hotline handles rotate` replaces the key file.
                key_file = data_dir / handles.KEY_FILE
                stamp = key_file.stat().st_mtime_ns if key_file.exists() else None
                if "keyring" not in cache or cache["stamp"] != stamp:
                    cache["keyring"] = handles.keyring(data_dir)
                    cache["stamp"] = key_file.stat().st_mtime_ns if key_file.exists() else None
                return cache["keyring"]  # type: ignore[return-value]

            outbound = Outbound(get_twilio_settings(), state.sessions, state.settings.secret_key or "",
                                fernet, state.metrics.inc)
            outbound.outbox_text = getattr(state, "outbox_text", outbound.outbox_text)
            vars(state)["_twilio_outbound"] = outbound
        return outbound


def deliver_operator_message(state, key: str, message_id: int, text: str) -> bool:  # noqa: ANN001
    """Hook for the operator API: Twilio conversations get the message now."""
    return for_state(state).deliver_operator_message(key, message_id, text)
