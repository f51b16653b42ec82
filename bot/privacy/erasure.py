"""Erasing one conversation everywhere: the safety word, "delete my data" and the retention purge
all go through `erase_conversation`."""
from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from bot.db.channels import InboundQueueItem, OutboundQueueItem
from bot.db.models import Conversation, Handoff, Message
from bot.privacy import datakeys, tracker


def erase_conversation(db: Session, tracker_db: Session | None, key: str) -> None:
    """Removes every trace of one conversation: its keys (and with them every sealed row:
    messages, notes, replies kept for Twilio, messages not yet sent), gateway rows (the encrypted
    reply address and the Twilio channel state go with the conversation row), Rasa's tracker
    events and keys, and dead letters (queue rows have no foreign key to the conversation: they
    exist before it does). Messages still waiting in the queue (sent after the erasing one) are
    sealed again under a new key: they are new words, not lost ones."""
    vault = db.info.get("vault")
    waiting = _waiting_messages(db, vault, key)
    db.execute(delete(OutboundQueueItem).where(OutboundQueueItem.conversation_key == key))
    datakeys.destroy_conversation(db, key, vault)
    db.execute(delete(Message).where(Message.conversation_key == key))
    db.execute(delete(Handoff).where(Handoff.conversation_key == key))
    db.execute(delete(Conversation).where(Conversation.key == key))
    db.execute(delete(InboundQueueItem).where(InboundQueueItem.conversation_key == key,
                                              InboundQueueItem.status == "dead"))
    if waiting:
        new = vault.current(db, key)
        for row_id, text, prepared in waiting:
            db.execute(update(InboundQueueItem).where(InboundQueueItem.id == row_id).values(
                key_id=new.id, text=vault.seal_with(new, text or ""),
                prepared=vault.seal_with(new, prepared) if prepared else None))
    if tracker_db is not None:
        tracker.erase(tracker_db, key)


def _waiting_messages(db: Session, vault: datakeys.Vault | None, key: str) -> list[tuple[int, str | None, str | None]]:
    """Queued (not yet taken) messages of the conversation, opened in memory. The one being
    answered (`working`: the erasing message itself) is not among them."""
    q = InboundQueueItem
    rows = db.execute(select(q.id, q.key_id, q.text, q.prepared).where(
        q.conversation_key == key, q.status == "queued", q.key_id.is_not(None))).all()
    if not rows or vault is None:
        return []
    keys = vault.keys(db, (r.key_id for r in rows))
    return [(r.id, vault.open_with(keys.get(r.key_id), r.key_id, r.text),
             vault.open_with(keys.get(r.key_id), r.key_id, r.prepared)) for r in rows]
