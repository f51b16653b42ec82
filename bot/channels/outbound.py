"""Messages to people through Twilio's REST API: slow bot replies and operator messages.

Every message is recorded before it is sent: a `twilio_outbound_queue` row with the address
encrypted with the handle keys (Fernet) and the body sealed with the conversation's key (an
erasure destroys the key and the row with it: what was not sent is never sent). A thread claims the conversation's
oldest row, makes one request, and commits the outcome: accepted or refused, the row is
deleted and a `twilio_deliveries` row (HMAC of the SID, status) remains; 429, 5xx or no
connection put it back with exponential backoff, up to `TWILIO_SEND_ATTEMPTS` requests. A row
left `sending` by a process that died is taken up again by any gateway's sweeper once its
lease runs out; as that process may have died after Twilio accepted the message, the taker
first reads the person's newest messages from Twilio (Message list resource, To=) and records
the one it finds instead of sending it again (likewise after a send that got no answer). If
Twilio cannot be asked, it sends: twice is better than never. Status callbacks move deliveries
along (queued → sent → delivered/read, or failed/undelivered). Addresses and bodies are
decrypted just before sending (and compared with Twilio's), in memory only.

`TWILIO_API_BASE_URL` points the client elsewhere than api.twilio.com (a regional proxy, or
the local fake the tests run), `TWILIO_CONTENT_API_BASE_URL` likewise for content.twilio.com;
nothing else changes.

WhatsApp after its 24-hour window (bot/channels/whatsapp.py): an operator's reply is held in the
outbox and a `template` row is queued instead, sent with ContentSid and ContentVariables.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import random
import re
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import requests
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from cryptography.fernet import InvalidToken
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from bot.channels import queue
from bot.channels import twilio as channel
from bot.channels import whatsapp
from bot.db.base import utcnow
from bot.db.channels import OutboundQueueItem, TwilioConversation, TwilioDelivery
from bot.db.models import Conversation, Message
from bot.gateway import store
from bot.gateway.outbox import Outbox
from bot.gateway.state import GatewayState
from bot.privacy import handles
from bot.privacy.datakeys import vault_of
from bot.settings import CONTENT_API, TWILIO_API, TwilioSettings, get_twilio_settings

log = logging.getLogger("hotline.twilio.outbound")
# The twilio library logs request parameters (To, Body) at INFO: never let them through.
_quiet = logging.getLogger("hotline.twilio.http")
_quiet.setLevel(logging.WARNING)
_quiet.propagate = False

STATUS_RANK = {"accepted": 0, "scheduled": 0, "queued": 0, "sending": 1, "sent": 2,
               "undelivered": 3, "failed": 3, "delivered": 4, "read": 5}
FAILED = frozenset({"failed", "undelivered"})
DRAIN_WAIT = 5.0  # a retry due within this many seconds is waited for by the sending thread
NO_ANSWER = "no_answer"  # last_error of a send that got no HTTP answer: Twilio may have it anyway
UNSURE = frozenset({queue.LOST, NO_ANSWER})  # rows whose message may already have gone out
LOOKUP_LIMIT = 20  # the person's newest messages read to find one whose send was never recorded
_VARIABLE = re.compile(r"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")


class SendFailed(Exception):
    def __init__(self, status: int | None, code: int | None, attempts: int) -> None:
        super().__init__(f"twilio send failed: http {status}, code {code}")
        self.status, self.code, self.attempts = status, code, attempts
        self.retryable = False


@dataclass(frozen=True)
class Sent:
    sid: str
    status: str
    attempts: int


@dataclass(frozen=True)
class Found:
    """A message Twilio already has (Message list resource): no body, only what is recorded."""
    sid: str
    status: str
    error_code: str | None


class _HttpClient(TwilioHttpClient):
    """The twilio HTTP client, aimed at `base_url` (and the Content API at `content_base_url`),
    with its request logging silenced."""

    def __init__(self, base_url: str, timeout: float, content_base_url: str = CONTENT_API) -> None:
        super().__init__(timeout=timeout, logger=_quiet)
        self.bases = {TWILIO_API: base_url.rstrip("/"), CONTENT_API: content_base_url.rstrip("/")}

    def request(self, method, url, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN201
        for default, base in self.bases.items():
            if base != default and url.startswith(default):
                url = base + url[len(default):]
        return super().request(method, url, *args, **kwargs)


def client_for(settings: TwilioSettings, timeout: float = 10.0) -> Client:
    """A twilio REST client for these settings (base URLs, quiet logging)."""
    return Client(settings.account_sid, settings.auth_token, account_sid=settings.account_sid,
                  http_client=_HttpClient(settings.api_base_url, timeout, settings.content_api_base_url))


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
                self._client = client_for(self.settings)
            return self._client

    def _origin(self, to: str) -> dict[str, str]:
        s = self.settings
        own = s.whatsapp_from if channel.is_whatsapp(to) else s.sms_from
        if own:
            return {"from_": own}
        if s.messaging_service_sid:
            return {"messaging_service_sid": s.messaging_service_sid}
        raise SendFailed(None, None, 0)

    def send_once(self, to: str, body: str, attempt: int = 1) -> Sent:
        """One request to Twilio; SendFailed says whether it is worth another try."""
        return self._create({"to": to, "body": body}, attempt)

    def send_template_once(self, to: str, template: dict, attempt: int = 1) -> Sent:
        """An approved template: Messages API with ContentSid and ContentVariables (a JSON
        string) instead of Body, as Twilio documents for WhatsApp outside the 24-hour window
        (https://www.twilio.com/docs/content/send-templates-created-with-the-content-template-builder)."""
        kwargs = {"to": to, "content_sid": template["content_sid"]}
        if template.get("variables"):
            kwargs["content_variables"] = json.dumps(template["variables"], ensure_ascii=False)
        return self._create(kwargs, attempt)

    def _create(self, message: dict, attempt: int) -> Sent:
        s = self.settings
        kwargs = {**message, **self._origin(message["to"])}
        if s.public_base_url:
            kwargs["status_callback"] = s.public_url("/channels/twilio/status")
        try:
            msg = self.client().messages.create(**kwargs)
        except (TwilioRestException, requests.RequestException) as exc:
            raise self._failed(exc, attempt) from None
        return Sent(sid=msg.sid, status=msg.status or "queued", attempts=attempt)

    def _failed(self, exc: Exception, attempt: int) -> SendFailed:
        # A list page that fails is a bare TwilioException(message, response).
        response = exc.args[1] if isinstance(exc, TwilioException) and len(exc.args) > 1 else None
        failure = SendFailed(getattr(exc, "status", None) or getattr(response, "status_code", None),
                             getattr(exc, "code", None), attempt)
        failure.retryable = _retryable(exc)
        return failure

    def find_sent(self, to: str, text: str, since: datetime, attempt: int = 1) -> list[Found]:
        """Messages sent to `to` through the REST API with this text, created at or after
        `since` (naive UTC; Twilio dates to the second), newest first. Bodies are compared in
        memory, never kept. SendFailed when Twilio cannot be asked."""
        since = since.replace(microsecond=0, tzinfo=timezone.utc)
        try:
            newest = self.client().messages.list(to=to, limit=LOOKUP_LIMIT)
        except (TwilioException, requests.RequestException) as exc:
            raise self._failed(exc, attempt) from None
        return [Found(m.sid, str(m.status or "queued"), None if m.error_code is None else str(m.error_code))
                for m in newest if m.direction == "outbound-api" and m.body == text
                and m.date_created is not None and m.date_created >= since]

    def template_text(self, template: dict, attempt: int = 1) -> str | None:
        """The Body Twilio gives a message sent with this template: its text (Content API) with
        the variables put in; None if it has no text. SendFailed when Twilio cannot be asked."""
        try:
            content = self.client().content.v1.contents(template["content_sid"]).fetch()
        except (TwilioException, requests.RequestException) as exc:
            raise self._failed(exc, attempt) from None
        text = next((t["body"] for t in (content.types or {}).values() if isinstance(t, dict) and t.get("body")),
                    None)
        values = {**(content.variables or {}), **(template.get("variables") or {})}
        return None if text is None else _VARIABLE.sub(lambda m: str(values.get(m.group(1), m.group(0))), text)

    def send(self, to: str, body: str) -> Sent:
        """Sends with up to `send_attempts` tries and exponential backoff, in this thread."""
        s = self.settings
        for attempt in range(1, s.send_attempts + 1):
            try:
                return self.send_once(to, body, attempt)
            except SendFailed as exc:
                if not exc.retryable or attempt == s.send_attempts:
                    raise
                log.warning("twilio send retry", extra={"http_status": exc.status, "attempt": attempt})
                self.sleep(backoff(s.retry_base, attempt))
        raise AssertionError("unreachable")


def backoff(base: float, attempt: int) -> float:
    """Exponential, with a little jitter so that retries of many messages spread out."""
    delay = base * 2 ** (attempt - 1)
    return delay + random.uniform(0, delay / 4)


class Outbound:
    """Delivery of messages for one gateway: sender, worker threads, delivery records."""

    def __init__(self, settings: TwilioSettings, sessions: sessionmaker, secret_key: str,
                 fernet_factory: Callable[[], handles.MultiFernet], metrics_inc: Callable[[str], None],
                 outbox: Outbox | None = None) -> None:
        self.settings = settings
        self.sender = TwilioSender(settings)
        self.sessions = sessions
        self.secret_key = secret_key
        self._fernet_factory = fernet_factory
        self._inc = metrics_inc
        self.outbox = outbox if outbox is not None else Outbox()  # a failed operator message goes back to it
        self.executor = ThreadPoolExecutor(max_workers=8, thread_name_prefix="twilio-out")
        self._drain_lock = threading.Lock()
        self._draining: set[str] = set()  # conversations a thread of this process is sending
        self._dirty: set[str] = set()  # ... with rows added since that thread last looked

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

    # ------------------------------------------------------------------ durable sends
    def enqueue(self, db: Session, key: str, address: str, bodies: Sequence[str], kind: str = "reply",
                message_id: int | None = None) -> int:
        """Records messages to send, in order, in the caller's transaction (not committed).
        The address is encrypted with the handle keys, the bodies sealed with the conversation's
        key: nothing readable at rest."""
        token = self.fernet.encrypt(address.encode()).decode()
        key_id, sealed = vault_of(db).seal_many(db, key, list(bodies))
        now = utcnow()
        for body in sealed:
            db.add(OutboundQueueItem(conversation_key=key, kind=kind, message_id=message_id, key_id=key_id,
                                     address_token=token, body_token=body,
                                     status="pending", attempts=0, lease_until=now))
        db.flush()
        return len(bodies)

    def kick(self, key: str) -> None:
        """Sends what is waiting for this conversation now, in a worker thread."""
        with self._drain_lock:
            self._dirty.add(key)
            if key in self._draining:
                return  # the running drain looks again before it stops
            self._draining.add(key)
        try:
            self.executor.submit(self._drain, key)
        except RuntimeError:  # shutting down: the next start's sweeper sends it
            with self._drain_lock:
                self._draining.discard(key)

    def sweep(self) -> int:
        """Conversations with rows due (left by a dead process, or waiting for a retry)."""
        with self.sessions() as db:
            keys = {db.get(OutboundQueueItem, i).conversation_key
                    for i in queue.due(db, queue.OUTBOUND, utcnow(), limit=100)}
        for key in keys:
            self.kick(key)
        return len(keys)

    def _drain(self, key: str) -> None:
        try:
            while True:
                with self._drain_lock:
                    self._dirty.discard(key)
                with self.sessions() as db:
                    now = utcnow()
                    ids = queue.due(db, queue.OUTBOUND, now, limit=1, conversation_key=key)
                    later = None if ids else queue.next_due(db, queue.OUTBOUND, key)
                if ids:
                    self._attempt(ids[0])
                    continue
                wait = (later - now).total_seconds() if later else None
                if wait is not None and wait <= DRAIN_WAIT:
                    time.sleep(max(wait, 0.01))  # a retry due soon: this thread keeps it
                    continue
                with self._drain_lock:
                    if key not in self._dirty:
                        self._draining.discard(key)
                        return
        except Exception as exc:  # noqa: BLE001 - the sweeper takes the rows up again
            log.error("twilio outbound drain failed", extra={"error_type": type(exc).__name__})
            with self._drain_lock:
                self._draining.discard(key)

    def _attempt(self, row_id: int) -> None:
        """One send of one recorded message; the row's state is committed before and after."""
        s = self.settings
        with self.sessions() as db:
            row = queue.claim(db, queue.OUTBOUND, row_id, utcnow(), s.queue_lease)
            if row is None:
                return
            claimed = time.monotonic()
            key, kind, message_id, token = row.conversation_key, row.kind, row.message_id, row.attempts
            unsure, created = row.last_error in UNSURE, row.created_at
            if self._opted_out(db, key):
                queue.finish(db, queue.OUTBOUND, row_id, token)
                db.commit()
                self._inc("twilio_outbound_dropped_opted_out")
                return
            try:
                address = self.fernet.decrypt(row.address_token.encode()).decode()
                body = (vault_of(db).open(db, row.key_id, row.body_token) if row.key_id is not None
                        else self.fernet.decrypt(row.body_token.encode()).decode())  # from before 0008
            except InvalidToken:  # keys rotated: nobody can read it any more
                address = body = None
            if body is None:
                address = None
        sent = failure = found = None
        if address is None:
            failure = SendFailed(None, None, token)
        elif unsure and (found := self._already_sent(address, kind, body, created, token)) is not None:
            sent = Sent(found.sid, "queued", token)  # recorded as accepted; its status follows below
        else:
            try:
                if kind == "template":
                    sent = self.sender.send_template_once(address, json.loads(body), token)
                else:
                    sent = self.sender.send_once(address, body, token)
            except SendFailed as exc:
                failure = exc
        del address
        # Twilio has the message now (or refused it): the outcome must be recorded, or the row,
        # still `sending`, would be sent again once its lease runs out. The database may be away
        # for a moment (a restart): try again until shortly before the lease ends.
        deadline = claimed + s.queue_lease * 0.8
        while True:
            try:
                self._settle(row_id, token, key, kind, message_id, body, sent, failure)
                break
            except Exception as exc:  # noqa: BLE001 - SQLAlchemy's errors, whatever the driver
                if time.monotonic() > deadline:
                    raise
                log.warning("twilio outbound outcome not recorded yet", extra={"error_type": type(exc).__name__})
                time.sleep(0.5)
        if found is not None and found.status != "queued":  # its callbacks came while nothing was recorded
            self.update_status(found.sid, found.status, found.error_code)

    def _already_sent(self, address: str, kind: str, body: str, created: datetime, token: int) -> Found | None:
        """A row whose earlier try may have reached Twilio (its worker died sending it, or the
        send got no answer): the message Twilio already has, if there is one, else None (send
        it). The oldest match that no other row recorded: the rows of a conversation go one at
        a time, so that one is this row's. A lookup that fails sends: twice is better than never."""
        try:
            text = self.sender.template_text(json.loads(body), token) if kind == "template" else body
            found = self.sender.find_sent(address, text, created, token) if text is not None else []
        except SendFailed as exc:
            self._inc("twilio_outbound_lookup_failed")
            log.warning("twilio outbound lookup failed, sending", extra={"http_status": exc.status})
            return None
        hashes = {sid_hash(self.secret_key, f.sid): f for f in found}
        with self.sessions() as db:
            known = set(db.scalars(select(TwilioDelivery.sid_hash).where(TwilioDelivery.sid_hash.in_(hashes))))
        mine = [f for h, f in hashes.items() if h not in known]
        if not mine:
            return None
        self._inc("twilio_outbound_already_sent")
        log.warning("twilio outbound already sent, recorded", extra={"attempt": token})
        return mine[-1]

    def _settle(self, row_id: int, token: int, key: str, kind: str, message_id: int | None, body: str | None,
                sent: Sent | None, failure: SendFailed | None) -> None:
        """Commits the outcome of one send: released for a retry, or done and recorded."""
        s = self.settings
        with self.sessions() as db:
            if failure is not None and failure.retryable and token < s.send_attempts:
                retry_at = utcnow() + timedelta(seconds=backoff(s.retry_base, token))
                error = str(failure.status)[:32] if failure.status else NO_ANSWER  # no answer: it may have gone
                queue.release(db, queue.OUTBOUND, row_id, token, retry_at, error)
                self._inc("twilio_send_retry")
                log.warning("twilio send retry", extra={"http_status": failure.status, "attempt": token})
                return
            if not queue.finish(db, queue.OUTBOUND, row_id, token):
                self._inc("twilio_outbound_lease_lost")  # held past its lease: say so, keep the outcome
                log.warning("twilio outbound lease lost", extra={"queue_id": row_id})
            self._record(db, key, kind, message_id, sent, failure)
            if failure is not None:
                self._inc("twilio_send_failed")
                log.error("twilio send failed", extra={"http_status": failure.status, "error_code": failure.code,
                                                       "attempt": token})
                if kind == "operator" and message_id is not None and body is not None \
                        and (msg := db.get(Message, message_id)) is not None:
                    msg.delivered = False  # back to the outbox: it goes with the next reply
                    self.outbox.hold(message_id, body)
            else:
                self._inc("twilio_sent")
            db.commit()

    def deliver_operator_message(self, key: str, message_id: int, text: str) -> bool:
        """Sends an operator message now if the conversation came through Twilio and can be
        reached; otherwise it stays in the outbox for the person's next message. On WhatsApp
        after the 24-hour window it stays there too, and one approved template asks the
        person to reply (bot/channels/whatsapp.py)."""
        if not self.settings.can_send:
            return False
        with self.sessions() as db:
            if self._opted_out(db, key):
                return False
            flags = db.get(TwilioConversation, key)
            if flags is not None and flags.window_ends_at is not None and store.open_handoff(db, key) is None:
                handles.shorten(db, key, flags.window_ends_at + whatsapp.MARGIN)  # the hold ends with the handoff
            if whatsapp.closed(flags):
                announced = self._announce(db, key, message_id)
                db.commit()
                if announced:
                    self.kick(key)
                return False  # held: it goes out with the person's answer
            if not handles.exists(db, key):
                db.commit()
                return False
            msg = db.get(Message, message_id)
            address = handles.recall(db, self.fernet, key)
            if msg is None or address is None:
                db.commit()
                return False
            msg.delivered = True  # out of the outbox: Twilio has it (or it comes back on failure)
            self.enqueue(db, key, address, [text], kind="operator", message_id=message_id)
            db.commit()
        self.kick(key)
        return True

    def _announce(self, db: Session, key: str, message_id: int | None) -> bool:
        """WhatsApp, past the window: queues the approved template for an operator's message
        while the handoff is open, once (the handle goes with it). False when nothing is sent."""
        msg = db.get(Message, message_id) if message_id is not None else None
        handoff = store.open_handoff(db, key)
        if msg is None or msg.author != "operator" or handoff is None:
            return False  # the closing note waits for the person's next message like any other
        template = whatsapp.template_for(self.settings, handoff.language)
        if template is None:
            self._inc("twilio_template_missing")
            log.warning("no whatsapp template for the language", extra={"language": handoff.language})
            return False
        address = handles.recall(db, self.fernet, key)
        if address is None:  # announced already (or the hold is over): the answer brings a handle
            return False
        self.enqueue(db, key, address, [json.dumps(template.payload())], kind="template")
        handles.forget(db, key)  # its one use after the window
        self._inc("twilio_template_queued")
        return True

    def update_status(self, sid: str, status: str, error_code: str | None) -> bool:
        """Applies a status callback; statuses never move backwards. A WhatsApp message refused
        for being outside the 24-hour window (63016) closes the window here too, and an
        operator's message goes back to the outbox behind a template."""
        status = status.lower()
        announce: tuple[str, int] | None = None
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
                if status in FAILED and error_code == whatsapp.OUTSIDE_WINDOW:
                    whatsapp.close(db, row.conversation_key)
                    if row.kind == "operator" and row.message_id is not None:
                        announce = (row.conversation_key, row.message_id)
            db.commit()
        if announce is not None:
            with self.sessions() as db:
                announced = self._announce(db, *announce)
                db.commit()
            if announced:
                self.kick(announce[0])
        self._inc(f"twilio_status_{status[:16]}")
        return True

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=False)


def build(state: GatewayState) -> Outbound:
    """The gateway's Outbound (one per GatewayState: its Twilio channel holds it)."""
    return Outbound(get_twilio_settings(), state.sessions, state.settings.secret_key or "",
                    keyring_loader(state.settings.data_dir), state.metrics.inc, state.outbox)


def keyring_loader(data_dir: Path, load: Callable[[Path], handles.MultiFernet] = handles.keyring
                   ) -> Callable[[], handles.MultiFernet]:
    """The handle keyring, reloaded when `hotline handles rotate` replaces the key file. The
    stamp and the keyring are one entry, replaced at once: webhooks on several threads read it
    while one reloads it (two separate keys once gave a reader the keyring without its stamp)."""
    cache: dict[str, tuple[int | None, handles.MultiFernet]] = {}
    key_file = data_dir / handles.KEY_FILE

    def stamp() -> int | None:
        return key_file.stat().st_mtime_ns if key_file.exists() else None

    def fernet() -> handles.MultiFernet:
        entry = cache.get("keyring")
        if entry is None or entry[0] != stamp():
            entry = (stamp(), load(data_dir))
            cache["keyring"] = entry
        return entry[1]

    return fernet
