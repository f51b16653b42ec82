"""The durable inbound queue: every Twilio message is stored before the webhook answers.

- `enqueue` (webhook): one transaction adds the MessageSid HMAC (`twilio_inbound`, the
  idempotency key) and a `twilio_inbound_queue` row (pseudonym, encrypted address, redacted
  text). A retried webhook hits the unique HMAC and is acknowledged without a second row.
- Fast path: the webhook claims its own row at once and runs the turn; a reply ready within
  the budget goes back as TwiML, a later one through the REST API. Either way the row is
  deleted when the turn is done (the REST replies are recorded in the same transaction).
- `InboundWorker.loop` (every gateway process): claims rows still queued after the budget
  (a person's earlier message was still open) or still working past their lease (a worker
  died) and runs them, replying through the REST API.
- Exactly once: the row's id goes to Rasa in the message metadata (`inbound_id`); on a retry
  the Rasa tracker is read first, and a message Rasa already processed is not sent again:
  the bot replies that followed it are sent instead.
- After `TWILIO_QUEUE_ATTEMPTS` failed tries a row is dead: its address is dropped, the
  person gets the fallback message (emergency number), operators see it in
  `GET /api/inbound/dead` and `/healthz`, and it is counted and logged (no text, no address).
"""
from __future__ import annotations

import asyncio
import functools
import hashlib
import hmac
import json
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from cryptography.fernet import InvalidToken
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from bot.channels import outbound as outbound_mod
from bot.channels import queue
from bot.channels import twilio as tw
from bot.channels import whatsapp
from bot.channels.models import InboundQueueItem, TwilioConversation, TwilioReply
from bot.channels.twilio_settings import get_twilio_settings
from bot.db.base import utcnow
from bot.db.session import make_engine, make_sessionmaker
from bot.emergency import country_from_number
from bot.gateway import store
from bot.gateway.dialogue import Dialogue, InboundResult, Prepared
from bot.gateway.state import GatewayState
from bot.privacy import handles
from bot.privacy.datakeys import Key, Vault
from bot.privacy.pseudonym import pseudonym
from bot.privacy.redaction import redact
from bot.privacy.retention import REPLY_SECONDS
from bot.safety import is_safety_word
from bot.text import paging

try:  # the service directory's gazetteer names the place near a shared location
    from services.places import nearest_place
except ImportError:  # pragma: no cover - directory not installed
    nearest_place = None

log = logging.getLogger("hotline.twilio.queue")

MEDIA_NOTE = "[MEDIA]"  # what the operator sees when the person sent a file during a handoff
SWEEP_BATCH = 8  # rows one process runs at once from the sweeper
RENEW_LIMIT = 3  # leases a running turn may keep its row for
REPLAY_SECONDS = REPLY_SECONDS  # how long TwiML replies are kept for a retried webhook
DEAD_PURGE_EVERY = 3600.0  # seconds between deletions of dead letters past retention


def inbound_digest(secret: str, message_sid: str) -> str:
    """The MessageSid as stored: an HMAC (the SID leads to the person in Twilio's console)."""
    return hmac.new(secret.encode(), b"twilio-inbound:" + message_sid.encode(), hashlib.sha256).hexdigest()


# Dialogue failures a later try can mend: nothing answered, or nginx found no live Rasa replica
# (refused or dropped: a replica died mid-turn), or Rasa failed (its tracker store or lock store
# was away), or the gateway's own database failed. The retry reads Rasa's tracker first, so a
# turn Rasa did complete is not run twice. Not a timeout: Rasa may still be running that turn,
# and sending it again would run it twice: that answers with the fallback at once.
# An empty reply is retried too: Rasa's REST channel answers 200 with nothing both when the
# action servers are down (Rasa took the message: the retry finds it in the tracker and sends
# the fallback) and when Rasa itself failed before storing the turn (its lock store, Redis, or
# its tracker store was away: the retry sends the message again).
RETRYABLE = frozenset({"unreachable", "http_500", "http_502", "http_503", "gateway_error", "empty_reply"})
# The Rasa replica died mid-turn (nginx: 502; direct: the connection dropped). With Rasa's Redis
# lock store its ticket outlives it, and the conversation stays locked until the ticket expires:
# the retry waits for that rather than time out behind it and answer with the fallback.
REPLICA_DIED = frozenset({"unreachable", "http_502"})


# Rasa timed out. Its web server drops a turn whose caller has gone (the message is then not in
# the tracker), so the retry can send it again; if Rasa did finish it, the retry's tracker check
# sends the replies that followed instead. The person gets the fallback at once, through the
# REST API, and the real answer when a retry succeeds: never a minute of silence, never a
# disclosure left unprocessed. Not without REST credentials: then only the fallback, at once.
TIMEOUT = "timeout"
# Waited too long for a slot towards Rasa (backpressure, bot/gateway/rasa.py): Rasa never saw
# the message; handled as a timeout.
LATE = frozenset({TIMEOUT, "busy"})


class TurnFailed(Exception):
    """A try failed in a way a retry can mend (`kind`: no text, safe to log). `fallback`: a
    message to send the person now, while the retry waits."""

    def __init__(self, kind: str, fallback: str | None = None) -> None:
        super().__init__(kind)
        self.kind = kind
        self.fallback = fallback


class QueueDialogue(Dialogue):
    """The dialogue for one queued message. While tries remain, a failure in RETRYABLE raises
    TurnFailed (the queue tries again with backoff) instead of answering with the fallback;
    the last try answers with the fallback, as the simulator does at once: never silence."""

    def __init__(self, state: GatewayState, job: Job, can_retry: bool, can_send: bool = False) -> None:
        super().__init__(state)
        self.job = job
        self.can_retry = can_retry
        self.can_send = can_send  # REST credentials: a fallback can go out apart from the TwiML

    @property
    def fallback_sent(self) -> bool:
        return self.job.fallback_sent  # an earlier try timed out and sent it

    def _prepared_before(self) -> Prepared | None:
        if not self.job.prepared:
            return None
        try:
            return Prepared.loads(self.job.prepared)
        except (ValueError, KeyError, TypeError):  # written by another version: prepare again
            return None

    def _keep(self, db: Session, prepared: Prepared) -> None:
        m = InboundQueueItem
        value, key_id = prepared.dumps(), self.job.key_id
        if key_id is not None:  # sealed like the row's text (a row from before 0008 has no key)
            aes = self.state.vault.keys(db, [key_id]).get(key_id)
            if aes is None:
                return  # erased meanwhile: keep nothing
            value = Vault.seal_with(Key(key_id, aes), value)
        db.execute(update(m).where(m.id == self.job.id, m.attempts == self.job.token)
                   .values(prepared=value).execution_options(synchronize_session=False))

    async def handle(self, key: str, channel: str, text: str,
                     metadata: dict[str, Any] | None = None) -> InboundResult:
        try:
            return await self._handle(key, channel, text, metadata)
        except TurnFailed:
            raise
        except Exception as exc:  # noqa: BLE001 - as Dialogue.handle, unless a retry can mend it
            if self.can_retry:
                raise TurnFailed("gateway_error") from exc
            log.exception("inbound message failed", extra={"error_type": type(exc).__name__})
            return self._failed(key, None, None, "gateway_error")

    def _failed(self, key: str, lang: str | None, country: str | None, kind: str,
                delayed: bool = False) -> InboundResult:
        if self.can_retry and kind in RETRYABLE:
            self.state.metrics.inc(f"dialogue_retry_{kind}")
            raise TurnFailed(kind)
        if kind in LATE and self.can_send and self.can_retry:
            self.state.metrics.inc(f"dialogue_retry_{kind}")
            if self.fallback_sent:
                raise TurnFailed(kind)
            # Recorded, and in the transcript; it says the answer will follow, and it does.
            result = super()._failed(key, lang, country, kind, delayed=True)
            raise TurnFailed(kind, fallback=result.replies[0])
        if self.fallback_sent:  # the last try: the person already has the fallback
            self.state.metrics.inc(f"dialogue_failure_{kind}")
            return InboundResult([], lang or "es")
        return super()._failed(key, lang, country, kind)


def _once_more_if_disconnected(fn, *args):  # noqa: ANN001, ANN202
    """Ack-lane work whose connection turned out dead (PostgreSQL restarted) runs once more on
    a new one: its transaction was rolled back, or (if the commit's answer was lost) the retry
    finds the work done (a known MessageSid, a row already claimed or closed)."""
    try:
        return fn(*args)
    except DBAPIError as exc:
        if not exc.connection_invalidated:
            raise
        return fn(*args)


@dataclass
class Job:
    """A claimed row, with the address decrypted (in memory only)."""

    id: int
    token: int  # the claim's attempt number: also its fencing token
    key: str
    channel: str
    address: str | None
    text: str
    truncated: bool
    num_media: int
    opt_out_type: str | None
    latitude: float | None
    longitude: float | None
    sid_hash: str
    last_error: str | None = None  # the previous try's failure
    prepared: str | None = None  # what an earlier try made ready for Rasa (QueueDialogue)
    key_id: int | None = None  # the conversation key the row's words are sealed with

    @property
    def fallback_sent(self) -> bool:
        """An earlier try timed out and sent the person the fallback (TIMEOUT is sticky)."""
        return self.last_error == TIMEOUT

    @property
    def inbound_id(self) -> str:
        return "tw-" + self.sid_hash[:32]

    @property
    def retry(self) -> bool:
        return self.token > 1

    def message(self) -> tw.Inbound:
        return tw.Inbound(message_sid="", account_sid="", sender=self.address or "", to="", body=self.text,
                          channel=self.channel, num_media=self.num_media, latitude=self.latitude,
                          longitude=self.longitude, opt_out_type=self.opt_out_type)


class TwilioTurn:
    """One queued inbound message through to the bodies to send back."""

    def __init__(self, state: GatewayState, dialogue: Dialogue, job: Job) -> None:
        self.state, self.dialogue, self.job = state, dialogue, job
        self.msg = job.message()
        self.key = job.key
        self.outbound = outbound_mod.for_state(state)

    def _flags(self, db: Session, create: bool = False) -> TwilioConversation | None:
        flags = db.get(TwilioConversation, self.key)
        if flags is None and create:
            store.get_or_create_conversation(db, self.key, self.msg.channel)
            flags = TwilioConversation(conversation_key=self.key, opted_out=False)
            db.add(flags)
            db.flush()
        return flags

    async def run(self) -> list[str]:
        # Database work runs in worker threads: the event loop stays free to send acks on time.
        verdict, bodies = await run_in_threadpool(self._gate)
        msg = self.msg
        if verdict == "done":
            return bodies
        if verdict == "erase_silently":  # opted out, but erasure still works, without a reply
            await self.dialogue.handle(self.key, msg.channel, msg.text)
            return []
        if msg.media_only:
            return await run_in_threadpool(self._media_only)
        notes = ["utter_media_unsupported"] if msg.num_media else []
        if self.job.truncated:
            notes.append("utter_message_truncated")
        if self.job.retry and (recovered := await self._recover()) is not None:
            self.state.metrics.inc("twilio_inbound_recovered")
            # The try that timed out never stored Rasa's late answer: the transcript gets it now.
            return await run_in_threadpool(self._finish, recovered, notes, True)
        text, metadata = msg.text, {"inbound_id": self.job.inbound_id}
        if country := country_from_number(msg.sender):  # the number itself goes no further
            metadata["country"] = country
        if msg.has_location:
            metadata["location"] = {"lat": msg.latitude, "lon": msg.longitude}
            if not text:
                text = self._place_text()
                text = redact(text) or text
        result = await self.dialogue.handle(self.key, msg.channel, text, metadata=metadata)
        return await run_in_threadpool(self._finish, result, notes)

    async def _recover(self) -> InboundResult | None:
        """If Rasa already processed this message (a worker died after sending it), the bot
        replies that followed it, from the tracker; None if Rasa never saw it. Raises when the
        tracker cannot be read: sending blindly could process the message twice."""
        rasa = self.state.rasa
        tracker = await rasa.tracker(self.key)
        events = tracker.get("events") or []
        start = next((i for i, e in enumerate(events) if e.get("event") == "user"
                      and (e.get("metadata") or {}).get("inbound_id") == self.job.inbound_id), None)
        if start is None:
            return None
        lang, country = await run_in_threadpool(self._language)
        texts, after = [], events[start + 1:]
        turn_lang = (events[start].get("metadata") or {}).get("language") or lang or "es"
        slots = tracker.get("slots") or {}
        for i, event in enumerate(after):
            kind = event.get("event")
            if kind == "user":
                break
            if kind == "bot" and event.get("text"):
                texts.append(event["text"])
            elif kind == "action" and str(event.get("name", "")).startswith("utter_") \
                    and (after[i + 1] if i + 1 < len(after) else {}).get("event") != "bot":
                # Rasa ran the response but lost its text (its NLG call failed, e.g. while the
                # database restarted): the gateway renders it as the NLG endpoint would have.
                self.state.metrics.inc("twilio_response_rerendered")
                texts.append(await run_in_threadpool(self.dialogue.response, event["name"], turn_lang, slots,
                                                     self.key))
        if not texts and not self.job.fallback_sent:
            texts = [self.dialogue.fallback(lang, country)]  # as the dialogue would have
        return InboundResult(texts, lang or "es")

    def _language(self) -> tuple[str | None, str | None]:
        with self.state.sessions() as db:
            conv = db.get(store.Conversation, self.key)
            return (conv.language, conv.country) if conv else (None, None)

    def _gate(self) -> tuple[str, list[str]]:
        """Opt-out keywords and state, and "more": ("done", bodies), or what to do next."""
        msg, inc = self.msg, self.state.metrics.inc
        kw = tw.keyword(msg.text, msg.opt_out_type)
        with self.state.sessions() as db:
            if kw is tw.Keyword.OPT_OUT:
                flags = self._flags(db, create=True)
                flags.opted_out, flags.more_text = True, None
                handles.forget(db, self.key)
                db.commit()
                inc("twilio_opt_out")
                return "done", []  # Twilio confirms the opt-out itself; the bot stays silent
            flags = self._flags(db)
            if flags is not None and flags.opted_out:
                if kw is tw.Keyword.OPT_IN:
                    flags.opted_out = False
                    db.commit()
                    inc("twilio_opt_in")
                    return "done", []
                if is_safety_word(msg.text):
                    return "erase_silently", []
                inc("twilio_opted_out_ignored")
                return "done", []
            if msg.text == paging.MORE_PAGES and flags is not None and flags.more_text:
                return "done", self._more(db, flags)
        return "dialogue", []

    def _finish(self, result: InboundResult, notes: list[str], record: bool = False) -> list[str]:
        if result.erased:
            return self._format(result.replies, result.language, store_rest=False)
        with self.state.sessions() as db:
            if record and result.replies and db.get(store.Conversation, self.key) is not None:
                store.add_texts(db, self.key, "out", "bot", result.replies)
            outbox = [self.state.outbox_text.pop(m.id, m.text) for m in store.take_outbox(db, self.key)]
            self._remember(db)
            db.commit()
        replies = outbox + [self.dialogue.render(n, result.language) for n in notes] + result.replies
        return self._format(replies, result.language)

    def _place_text(self) -> str:
        place = nearest_place(self.msg.latitude, self.msg.longitude) if nearest_place else None
        return place.name if place else f"{self.msg.latitude}, {self.msg.longitude}"

    def _more_text(self, db: Session, flags: TwilioConversation) -> str:
        return self.state.vault.open(db, flags.key_id, flags.more_text) or ""

    def _keep_more(self, db: Session, flags: TwilioConversation, rest: str | None) -> None:
        """The rest of a long reply, sealed (it may carry an operator's unredacted words)."""
        if rest:
            flags.key_id, flags.more_text = self.state.vault.seal(db, self.key, rest)
        else:
            flags.key_id, flags.more_text = None, None

    def _remember(self, db: Session) -> None:
        if self.msg.sender and db.get(store.Conversation, self.key) is not None:
            ttl = handles.TTL
            if self.msg.channel == "whatsapp":
                whatsapp.opened(db, self.key)  # the person wrote: 24 hours of free replies again
                if store.open_handoff(db, self.key) is not None:  # an operator may answer after them
                    ttl = max(ttl, whatsapp.hold_for(self.outbound.settings))
            handles.remember(db, self.outbound.fernet, self.key, self.msg.sender, ttl)

    def _media_only(self) -> list[str]:
        """Files are never downloaded: say what the line can read, and offer a person."""
        with self.state.sessions() as db:
            conv = store.get_or_create_conversation(db, self.key, self.msg.channel)
            lang = conv.language
            if handoff := store.open_handoff(db, self.key):
                store.add_message(db, self.key, "in", "person", MEDIA_NOTE, handoff.id)
            else:
                conv.pending_menu = "main"  # "1" then reaches a person, "0" is an emergency
            outbox = [self.state.outbox_text.pop(m.id, m.text) for m in store.take_outbox(db, self.key)]
            self._remember(db)
            db.commit()
        self.state.metrics.inc("twilio_media_only")
        return self._format(outbox + [self.dialogue.render("utter_media_unsupported", lang)], lang)

    def _more(self, db: Session, flags: TwilioConversation) -> list[str]:
        conv = db.get(store.Conversation, self.key)
        lang = conv.language if conv else None
        page, rest = paging.paginate(self._more_text(db, flags), self._more_note(lang))
        self._keep_more(db, flags, rest)
        self._remember(db)
        db.commit()
        return [page]

    def _more_note(self, lang: str | None) -> str:
        return self.dialogue.render("utter_more", lang, number=paging.MORE_PAGES)

    def _format(self, replies: list[str], lang: str | None, store_rest: bool = True) -> list[str]:
        replies = [r for r in replies if r and r.strip()]
        if not replies:
            return []
        if self.msg.channel == "whatsapp":
            return [chunk for r in replies for chunk in tw.whatsapp_chunks(r)]
        page, rest = paging.paginate(replies, self._more_note(lang))  # pages break between replies
        if store_rest:
            with self.state.sessions() as db:
                if rest or db.get(TwilioConversation, self.key) is not None:
                    flags = self._flags(db, create=True)
                    self._keep_more(db, flags, rest)
                    db.commit()
        return [page]


class InboundWorker:
    """The queue for one gateway process: enqueue, claim, run, finish, retry, sweep."""

    def __init__(self, state: GatewayState) -> None:
        self.state = state
        self.settings = get_twilio_settings()
        self.outbound = outbound_mod.for_state(state)
        self.dialogue = Dialogue(state)
        self.secret = state.settings.secret_key or ""
        self._active: dict[int, tuple[int, float]] = {}  # rows this process is running: token, since
        self._admitted = 0  # webhooks allowed to run their own turn, not yet in _active
        self._last_renew = 0.0
        self._tasks: set[asyncio.Task] = set()
        self._last_dead_purge = 0.0
        self._last_replay_purge = 0.0
        # The acknowledgement's own lane (store, claim, close): threads and database connections
        # that turns in progress cannot take, so that under load an ack does not queue behind
        # them (bench/load.py). SQLite has one writer whatever the pool: it keeps the shared one.
        self._ack_threads = ThreadPoolExecutor(max_workers=4, thread_name_prefix="twilio-ack")
        self._ack_engine = None
        self.ack_sessions: sessionmaker = state.sessions
        if not state.inline_db:
            # No ping before each checkout (a round trip per ack): a connection found dead is
            # retried once instead (on_ack_lane), after SQLAlchemy has invalidated the pool.
            self._ack_engine = make_engine(state.engine.url.render_as_string(hide_password=False),
                                           pool_size=4, max_overflow=4, pre_ping=False)
            self.ack_sessions = make_sessionmaker(self._ack_engine, state.vault)

    async def on_ack_lane(self, fn, *args):  # noqa: ANN001, ANN201
        return await asyncio.get_running_loop().run_in_executor(
            self._ack_threads, functools.partial(_once_more_if_disconnected, fn, *args))

    # ------------------------------------------------------------------ webhook side
    def enqueue(self, msg: tw.Inbound, due_now: bool = False) -> int | None:
        """Stores the message durably (committed); None if this MessageSid came before.
        `due_now`: the sweepers may take it at once (the webhook will not run it itself)."""
        digest = inbound_digest(self.secret, msg.message_sid)
        text, cut = tw.truncate(msg.text)
        now = utcnow()
        conversation = pseudonym(self.secret, msg.sender)
        engine = self._ack_engine or self.state.engine
        # Sealed with the conversation's key before it is stored: an erasure destroys it.
        key = self.state.vault.current_on(engine, conversation)
        values = dict(
            sid_hash=digest, conversation_key=conversation, channel=msg.channel,
            address_token=self.outbound.fernet.encrypt(msg.sender.encode()).decode(),
            text=Vault.seal_with(key, (redact(text) or text) if text.strip() else ""), key_id=key.id,
            truncated=cut, num_media=msg.num_media,
            opt_out_type=(msg.opt_out_type or None) and msg.opt_out_type[:16],
            latitude=msg.latitude, longitude=msg.longitude, status="queued", attempts=0,
            # The sweeper leaves it to the webhook's own fast path until the budget has passed.
            lease_until=now + timedelta(seconds=0 if due_now else self.settings.reply_budget),
            created_at=now, updated_at=now)
        return queue.add_inbound(engine, values)

    async def claim_fresh(self, row_id: int, deadline: float) -> Job | None:
        """The webhook takes its own row, waiting (until `deadline`) for the person's
        earlier messages to be done; None if they are not by then (the sweeper takes it)."""
        while True:
            job = await self.on_ack_lane(self._claim, row_id, True, self.ack_sessions)
            if job is not None or time.monotonic() + 0.1 > deadline:
                return job
            await asyncio.sleep(0.1)

    def admit(self) -> bool:
        """Whether a webhook may run its own turn: only while the turns already running (or
        admitted) leave a slot towards Rasa. Counted here, on the event loop, when the webhook
        arrives: Rasa's own slots are taken only after the turn's preparation, and under a burst
        dozens of webhooks saw them free and each prepared a turn, slowing every ack behind them
        (bench/load.py). Each admission is given back with `admitted_done`."""
        if self.state.rasa.saturated or len(self._active) + self._admitted >= self.state.settings.rasa_concurrency:
            return False
        self._admitted += 1
        return True

    def admitted_done(self) -> None:
        self._admitted -= 1

    def start(self, job: Job) -> asyncio.Task:
        """The webhook's own turn, counted as running from now."""
        self._hold(job)
        return asyncio.create_task(self.run(job))

    def _hold(self, job: Job) -> None:
        self._active.setdefault(job.id, (job.token, time.monotonic()))

    async def run(self, job: Job) -> list[str]:
        self._hold(job)
        try:
            dialogue = QueueDialogue(self.state, job, can_retry=job.token < self.settings.queue_attempts,
                                     can_send=self.settings.can_send and job.address is not None)
            return await TwilioTurn(self.state, dialogue, job).run()
        finally:
            self._active.pop(job.id, None)

    def renew_leases(self) -> int:
        """The leases of the turns running here, extended while they run: a slow Rasa or
        database must not let another worker take a message that is still being answered (it
        would reach Rasa twice). Not past RENEW_LIMIT leases: a turn that long is stuck, and
        its row goes to another worker."""
        lease = self.settings.queue_lease
        oldest = time.monotonic() - RENEW_LIMIT * lease
        held = {row_id: token for row_id, (token, since) in list(self._active.items()) if since > oldest}
        if not held:
            return 0
        with self.state.sessions() as db:
            return queue.renew(db, queue.INBOUND, held, utcnow() + timedelta(seconds=lease))

    async def complete_twiml(self, job: Job, task: asyncio.Task) -> list[str]:
        """The turn finished within the budget: the bodies for TwiML once the row is done.
        If the row cannot be closed, nothing goes in the TwiML: the retry sends the replies."""
        try:
            bodies = task.result()
        except Exception as exc:  # noqa: BLE001 - the person must never get a Twilio error
            await run_in_threadpool(self.fail, job, exc)
            return []
        try:
            closed = await self.on_ack_lane(self._close, job, bodies)
        except Exception as exc:  # noqa: BLE001 - the database may be the failing part
            log.error("twilio inbound not closed", extra={"error_type": type(exc).__name__})
            return []
        return bodies if closed else []

    def replay(self, msg: tw.Inbound) -> list[str]:
        """A MessageSid seen before: the replies its first webhook answered with as TwiML, if
        that was in the last REPLAY_SECONDS (else none: it was answered through the REST API,
        or is still running and will be)."""
        digest = inbound_digest(self.secret, msg.message_sid)
        with self.ack_sessions() as db:
            kept = db.get(TwilioReply, digest)
            if kept is None or kept.created_at < utcnow() - timedelta(seconds=REPLAY_SECONDS):
                return []
            bodies = self.state.vault.open(db, kept.key_id, kept.bodies)
        try:
            return list(json.loads(bodies)) if bodies else []
        except ValueError:
            return []

    def complete_later(self, job: Job, task: asyncio.Task) -> None:
        """The turn outlived the budget: its replies go out through the REST API."""
        task.add_done_callback(lambda t: self._spawn(self._complete_rest(job, t)))

    async def _complete_rest(self, job: Job, task: asyncio.Task) -> None:
        try:
            bodies = task.result()
        except Exception as exc:  # noqa: BLE001
            await run_in_threadpool(self.fail, job, exc)
            return
        try:
            await run_in_threadpool(self.finish_rest, job, bodies)
        except Exception as exc:  # noqa: BLE001 - left working: retried once the lease runs out
            log.error("twilio inbound not closed", extra={"error_type": type(exc).__name__})

    # ------------------------------------------------------------------ row state
    def _claim(self, row_id: int, fresh: bool = False, sessions: sessionmaker | None = None) -> Job | None:
        s = self.settings
        with (sessions or self.state.sessions)() as db:
            row = queue.claim(db, queue.INBOUND, row_id, utcnow(), s.queue_lease, fresh=fresh)
            if row is None:
                return None
            try:
                address = self.outbound.fernet.decrypt(row.address_token.encode()).decode() \
                    if row.address_token else None
            except InvalidToken:  # keys rotated since: the person can no longer be answered
                address = None
            keys = self.state.vault.keys(db, [row.key_id])
            text, prepared = (self.state.vault.open_with(keys.get(row.key_id), row.key_id, v)
                              for v in (row.text, row.prepared))
            job = Job(row.id, row.attempts, row.conversation_key, row.channel, address, text or "",
                      row.truncated, row.num_media, row.opt_out_type, row.latitude, row.longitude,
                      row.sid_hash, row.last_error, prepared, row.key_id)
            if row.attempts > s.queue_attempts:  # every try so far died with its worker
                self._bury(db, job, row.last_error or "worker_lost")
                return None
        return job

    def _close(self, job: Job, bodies: list[str] | None = None) -> bool:
        with self.ack_sessions() as db:
            closed = queue.finish(db, queue.INBOUND, job.id, job.token)
            if closed and bodies:  # kept for Twilio's retry, should this answer not reach it
                key_id, sealed = self.state.vault.seal(db, job.key, json.dumps(bodies, ensure_ascii=False))
                db.add(TwilioReply(sid_hash=job.sid_hash, key_id=key_id, bodies=sealed, created_at=utcnow()))
            db.commit()
        if not closed:
            self.state.metrics.inc("twilio_inbound_lease_lost")
        return closed

    def finish_rest(self, job: Job, bodies: list[str]) -> None:
        """Done: the replies are recorded for sending and the row deleted, in one transaction."""
        with self.state.sessions() as db:
            if not queue.finish(db, queue.INBOUND, job.id, job.token):
                db.rollback()  # another worker holds it now and answers it
                self.state.metrics.inc("twilio_inbound_lease_lost")
                return
            if bodies and job.address:
                self.outbound.enqueue(db, job.key, job.address, bodies, kind="reply")
            elif bodies:
                self.state.metrics.inc("twilio_reply_unaddressable")
            db.commit()
        if bodies and job.address:
            self.outbound.kick(job.key)

    def fail(self, job: Job, exc: BaseException) -> None:
        """A try failed: retry later with backoff, or after the last try, the dead letters."""
        kind = (exc.kind if isinstance(exc, TurnFailed) else type(exc).__name__)[:64]
        self.state.metrics.inc("twilio_turn_failed")
        log.error("twilio turn failed", extra={"error_type": kind, "queue_id": job.id, "attempt": job.token})
        s = self.settings
        with self.state.sessions() as db:
            if job.token >= s.queue_attempts:
                self._bury(db, job, kind)
                return
            delay = outbound_mod.backoff(s.queue_retry_base, job.token)
            if kind in REPLICA_DIED and self.state.settings.redis_url:
                delay = max(delay, s.rasa_lock_lifetime + 0.5)
            fallback = exc.fallback if isinstance(exc, TurnFailed) else None
            if kind in LATE:  # Rasa is slow, most often overloaded: do not add to it at once
                delay = max(delay, self.state.settings.rasa_timeout * job.token)
            # TIMEOUT marks "the fallback went out", sticky, so that no later try sends another.
            if fallback or job.fallback_sent:
                kind = TIMEOUT
            if fallback and job.address:  # with the release, in one transaction
                self.outbound.enqueue(db, job.key, job.address, [fallback], kind="fallback")
            retry_at = utcnow() + timedelta(seconds=delay)
            queue.release(db, queue.INBOUND, job.id, job.token, retry_at, kind)
        if fallback and job.address:
            self.outbound.kick(job.key)

    def _bury(self, db: Session, job: Job, kind: str) -> None:
        """Dead letter: counted, logged, shown to operators; the person gets the fallback
        (unless a timed-out try already sent it)."""
        if not queue.bury(db, job.id, job.token, kind):
            db.rollback()
            return
        self.state.metrics.inc("twilio_inbound_dead")
        log.error("twilio inbound dead letter", extra={"queue_id": job.id, "attempts": job.token,
                                                        "error_type": kind})
        send = bool(job.address) and self.settings.can_send and not job.fallback_sent
        if send:
            conv = db.get(store.Conversation, job.key)
            body = self.dialogue.fallback(conv.language if conv else None, conv.country if conv else None)
            self.outbound.enqueue(db, job.key, job.address, [body], kind="fallback")
        db.commit()  # dead and its fallback recorded together
        if send:
            self.outbound.kick(job.key)

    # ------------------------------------------------------------------ sweeper
    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _due(self) -> list[int]:
        with self.state.sessions() as db:
            return queue.due(db, queue.INBOUND, utcnow(), limit=SWEEP_BATCH * 2)

    async def _process(self, job: Job) -> None:
        self.state.metrics.inc("twilio_inbound_swept")
        try:
            bodies = await self.run(job)
        except Exception as exc:  # noqa: BLE001
            await run_in_threadpool(self.fail, job, exc)
            return
        await run_in_threadpool(self.finish_rest, job, bodies)

    async def sweep_once(self) -> int:
        """Takes up rows nobody is running (left over, or waiting behind an earlier message)."""
        started = 0
        # Enough turns to keep every slot towards Rasa busy with one waiting behind each: under
        # a burst the webhooks only store and acknowledge, and the sweepers feed Rasa from the
        # queue, oldest first (retries included), across every gateway.
        batch = max(SWEEP_BATCH, 2 * self.state.settings.rasa_concurrency)
        if time.monotonic() - self._last_renew > self.settings.queue_lease / 3:
            self._last_renew = time.monotonic()
            await run_in_threadpool(self.renew_leases)
        for row_id in await run_in_threadpool(self._due):
            if len(self._active) >= batch:
                break
            if row_id in self._active:
                continue
            job = await run_in_threadpool(self._claim, row_id)
            if job is not None:
                self._hold(job)  # before the task starts: the next sweep skips it
                self._spawn(self._process(job))
                started += 1
        await run_in_threadpool(self.outbound.sweep)
        if time.monotonic() - self._last_replay_purge > REPLAY_SECONDS / 10:
            self._last_replay_purge = time.monotonic()
            await run_in_threadpool(self.forget_replays)
        if time.monotonic() - self._last_dead_purge > DEAD_PURGE_EVERY:
            self._last_dead_purge = time.monotonic()
            await run_in_threadpool(self.purge_dead)
        return started

    def forget_replays(self) -> int:
        """TwiML replies kept for a retried webhook are dropped once REPLAY_SECONDS have passed."""
        with self.state.sessions() as db:
            n = db.execute(delete(TwilioReply).where(
                TwilioReply.created_at < utcnow() - timedelta(seconds=REPLAY_SECONDS))
                .execution_options(synchronize_session=False)).rowcount
            db.commit()
        return n or 0

    def purge_dead(self) -> int:
        """Dead letters go after the retention period, like the rest of a conversation."""
        from bot.privacy.purge import retention_days

        cutoff = utcnow() - timedelta(days=retention_days())
        with self.state.sessions() as db:
            n = queue.purge_dead(db, cutoff)
            db.commit()
        return n

    async def loop(self) -> None:
        while True:
            try:
                await self.sweep_once()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - the database may be away; try again
                log.warning("twilio queue sweep failed", extra={"error_type": type(exc).__name__})
            await asyncio.sleep(self.settings.sweep_interval)

    async def aclose(self) -> None:
        if self._tasks:
            await asyncio.wait(self._tasks, timeout=10)
        self._ack_threads.shutdown(wait=False)
        if self._ack_engine is not None:
            self._ack_engine.dispose()


def stats(db: Session, now: Any = None) -> dict[str, Any]:
    """Queue depth, oldest waiting age and dead letters, for /healthz (nothing identifying)."""
    now = now or utcnow()
    m = InboundQueueItem
    open_rows = db.execute(select(func.count(), func.min(m.created_at))
                           .where(m.status.in_(queue.INBOUND.open))).one()
    dead = db.scalar(select(func.count()).select_from(m).where(m.status == "dead")) or 0
    o = queue.OUTBOUND.model
    outbound = db.execute(select(func.count(), func.min(o.created_at))).one()
    return {"depth": open_rows[0], "oldest_age_s": round((now - open_rows[1]).total_seconds(), 1)
            if open_rows[1] else 0.0, "dead": dead, "outbound_depth": outbound[0],
            "outbound_oldest_age_s": round((now - outbound[1]).total_seconds(), 1) if outbound[1] else 0.0}


def for_state(state: GatewayState) -> InboundWorker:
    worker = vars(state).get("_twilio_inbound")
    if worker is None:
        worker = vars(state)["_twilio_inbound"] = InboundWorker(state)
    return worker


def start(state: GatewayState):  # noqa: ANN201 - returns the coroutine function that stops it
    """Starts this process's sweeper (app lifespan); returns what stops it."""
    worker = for_state(state)
    task = asyncio.get_running_loop().create_task(worker.loop())

    async def stop() -> None:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await worker.aclose()

    return stop
