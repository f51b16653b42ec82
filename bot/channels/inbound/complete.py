"""How a turn of the inbound queue ends (the "complete" verb): its replies go back as TwiML or
through the REST API and the row is deleted; or the try failed, and the retry decision
(bot/channels/inbound/retry.py) puts the row back to wait or moves it to the dead letters.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from bot.channels import outbound as outbound_mod
from bot.channels.inbound import retry, store
from bot.channels.inbound.store import Job
from bot.channels.inbound.turn import TurnFailed
from bot.db.base import utcnow
from bot.gateway import store as gateway_store
from bot.gateway.dialogue import Dialogue
from bot.gateway.failures import Failure, FailureKind
from bot.gateway.state import GatewayState
from bot.settings import TwilioSettings

log = logging.getLogger("hotline.twilio.queue")


class Completion:
    def __init__(self, state: GatewayState, settings: TwilioSettings, outbound: outbound_mod.Outbound,
                 ack_sessions: sessionmaker, on_ack_lane: Callable[..., Awaitable[Any]],
                 spawn: Callable[[Any], None]) -> None:
        self.state, self.settings, self.outbound = state, settings, outbound
        self.ack_sessions, self.on_ack_lane, self._spawn = ack_sessions, on_ack_lane, spawn
        self.dialogue = Dialogue(state)  # renders the fallback of a dead letter

    async def twiml(self, job: Job, task: asyncio.Task) -> list[str]:
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

    def later(self, job: Job, task: asyncio.Task) -> None:
        """The turn outlived the budget: its replies go out through the REST API."""
        task.add_done_callback(lambda t: self._spawn(self._rest(job, t)))

    async def _rest(self, job: Job, task: asyncio.Task) -> None:
        try:
            bodies = task.result()
        except Exception as exc:  # noqa: BLE001
            await run_in_threadpool(self.fail, job, exc)
            return
        try:
            await run_in_threadpool(self.finish_rest, job, bodies)
        except Exception as exc:  # noqa: BLE001 - left working: retried once the lease runs out
            log.error("twilio inbound not closed", extra={"error_type": type(exc).__name__})

    def _close(self, job: Job, bodies: list[str] | None = None) -> bool:
        with self.ack_sessions() as db:
            closed = store.close(db, self.state.vault, job, bodies)
            db.commit()
        if not closed:
            self.state.metrics.inc("twilio_inbound_lease_lost")
        return closed

    def finish_rest(self, job: Job, bodies: list[str]) -> None:
        """Done: the replies are recorded for sending and the row deleted, in one transaction."""
        with self.state.sessions() as db:
            if not store.finish(db, job):
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
        if isinstance(exc, TurnFailed):
            failure, label, fallback = exc.failure, exc.failure.label, exc.fallback
        else:  # the turn's own code failed (its database...): a gateway error, logged by its type
            failure, label, fallback = Failure(FailureKind.GATEWAY_ERROR), type(exc).__name__, None
        label = label[:64]
        self.state.metrics.inc("twilio_turn_failed")
        log.error("twilio turn failed", extra={"error_type": label, "queue_id": job.id, "attempt": job.token})
        s = self.settings
        outcome = retry.after_failure(
            failure, job.token, s.queue_attempts, fallback_in_hand=fallback is not None,
            sent_before=job.fallback_sent, can_send=s.can_send, has_address=bool(job.address),
            backoff=outbound_mod.backoff(s.queue_retry_base, job.token), rasa_timeout=self.state.settings.rasa_timeout,
            lock_wait=s.rasa_lock_lifetime + 0.5 if self.state.settings.redis_url else None)
        with self.state.sessions() as db:
            if outcome.dead:
                self.bury(db, job, label, outcome.send_fallback)
                return
            if outcome.send_fallback:  # with the release, in one transaction
                self.outbound.enqueue(db, job.key, job.address, [fallback], kind="fallback")
            store.release(db, job, utcnow() + timedelta(seconds=outcome.delay), outcome.error or label)
        if outcome.send_fallback:
            self.outbound.kick(job.key)

    def bury_lost(self, db: Session, job: Job) -> None:
        """Every try so far died with its worker: no failure to decide on, only the dead letter."""
        self.bury(db, job, job.last_error or "worker_lost", retry.fallback_when_dead(
            sent_before=job.fallback_sent, can_send=self.settings.can_send, has_address=bool(job.address)))

    def bury(self, db: Session, job: Job, error: str, send_fallback: bool) -> None:
        """Dead letter: counted, logged, shown to operators, and with it (one transaction) the
        person's fallback when `send_fallback`."""
        if not store.bury(db, job, error):
            db.rollback()
            return
        self.state.metrics.inc("twilio_inbound_dead")
        log.error("twilio inbound dead letter", extra={"queue_id": job.id, "attempts": job.token,
                                                        "error_type": error})
        if send_fallback:
            conv = db.get(gateway_store.Conversation, job.key)
            body = self.dialogue.fallback(conv.language if conv else None, conv.country if conv else None)
            self.outbound.enqueue(db, job.key, job.address, [body], kind="fallback")
        db.commit()  # dead and its fallback recorded together
        if send_fallback:
            self.outbound.kick(job.key)
