"""What an operator does to a handoff, shared by the operator API and the console.

Both paths reply and close through these functions, so a reply always takes the same
store/outbox route to the person's channel and closing always resumes the bot the same way.
"""
from __future__ import annotations

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from bot.db.models import Handoff, Message
from bot.gateway import audit, store
from bot.gateway.notifier import notify_handoff
from bot.gateway.state import GatewayState
from bot.privacy.redaction import redact
from bot.text.chunks import split_at_breaks

# Twilio takes at most 1,600 characters in one message body, SMS and WhatsApp alike (an SMS of
# that length arrives as up to 11 segments, joined by the phone). A longer reply goes out as up
# to MAX_PARTS messages, each marked "(1/2)"; longer still is refused. Nothing is ever cut.
MESSAGE_LIMIT = 1600
MAX_PARTS = 3
PART_MARK = " ({i}/{n})"
MAX_REPLY = MAX_PARTS * (MESSAGE_LIMIT - len(PART_MARK.format(i=9, n=9))) - 300  # room for word breaks


class HandoffClosed(Exception):
    """The handoff is no longer open: nothing more can be sent to it."""


class ReplyTooLong(ValueError):
    """A reply longer than the channel takes in MAX_PARTS messages."""


def reply_parts(text: str) -> list[str]:
    """The messages a reply goes out as: itself, or parts broken at lines or spaces."""
    text = text.strip()
    if len(text) <= MESSAGE_LIMIT:
        return [text]
    if len(text) > MAX_REPLY:
        raise ReplyTooLong(len(text))
    chunks = split_at_breaks(text, MESSAGE_LIMIT - len(PART_MARK.format(i=9, n=9)))
    if len(chunks) > MAX_PARTS:
        raise ReplyTooLong(len(text))
    return [c + PART_MARK.format(i=i, n=len(chunks)) for i, c in enumerate(chunks, 1)]


def send_operator_message(db: Session, state: GatewayState, handoff: Handoff, text: str) -> Message:
    """Queues an operator message for the person and commits; a long one goes as several
    (see reply_parts). Returns the last message stored.

    Stored redacted; delivered from the outbox by the person's channel.
    """
    if handoff.status != "open":
        raise HandoffClosed(handoff.id)
    parts = reply_parts(text)
    msgs = [store.add_message(db, handoff.conversation_key, "out", "operator",
                              redact(part, handoff.language), handoff.id, delivered=False) for part in parts]
    db.commit()
    for msg, part in zip(msgs, parts):
        _deliver(state, handoff.conversation_key, msg.id, part)
        state.metrics.inc("operator_messages")
    notify_handoff(state.notifier, handoff.id, "message")
    return msgs[-1]


def close_handoff(db: Session, state: GatewayState, handoff: Handoff, outcome: str | None) -> bool:
    """Closes an open handoff with its outcome and queues the closing note; the bot resumes.

    Returns False (and changes nothing) when it was already closed.
    """
    if handoff.status != "open":
        return False
    # The case's words stay readable for the review period; Rasa's tracker key is retired too,
    # in its own database (committed first: a retired key only means a new one is made).
    with Session(state.tracker_engine) as tracker_db:
        store.close_handoff(db, handoff, outcome, tracker_db)
        tracker_db.commit()
    note = state.catalogs.render("utter_handoff_closed", handoff.language).text
    msg = store.add_message(db, handoff.conversation_key, "out", "bot", note, handoff.id, delivered=False)
    db.commit()
    _deliver(state, handoff.conversation_key, msg.id, note)
    notify_handoff(state.notifier, handoff.id, "closed")
    return True


def conversation_erased(db: Session, state: GatewayState, key: str) -> None:
    """Called in the transaction that erases a conversation at the person's request (safety
    word, "delete my data"): the audit log keeps that each of its handoffs was erased (an id and
    a time, nothing else), so the console can tell the operator why the case is gone, and once
    the erasure is committed every console hears of it."""
    ids = list(db.scalars(select(Handoff.id).where(Handoff.conversation_key == key)))
    if not ids:
        return
    for handoff_id in ids:
        audit.record(db, "person", "erased", handoff_id)

    def announce(_session: Session) -> None:
        for handoff_id in ids:
            notify_handoff(state.notifier, handoff_id, "erased")

    event.listen(db, "after_commit", announce, once=True)


def _deliver(state: GatewayState, key: str, message_id: int, text: str) -> None:
    """A channel that reaches the person directly (Twilio) sends the message now (unredacted,
    never stored); otherwise it stays in the outbox, its unredacted text in memory until taken."""
    state.outbox.hold(message_id, text)
    if any(channel.deliver_operator_message(key, message_id, text) for channel in state.channels.values()):
        state.outbox.delivered(message_id)

