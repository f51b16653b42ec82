"""Gateway persistence: conversations, handoffs, redacted messages and the outbox."""
from __future__ import annotations

from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from bot.channels.models import InboundQueueItem
from bot.db.base import utcnow
from bot.screening import URGENCY
from bot.db.models import ComponentFailure, Conversation, Handoff, Message



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
                existing.summary = summary
        return existing
    handoff = Handoff(
        conversation_key=conv.key, channel=conv.channel, language=conv.language or "es",
        reason=reason, risk_level=risk_level, summary=summary,
    )
    db.add(handoff)
    db.flush()
    return handoff


def add_message(db: Session, key: str, direction: str, author: str, body: str,
                handoff_id: int | None = None, delivered: bool = True) -> Message:
    msg = Message(conversation_key=key, direction=direction, author=author, text=body,
                  handoff_id=handoff_id, delivered=delivered)
    db.add(msg)  # inserted at the next flush or commit, in the order added
    return msg


def add_texts(db: Session, key: str, direction: str, author: str, bodies: list[str],
              handoff_id: int | None = None) -> None:
    """Stores messages at once, in order: one bulk INSERT instead of the ORM's unit of work,
    which on the per-message path cost about a millisecond."""
    if bodies:
        db.execute(insert(Message), [
            {"conversation_key": key, "direction": direction, "author": author, "text": body,
             "handoff_id": handoff_id, "delivered": True} for body in bodies])


def operator_has_replied(db: Session, handoff_id: int) -> bool:
    return db.scalars(
        select(Message.id).where(Message.handoff_id == handoff_id, Message.author == "operator").limit(1)
    ).first() is not None


def take_outbox(db: Session, key: str) -> list[Message]:
    """Undelivered outbound messages for a conversation, marked delivered."""
    msgs = list(db.scalars(
        select(Message).where(Message.conversation_key == key, Message.direction == "out",
                              Message.delivered.is_(False)).order_by(Message.id)
    ))
    for m in msgs:
        m.delivered = True
    return msgs


def record_failure(db: Session, component: str, kind: str) -> None:
    db.add(ComponentFailure(component=component, kind=kind))


def close_handoff(db: Session, handoff: Handoff, outcome: str | None) -> None:
    handoff.status = "closed"
    handoff.outcome = outcome
    handoff.closed_at = utcnow()


def erase_conversation(db: Session, tracker_db: Session | None, key: str) -> None:
    """Removes every trace of one conversation: gateway rows (the encrypted reply address and
    the Twilio channel state go with the conversation row), Rasa's tracker events and dead
    letters (queue rows have no foreign key: they exist before the conversation does)."""
    db.execute(delete(Message).where(Message.conversation_key == key))
    db.execute(delete(Handoff).where(Handoff.conversation_key == key))
    db.execute(delete(Conversation).where(Conversation.key == key))
    db.execute(delete(InboundQueueItem).where(InboundQueueItem.conversation_key == key,
                                              InboundQueueItem.status == "dead"))
    if tracker_db is not None:
        try:
            tracker_db.execute(text("DELETE FROM events WHERE sender_id = :k"), {"k": key})
        except (OperationalError, ProgrammingError):
            tracker_db.rollback()  # Rasa has not created its table yet: nothing to erase


def set_pending_menu(db: Session, key: str, menu: str | None) -> None:
    db.execute(update(Conversation).where(Conversation.key == key).values(pending_menu=menu))


def person_texts(db: Session, key: str, limit: int = 50) -> list[str]:
    """The person's redacted messages in this conversation, oldest first."""
    rows = db.scalars(
        select(Message.text).where(Message.conversation_key == key, Message.author == "person")
        .order_by(Message.id.desc()).limit(limit)
    )
    return list(reversed(list(rows)))
