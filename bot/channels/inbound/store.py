"""Data access of the inbound queue: rows in, claimed, closed, released, buried, purged.

The claim and fencing rules themselves are in bot/channels/queue.py (shared with the outbound
queue); this module turns rows into `Job`s (opening the sealed words, decrypting the address in
memory only) and records each turn's end.
"""
from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from cryptography.fernet import InvalidToken, MultiFernet
from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session

from bot.channels import queue
from bot.channels import twilio as tw
from bot.channels.inbound import retry
from bot.db.base import utcnow
from bot.db.channels import InboundQueueItem, TwilioReply
from bot.gateway.dialogue import Prepared
from bot.privacy.datakeys import Key, Vault
from bot.privacy.retention import REPLY_SECONDS

REPLAY_SECONDS = REPLY_SECONDS  # how long TwiML replies are kept for a retried webhook


def inbound_digest(secret: str, message_sid: str) -> str:
    """The MessageSid as stored: an HMAC (the SID leads to the person in Twilio's console)."""
    return hmac.new(secret.encode(), b"twilio-inbound:" + message_sid.encode(), hashlib.sha256).hexdigest()


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
    prepared: str | None = None  # what an earlier try made ready for Rasa (QueueMemory)
    key_id: int | None = None  # the conversation key the row's words are sealed with

    @property
    def fallback_sent(self) -> bool:
        """An earlier try sent the person the fallback."""
        return retry.fallback_sent(self.last_error)

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


def add(engine: Engine, values: dict[str, Any]) -> int | None:
    """Stores a row and its idempotency key (committed); None if the MessageSid came before."""
    return queue.add_inbound(engine, values)


def claim(db: Session, vault: Vault, fernet: MultiFernet, row_id: int, lease: float,
          fresh: bool = False) -> Job | None:
    """Takes a row (committed) and opens it; None if it is not takeable."""
    row = queue.claim(db, queue.INBOUND, row_id, utcnow(), lease, fresh=fresh)
    if row is None:
        return None
    try:
        address = fernet.decrypt(row.address_token.encode()).decode() if row.address_token else None
    except InvalidToken:  # keys rotated since: the person can no longer be answered
        address = None
    keys = vault.keys(db, [row.key_id])
    text, prepared = (vault.open_with(keys.get(row.key_id), row.key_id, v) for v in (row.text, row.prepared))
    return Job(row.id, row.attempts, row.conversation_key, row.channel, address, text or "",
               row.truncated, row.num_media, row.opt_out_type, row.latitude, row.longitude,
               row.sid_hash, row.last_error, prepared, row.key_id)


def close(db: Session, vault: Vault, job: Job, bodies: list[str] | None = None) -> bool:
    """Deletes the row, keeping the TwiML replies for Twilio's retry (not committed); False
    when the lease was lost."""
    closed = queue.finish(db, queue.INBOUND, job.id, job.token)
    if closed and bodies:  # kept for Twilio's retry, should this answer not reach it
        key_id, sealed = vault.seal(db, job.key, json.dumps(bodies, ensure_ascii=False))
        db.add(TwilioReply(sid_hash=job.sid_hash, key_id=key_id, bodies=sealed, created_at=utcnow()))
    return closed


def finish(db: Session, job: Job) -> bool:
    """Deletes the row if this worker still holds it (not committed)."""
    return queue.finish(db, queue.INBOUND, job.id, job.token)


def release(db: Session, job: Job, retry_at: datetime, error: str) -> bool:
    """Back to wait until `retry_at` (committed)."""
    return queue.release(db, queue.INBOUND, job.id, job.token, retry_at, error)


def bury(db: Session, job: Job, error: str) -> bool:
    """To the dead letters (not committed)."""
    return queue.bury(db, job.id, job.token, error)


def replies_kept(db: Session, vault: Vault, digest: str) -> list[str]:
    """The TwiML replies of a MessageSid answered in the last REPLAY_SECONDS."""
    kept = db.get(TwilioReply, digest)
    if kept is None or kept.created_at < utcnow() - timedelta(seconds=REPLAY_SECONDS):
        return []
    bodies = vault.open(db, kept.key_id, kept.bodies)
    try:
        return list(json.loads(bodies)) if bodies else []
    except ValueError:
        return []


def due(db: Session, limit: int) -> list[int]:
    return queue.due(db, queue.INBOUND, utcnow(), limit=limit)


def renew(db: Session, held: dict[int, int], until: datetime) -> int:
    return queue.renew(db, queue.INBOUND, held, until)


def forget_replays(db: Session) -> int:
    """TwiML replies kept for a retried webhook go once REPLAY_SECONDS have passed (committed)."""
    n = db.execute(delete(TwilioReply).where(TwilioReply.created_at < utcnow() - timedelta(seconds=REPLAY_SECONDS))
                   .execution_options(synchronize_session=False)).rowcount
    db.commit()
    return n or 0


def purge_dead(db: Session, cutoff: datetime) -> int:
    n = queue.purge_dead(db, cutoff)
    db.commit()
    return n


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


class QueueMemory:
    """The dialogue's TurnMemory for a queued message: what the first try prepared (the message
    stored, screened, its menus applied) is kept in the row, sealed like its text, so that a
    retry does not store or screen it twice."""

    def __init__(self, vault: Vault, job: Job) -> None:
        self.vault, self.job = vault, job

    def recall(self) -> Prepared | None:
        if not self.job.prepared:
            return None
        try:
            return Prepared.loads(self.job.prepared)
        except (ValueError, KeyError, TypeError):  # written by another version: prepare again
            return None

    def keep(self, db: Session, prepared: Prepared) -> None:
        m = InboundQueueItem
        value, key_id = prepared.dumps(), self.job.key_id
        if key_id is not None:  # sealed like the row's text (a row from before 0008 has no key)
            aes = self.vault.keys(db, [key_id]).get(key_id)
            if aes is None:
                return  # erased meanwhile: keep nothing
            value = Vault.seal_with(Key(key_id, aes), value)
        db.execute(update(m).where(m.id == self.job.id, m.attempts == self.job.token)
                   .values(prepared=value).execution_options(synchronize_session=False))

