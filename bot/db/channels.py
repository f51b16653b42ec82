"""Tables of the Twilio channel and of reply handles (migration 0003).

Nothing here holds an address in the clear: Twilio SIDs are kept as HMACs, and the one
address kept to reply later is encrypted, expires after 24 hours and goes with the
conversation (ON DELETE CASCADE). Words (queued text, replies, the rest of a long reply) are
sealed with the conversation's data key (`key_id`, bot/privacy/datakeys.py).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.base import Base, utcnow
from bot.db.models import key_ref


class TwilioInbound(Base):
    """One processed inbound MessageSid (as an HMAC), so a retried webhook runs once."""

    __tablename__ = "twilio_inbound"

    sid_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    # Exact for the first two days (the dedupe window), then cut to the day: the row is kept
    # `HOTLINE_REPLAY_DAYS` against replays of a signed webhook (bot/privacy/purge.py).
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class TwilioReply(Base):
    """The replies a webhook was answered with as TwiML, sealed with the conversation's key, for
    a few minutes: Twilio posts a webhook again only when the first answer did not reach it (the
    gateway died after closing the row), and the retry gets the same replies. Destroying the
    conversation's key (erasure) deletes them."""

    __tablename__ = "twilio_replies"

    sid_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    key_id: Mapped[int] = mapped_column(ForeignKey("conversation_keys.id", ondelete="CASCADE"), index=True)
    bodies: Mapped[str] = mapped_column(Text)  # sealed JSON list
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class TwilioConversation(Base):
    """Channel state of a pseudonymous conversation: the opt-out flag, a pending "more", and
    when WhatsApp's customer service window closes."""

    __tablename__ = "twilio_conversations"

    conversation_key: Mapped[str] = mapped_column(
        ForeignKey("conversations.key", ondelete="CASCADE"), primary_key=True
    )
    opted_out: Mapped[bool] = mapped_column(default=False)
    more_text: Mapped[str | None] = mapped_column(Text)  # rest of a long reply, sealed
    key_id: Mapped[int | None] = key_ref("SET NULL")
    # WhatsApp only (migration 0011): 24 hours after the person's last message, less a margin.
    # After it, only an approved template reaches the person (bot/channels/whatsapp.py).
    window_ends_at: Mapped[datetime | None] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class TwilioDelivery(Base):
    """Delivery state of one message sent through the REST API, from status callbacks."""

    __tablename__ = "twilio_deliveries"

    id: Mapped[int] = mapped_column(primary_key=True)
    sid_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    conversation_key: Mapped[str] = mapped_column(
        ForeignKey("conversations.key", ondelete="CASCADE"), index=True
    )
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # operator | reply
    status: Mapped[str] = mapped_column(String(16))  # queued ... delivered | read | failed
    error_code: Mapped[str | None] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ReplyHandle(Base):
    """The person's address, encrypted (Fernet), to reply after the webhook has returned."""

    __tablename__ = "reply_handles"

    conversation_key: Mapped[str] = mapped_column(
        ForeignKey("conversations.key", ondelete="CASCADE"), primary_key=True
    )
    token: Mapped[str] = mapped_column(Text)
    expires_at: Mapped[datetime] = mapped_column()

    __table_args__ = (Index("ix_reply_handles_expires_at", "expires_at"),)


class InboundQueueItem(Base):
    """One inbound Twilio message, stored before the webhook is acknowledged (migration 0005).

    Holds the pseudonym, the reply address encrypted with the handle keys, the redacted
    text and the MessageSid as an HMAC (unique: a retried webhook is not queued twice).
    `lease_until` is when the row may be taken: for `queued` rows the earliest retry, for
    `working` rows the end of the worker's lease. Finished rows are deleted at once.
    """

    __tablename__ = "twilio_inbound_queue"

    id: Mapped[int] = mapped_column(primary_key=True)
    sid_hash: Mapped[str] = mapped_column(String(64), unique=True)
    conversation_key: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(16))
    address_token: Mapped[str | None] = mapped_column(Text)  # Fernet; dropped when the row dies
    text: Mapped[str] = mapped_column(Text, default="")  # redacted (cut to MAX_BODY), sealed
    # Erasure seals the open rows again under a new key; a dead letter keeps neither text nor key.
    key_id: Mapped[int | None] = key_ref("SET NULL")
    truncated: Mapped[bool] = mapped_column(default=False)
    num_media: Mapped[int] = mapped_column(default=0)
    opt_out_type: Mapped[str | None] = mapped_column(String(16))
    # Float, as migration 0005 made them (a bare float annotation would map to Double).
    latitude: Mapped[float | None] = mapped_column(Float)  # rounded to one decimal
    longitude: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(8), default="queued")  # queued | working | dead
    attempts: Mapped[int] = mapped_column(default=0)
    lease_until: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(String(64))  # an exception type, never text
    # The first try's turn as made ready for Rasa (JSON, from the redacted text; migration 0007):
    # a retry neither stores the message twice nor reads a menu answer without its menu.
    prepared: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __table_args__ = (
        Index("ix_twilio_inbound_queue_conversation", "conversation_key", "id"),
        Index("ix_twilio_inbound_queue_due", "status", "lease_until"),
    )


class OutboundQueueItem(Base):
    """One message to send through the REST API, written before the send (migration 0005).

    The address is encrypted with the handle keys, the body (the unredacted reply: the person
    must get what was written) sealed with the conversation's key. The row is deleted once
    Twilio accepts or refuses the message; `twilio_deliveries` keeps the outcome, without either.
    """

    __tablename__ = "twilio_outbound_queue"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_key: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))  # reply | operator | fallback
    # Operator messages go with their transcript row (erasure removes both).
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    address_token: Mapped[str] = mapped_column(Text)
    body_token: Mapped[str] = mapped_column(Text)  # sealed with key_id (before 0008: handle keys)
    # Erasure destroys the key: a message not yet sent is never sent.
    key_id: Mapped[int | None] = key_ref()
    status: Mapped[str] = mapped_column(String(8), default="pending")  # pending | sending
    attempts: Mapped[int] = mapped_column(default=0)
    lease_until: Mapped[datetime] = mapped_column(default=utcnow)  # next try, or end of lease
    last_error: Mapped[str | None] = mapped_column(String(32))  # HTTP status or error code
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        Index("ix_twilio_outbound_queue_conversation", "conversation_key", "id"),
        Index("ix_twilio_outbound_queue_due", "status", "lease_until"),
    )
