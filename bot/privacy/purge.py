"""Retention: `hotline purge` applies the rule of every table (bot/privacy/retention.py).

- conversations whose last activity is older than `HOTLINE_RETENTION_DAYS` (30): erased
  everywhere (gateway rows, keys, Rasa's tracker events and keys), as a safety word would;
- in conversations still going on: messages older than the period, cases closed before it
  (with their categories and notes) and tracker events older than it;
- closed cases past `HOTLINE_REVIEW_DAYS` (7): the keys made up to the close are destroyed, in
  the gateway and in Rasa's tracker: their transcript, summary quotes and notes become
  unreadable and are deleted; the case row (level, rule, indicator ids, outcome) stays for
  statistics until the retention period;
- keys that have sealed new words for a week are retired (a new one takes over) and destroyed
  once everything they sealed is past retention; keys nothing needs any more (an erasure's
  confirmation, once sent) after an hour;
- expired or unreadable reply handles, Twilio delivery records, dead letters and component
  failures past the period; TwiML replies after 10 minutes; MessageSid hashes after
  `HOTLINE_REPLAY_DAYS` (400).

Then SQLite's WAL is checkpointed and truncated, and PostgreSQL's key tables vacuumed, so that
destroyed keys do not linger where a copy of the files would find them (README "Privacy").

`make run` runs it at start-up and then daily (`DailyPurge`, started by `hotline run`).
"""
from __future__ import annotations

import logging
import threading
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.db.channels import InboundQueueItem, TwilioDelivery, TwilioInbound, TwilioReply
from bot.db.console import HandoffCase  # noqa: F401  (its table cascades from handoffs)
from bot.db.models import ComponentFailure, Conversation, ConversationKey, Handoff, Message
from bot.db.session import make_engine, make_sessionmaker, migrate
from bot.privacy import datakeys, handles, tracker
from bot.privacy.datakeys import Vault
from bot.privacy.erasure import erase_conversation
from bot.privacy.retention import (DEFAULT_RETENTION_DAYS, REPLY_SECONDS, replay_days,  # noqa: F401
                                   retention_days, review_days)
from bot.settings import Settings

log = logging.getLogger("hotline.purge")

DAY = 24 * 3600.0
ORPHAN_AFTER = timedelta(hours=1)


@dataclass
class PurgeReport:
    conversations: int = 0
    messages: int = 0
    closed_cases: int = 0
    keys_destroyed: int = 0
    tracker_events: int = 0
    tracker_keys_destroyed: int = 0
    reply_handles: int = 0
    deliveries: int = 0
    inbound_ids: int = 0
    dead_letters: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def purge_dead(db: Session, cutoff: datetime) -> int:
    """Deletes dead letters created before `cutoff` (not committed)."""
    m = InboundQueueItem
    return db.execute(delete(m).where(m.status == "dead", m.created_at < cutoff)
                      .execution_options(synchronize_session=False)).rowcount or 0


def stale_conversations(db: Session, cutoff: datetime) -> list[str]:
    """Keys of conversations with no activity since `cutoff`."""
    last_message = (select(Message.conversation_key, func.max(Message.created_at).label("last"))
                    .group_by(Message.conversation_key).subquery())
    rows = db.execute(
        select(Conversation.key, Conversation.created_at, Conversation.updated_at, last_message.c.last)
        .outerjoin(last_message, last_message.c.conversation_key == Conversation.key)
    )
    return [key for key, created, updated, last in rows
            if max(d for d in (created, updated, last) if d is not None) < cutoff]


def end_reviews(db: Session, tracker_db: Session, now: datetime, review: timedelta) -> int:
    """Closed cases past their review period: every key made up to the close, gateway's and
    Rasa's, gets `destroy_after` = close + review (already past). Set at the close too; this
    also covers cases closed before keys were retired at closing."""
    ck = ConversationKey
    closed = db.execute(select(Handoff.conversation_key, func.max(Handoff.closed_at))
                        .where(Handoff.status == "closed", Handoff.closed_at <= now - review)
                        .group_by(Handoff.conversation_key)).all()
    for key, closed_at in closed:
        until = closed_at + review
        db.execute(ck.__table__.update().where(
            ck.conversation_key == key, ck.created_at <= closed_at,
            (ck.destroy_after.is_(None)) | (ck.destroy_after > until))
            .values(retired_at=func.coalesce(ck.retired_at, closed_at), destroy_after=until))
        tracker.retire_before(tracker_db, key, closed_at, until)
    return len(closed)


def _after_destroying(engine: Engine, tables: list[str]) -> None:
    """Destroyed key rows out of the files' reach, as far as the database allows: SQLite (with
    secure_delete) copies the overwritten pages back and truncates its WAL; PostgreSQL prunes the
    dead rows of the small key tables (their bytes may stay in the page until overwritten, and in
    WAL segments until recycled: rotating the master key is what makes those useless)."""
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        elif engine.dialect.name == "postgresql":
            for table in tables:
                if engine.dialect.has_table(conn, table):
                    conn.exec_driver_sql(f"VACUUM {table}")


def purge(settings: Settings, days: int | None = None, now: datetime | None = None) -> PurgeReport:
    """Deletes everything past retention. `settings` must be resolved (absolute paths)."""
    days = retention_days() if days is None else days
    now = now or utcnow()
    cutoff = now - timedelta(days=days)
    review = timedelta(days=review_days())
    migrate(settings.database_url)
    engine, tracker_engine = make_engine(settings.database_url), make_engine(settings.tracker_db_url)
    vault = Vault(settings.data_dir)
    report = PurgeReport()
    try:
        with make_sessionmaker(engine, vault)() as db, Session(tracker_engine) as tracker_db:
            for key in stale_conversations(db, cutoff):
                report.tracker_events += tracker.count(tracker_db, key)
                erase_conversation(db, tracker_db, key)
                report.conversations += 1
            report.messages = db.execute(delete(Message).where(Message.created_at < cutoff)).rowcount or 0
            # Cases closed before the period, in conversations still going on: their categories
            # and notes go with them (ON DELETE CASCADE).
            report.closed_cases = db.execute(delete(Handoff).where(
                Handoff.status == "closed", Handoff.closed_at < cutoff)).rowcount or 0
            end_reviews(db, tracker_db, now, review)
            datakeys.rotate_old(db, now, timedelta(days=days))
            tracker.rotate_old(tracker_db, now, timedelta(days=days))
            report.keys_destroyed = datakeys.destroy_due(db, now, vault)
            report.keys_destroyed += datakeys.destroy(db, datakeys.orphans(db, now - ORPHAN_AFTER))
            report.tracker_keys_destroyed = tracker.destroy_due(tracker_db, now)
            report.tracker_events += tracker.delete_before(tracker_db, cutoff)
            tracker.forget_unused(tracker_db, now - ORPHAN_AFTER)
            report.reply_handles = handles.purge_expired(db, handles.keyring(settings.data_dir))
            report.deliveries = db.execute(
                delete(TwilioDelivery).where(TwilioDelivery.updated_at < cutoff)).rowcount or 0
            db.execute(delete(TwilioReply).where(TwilioReply.created_at < now - timedelta(seconds=REPLY_SECONDS)))
            report.inbound_ids = db.execute(delete(TwilioInbound).where(
                TwilioInbound.created_at < now - timedelta(days=replay_days()))).rowcount or 0
            report.dead_letters = purge_dead(db, cutoff)
            db.execute(delete(ComponentFailure).where(ComponentFailure.created_at < cutoff))
            tracker_db.commit()
            db.commit()
        _after_destroying(engine, ["conversation_keys"])
        _after_destroying(tracker_engine, [tracker.KEYS])
    finally:
        engine.dispose()
        tracker_engine.dispose()
    log.info("purge done", extra={"retention_days": days, **report.as_dict()})
    return report


class DailyPurge:
    """Runs the purge now and then every `interval` seconds, in a daemon thread."""

    def __init__(self, settings: Settings, interval: float = DAY) -> None:
        self.settings, self.interval = settings, interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="daily-purge", daemon=True)

    def start(self) -> DailyPurge:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                report = purge(self.settings)
                print(f"purge: {report.as_dict()}", flush=True)
            except Exception as exc:  # noqa: BLE001 - try again tomorrow, say so now
                print(f"purge failed: {type(exc).__name__}", flush=True)
            self._stop.wait(self.interval)


__all__ = ["DEFAULT_RETENTION_DAYS", "DailyPurge", "PurgeReport", "purge", "retention_days", "review_days"]
