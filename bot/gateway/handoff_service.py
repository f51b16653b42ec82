"""What an operator does to a handoff, shared by the operator API and the console.

Both paths reply and close through these functions, so a reply always takes the same
store/outbox route to the person's channel and closing always resumes the bot the same way.
"""
from __future__ import annotations

from sqlalchemy.orm import Session

from bot.db.models import Handoff, Message
from bot.gateway import store
from bot.gateway.state import GatewayState
from bot.privacy.redaction import redact


class HandoffClosed(Exception):
    """The handoff is no longer open: nothing more can be sent to it."""


def send_operator_message(db: Session, state: GatewayState, handoff: Handoff, text: str) -> Message:
    """Queues an operator message for the person and commits.

    Stored redacted; delivered from the outbox by the person's channel.
    """
    if handoff.status != "open":
        raise HandoffClosed(handoff.id)
    msg = store.add_message(db, handoff.conversation_key, "out", "operator",
                            redact(text, handoff.language), handoff.id, delivered=False)
    db.commit()
    _deliver(state, handoff.conversation_key, msg.id, text)
    state.metrics.inc("operator_messages")
    _notify(handoff.id, "message")
    return msg


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
    _notify(handoff.id, "closed")
    return True


def _deliver(state: GatewayState, key: str, message_id: int, text: str) -> None:
    """Twilio conversations get the message now (unredacted, never stored); the others keep
    it in the outbox, with the unredacted text in memory until delivered."""
    state.outbox_text[message_id] = text
    from bot.channels import outbound

    if outbound.deliver_operator_message(state, key, message_id, text):
        state.outbox_text.pop(message_id, None)


def _notify(handoff_id: int, change: str) -> None:
    try:
        from bot.console.notifier import notify_handoff
    except ImportError:  # console not installed
        return
    notify_handoff(handoff_id, change)
