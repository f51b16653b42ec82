"""Retention: `hotline purge` deletes what is older than `HOTLINE_RETENTION_DAYS` (30).

- conversations whose last activity is older than the retention period: erased everywhere
  (gateway rows and Rasa's tracker events), as a safety word would;
- in conversations still going on, messages and tracker events older than the period;
- expired or unreadable reply handles, Twilio delivery records and dead letters past the
  period, and the MessageSid HMACs kept against duplicate webhooks after two days.

`make run` runs it at start-up and then daily (`DailyPurge`, started by `hotline run`).
"""
from __future__ import annotations

import logging
import os
import threading
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from bot.channels import queue
from bot.channels.models import TwilioDelivery, TwilioInbound
from bot.db.base import utcnow
from bot.db.models import Conversation, Message
from bot.db.session import make_engine, migrate
from bot.gateway import store
from bot.privacy import handles
from bot.settings import Settings

log = logging.getLogger("hotline.purge")

DEFAULT_RETENTION_DAYS = 30
DEDUPE_DAYS = 2  # Twilio retries a webhook within minutes; two days is ample
DAY = 24 * 3600.0


def retention_days() -> int:
    raw = os.environ.get("HOTLINE_RETENTION_DAYS", "").strip()
    days = int(raw) if raw else DEFAULT_RETENTION_DAYS
    if days < 1:
        raise ValueError("HOTLINE_RETENTION_DAYS must be at least 1")
    return days


@dataclass
class PurgeReport:
    conversations: int = 0
    messages: int = 0
    tracker_events: int = 0
    reply_handles: int = 0
    deliveries: int = 0
    inbound_ids: int = 0
    dead_letters: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


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


def _tracker_delete(tracker_db: Session, cutoff: datetime) -> int:
    epoch = (cutoff - datetime(1970, 1, 1)).total_seconds()
    try:
        return tracker_db.execute(text("DELETE FROM events WHERE timestamp < :t"), {"t": epoch}).rowcount or 0
    except (OperationalError, ProgrammingError):
        tracker_db.rollback()  # Rasa has not created its table yet
        return 0


def _tracker_count(tracker_db: Session, key: str) -> int:
    try:
        return tracker_db.execute(text("SELECT count(*) FROM events WHERE sender_id = :k"), {"k": key}).scalar() or 0
    except (OperationalError, ProgrammingError):
        tracker_db.rollback()
        return 0


def purge(settings: Settings, days: int | None = None, now: datetime | None = None) -> PurgeReport:
    """Deletes everything past retention. `settings` must be resolved (absolute paths)."""
    days = retention_days() if days is None else days
    now = now or utcnow()
    cutoff = now - timedelta(days=days)
    migrate(settings.database_url)
    engine, tracker_engine = make_engine(settings.database_url), make_engine(settings.tracker_db_url)
    report = PurgeReport()
    try:
        with Session(engine) as db, Session(tracker_engine) as tracker_db:
            for key in stale_conversations(db, cutoff):
                report.tracker_events += _tracker_count(tracker_db, key)
                store.erase_conversation(db, tracker_db, key)
                report.conversations += 1
            report.messages = db.execute(delete(Message).where(Message.created_at < cutoff)).rowcount or 0
            report.tracker_events += _tracker_delete(tracker_db, cutoff)
            report.reply_handles = handles.purge_expired(db, handles.keyring(settings.data_dir))
            report.deliveries = db.execute(
                delete(TwilioDelivery).where(TwilioDelivery.updated_at < cutoff)).rowcount or 0
            report.inbound_ids = db.execute(delete(TwilioInbound).where(
                TwilioInbound.created_at < now - timedelta(days=DEDUPE_DAYS))).rowcount or 0
            report.dead_letters = queue.purge_dead(db, cutoff)
            tracker_db.commit()
            db.commit()
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
