"""Gateway persistence: conversations, handoffs, redacted messages and the outbox.

Message texts and summary quotes are sealed here, with the conversation's data key
(bot/privacy/datakeys.py), and opened here: callers read and write clear text.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.db.models import ComponentFailure, Conversation, Handoff, Message
from bot.privacy import datakeys, tracker
from bot.privacy.datakeys import vault_of
from bot.privacy.erasure import erase_conversation  # noqa: F401  (the dialogue erases through the store)
from bot.privacy.retention import review_days
from bot.screening import URGENCY


@dataclass(frozen=True)
class Line:
    """One message of a transcript, opened (in memory only)."""

    id: int
    direction: str
    author: str
    text: str
    created_at: datetime
    handoff_id: int | None = None


def get_or_create_conversation(db: Session, key: str, channel: str) -> Conversation:
    conv = db.get(Conversation, key)
    if conv is None:
        conv = Conversation(key=key, channel=channel)
        db.add(conv)
        db.flush()
    return conv


def open_handoff(db: Session, key: str) -> Handoff | None:
    return db.scalars(
        select(Handoff).where(Handoff.conversation_key == key, Handoff.status == "open")
    ).first()


def create_or_raise_handoff(db: Session, conv: Conversation, reason: str, risk_level: str,
                            summary: dict | None = None) -> Handoff:
    """Opens a handoff, or raises the risk of the one already open (never lowers it).

    The summary (screening result, language, needs) spares the person their story twice.
    """
    existing = open_handoff(db, conv.key)
    if existing:
        if URGENCY.get(risk_level, 9) < URGENCY.get(existing.risk_level, 9):
            existing.risk_level, existing.reason = risk_level, reason
            if summary:
                _set_summary(db, existing, summary)
        return existing
    handoff = Handoff(
        conversation_key=conv.key, channel=conv.channel, language=conv.language or "es",
        reason=reason, risk_level=risk_level,
    )
    _set_summary(db, handoff, summary)
    db.add(handoff)
    db.flush()
    return handoff


def _set_summary(db: Session, handoff: Handoff, summary: dict | None) -> None:
    """The summary in the clear without the person's words; the quotes sealed beside it."""
    clear, quotes = datakeys.split_quotes(summary)
    key = vault_of(db).current(db, handoff.conversation_key)
    handoff.summary, handoff.key_id, handoff.quotes = clear, key.id, datakeys.seal_json(key, quotes)


def handoff_summary(db: Session, handoff: Handoff, quotes: bool = True) -> dict | None:
    """The summary; with `quotes`, the person's words put back (while its key exists)."""
    if not quotes or not handoff.quotes:
        return handoff.summary
    opened = vault_of(db).open(db, handoff.key_id, handoff.quotes)
    try:
        return datakeys.join_quotes(handoff.summary, json.loads(opened) if opened else None)
    except ValueError:
        return handoff.summary


def add_message(db: Session, key: str, direction: str, author: str, body: str,
                handoff_id: int | None = None, delivered: bool = True) -> Message:
    key_id, sealed = vault_of(db).seal(db, key, body)
    msg = Message(conversation_key=key, direction=direction, author=author, text=sealed, key_id=key_id,
                  handoff_id=handoff_id, delivered=delivered)
    db.add(msg)  # inserted at the next flush or commit, in the order added
    return msg


def add_texts(db: Session, key: str, direction: str, author: str, bodies: list[str],
              handoff_id: int | None = None) -> None:
    """Stores messages at once, in order: one bulk INSERT instead of the ORM's unit of work,
    which on the per-message path cost about a millisecond."""
    if bodies:
        key_id, sealed = vault_of(db).seal_many(db, key, bodies)
        db.execute(insert(Message), [
            {"conversation_key": key, "direction": direction, "author": author, "text": body, "key_id": key_id,
             "handoff_id": handoff_id, "delivered": True} for body in sealed])


def operator_has_replied(db: Session, handoff_id: int) -> bool:
    return db.scalars(
        select(Message.id).where(Message.handoff_id == handoff_id, Message.author == "operator").limit(1)
    ).first() is not None


def _lines(db: Session, msgs: list[Message]) -> list[Line]:
    texts = vault_of(db).open_rows(db, msgs)
    return [Line(m.id, m.direction, m.author, t if t is not None else "", m.created_at, m.handoff_id)
            for m, t in zip(msgs, texts)]


def take_outbox(db: Session, key: str) -> list[Line]:
    """Undelivered outbound messages for a conversation, marked delivered."""
    msgs = list(db.scalars(
        select(Message).where(Message.conversation_key == key, Message.direction == "out",
                              Message.delivered.is_(False)).order_by(Message.id)
    ))
    for m in msgs:
        m.delivered = True
    return _lines(db, msgs)


def transcript(db: Session, key: str) -> list[Line]:
    """The conversation's messages, oldest first, opened (those whose key is destroyed are gone)."""
    return _lines(db, list(db.scalars(select(Message).where(Message.conversation_key == key).order_by(Message.id))))


def record_failure(db: Session, component: str, kind: str) -> None:
    db.add(ComponentFailure(component=component, kind=kind))


def close_handoff(db: Session, handoff: Handoff, outcome: str | None, tracker_db: Session | None = None) -> None:
    """Closes the case. Its words stay readable for the review period (HOTLINE_REVIEW_DAYS), then
    their keys are destroyed: the conversation's key is retired now and a new one seals what the
    person writes next; the same for Rasa's tracker when `tracker_db` is given."""
    handoff.status = "closed"
    handoff.outcome = outcome
    handoff.closed_at = now = utcnow()
    until = now + timedelta(days=review_days())
    datakeys.retire(db, handoff.conversation_key, until, now)
    if tracker_db is not None:
        tracker.retire(tracker_db, handoff.conversation_key, until, now)


def set_pending_menu(db: Session, key: str, menu: str | None) -> None:
    db.execute(update(Conversation).where(Conversation.key == key).values(pending_menu=menu))


_PERSON_TEXTS = (select(Message.__table__.c.key_id, Message.__table__.c.text)
                 .where(Message.__table__.c.conversation_key == bindparam("k"), Message.__table__.c.author == "person")
                 .order_by(Message.__table__.c.id.desc()).limit(bindparam("n")))


def person_texts(db: Session, key: str, limit: int = 50) -> list[str]:
    """The person's redacted messages in this conversation, oldest first."""
    rows = db.connection().execute(_PERSON_TEXTS, {"k": key, "n": limit}).all()
    return [t for t in reversed(vault_of(db).open_rows(db, rows)) if t is not None]
