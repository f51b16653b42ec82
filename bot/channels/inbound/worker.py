"""The inbound queue's worker for one gateway process: the webhook's fast path (store, claim,
run within the budget), concurrency towards Rasa, lease renewal and the sweeper that takes up
rows nobody is running. How a turn ends is bot/channels/inbound/complete.py.
"""
from __future__ import annotations

import asyncio
import functools
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker
from starlette.concurrency import run_in_threadpool

from bot.channels import outbound as outbound_mod
from bot.channels import twilio as tw
from bot.channels.inbound import store
from bot.channels.inbound.complete import Completion
from bot.channels.inbound.store import REPLAY_SECONDS, Job, inbound_digest
from bot.channels.inbound.turn import TwilioTurn, queue_dialogue
from bot.db.base import utcnow
from bot.db.session import make_engine, make_sessionmaker
from bot.gateway.state import GatewayState
from bot.privacy.datakeys import Vault
from bot.privacy.pseudonym import pseudonym
from bot.privacy.purge import retention_days
from bot.privacy.redaction import redact
from bot.settings import get_twilio_settings

log = logging.getLogger("hotline.twilio.queue")

SWEEP_BATCH = 8  # rows one process runs at once from the sweeper
RENEW_LIMIT = 3  # leases a running turn may keep its row for
DEAD_PURGE_EVERY = 3600.0  # seconds between deletions of dead letters past retention


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


class InboundWorker:
    """The queue for one gateway process: enqueue, claim, run, renew, sweep."""

    def __init__(self, state: GatewayState, outbound: outbound_mod.Outbound) -> None:
        self.state = state
        self.settings = get_twilio_settings()
        self.outbound = outbound
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
        self.complete = Completion(state, self.settings, self.outbound, self.ack_sessions, self.on_ack_lane,
                                   self._spawn)

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
        return store.add(engine, values)

    def replay(self, msg: tw.Inbound) -> list[str]:
        """A MessageSid seen before: the replies its first webhook answered with as TwiML, if
        that was in the last REPLAY_SECONDS (else none: it was answered through the REST API,
        or is still running and will be)."""
        with self.ack_sessions() as db:
            return store.replies_kept(db, self.state.vault, inbound_digest(self.secret, msg.message_sid))

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
            dialogue = queue_dialogue(self.state, job, can_retry=job.token < self.settings.queue_attempts,
                                      can_send=self.settings.can_send and job.address is not None)
            return await TwilioTurn(self.state, dialogue, job, self.outbound).run()
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
            return store.renew(db, held, utcnow() + timedelta(seconds=lease))

    def _claim(self, row_id: int, fresh: bool = False, sessions: sessionmaker | None = None) -> Job | None:
        with (sessions or self.state.sessions)() as db:
            job = store.claim(db, self.state.vault, self.outbound.fernet, row_id, self.settings.queue_lease, fresh)
            if job is not None and job.token > self.settings.queue_attempts:  # every try so far died with its worker
                self.complete.bury_lost(db, job)
                return None
        return job

    # ------------------------------------------------------------------ sweeper
    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _due(self) -> list[int]:
        with self.state.sessions() as db:
            return store.due(db, limit=SWEEP_BATCH * 2)

    async def _process(self, job: Job) -> None:
        self.state.metrics.inc("twilio_inbound_swept")
        try:
            bodies = await self.run(job)
        except Exception as exc:  # noqa: BLE001
            await run_in_threadpool(self.complete.fail, job, exc)
            return
        await run_in_threadpool(self.complete.finish_rest, job, bodies)

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
            return store.forget_replays(db)

    def purge_dead(self) -> int:
        """Dead letters go after the retention period, like the rest of a conversation."""
        with self.state.sessions() as db:
            return store.purge_dead(db, utcnow() - timedelta(days=retention_days()))

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
