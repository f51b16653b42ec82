"""Tables of the Twilio channel and of reply handles (migration 0003).

Nothing here holds an address in the clear: Twilio SIDs are kept as HMACs, and the one
address kept to reply later is encrypted, expires after 24 hours and goes with the
conversation (ON DELETE CASCADE).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.base import Base, utcnow


class TwilioInbound(Base):
    """One processed inbound MessageSid (as an HMAC), so a retried webhook runs once."""

    __tablename__ = "twilio_inbound"

    sid_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class TwilioConversation(Base):
    """Channel state of a pseudonymous conversation: the opt-out flag and a pending "more"."""

    __tablename__ = "twilio_conversations"

    conversation_key: Mapped[str] = mapped_column(
        ForeignKey("conversations.key", ondelete="CASCADE"), primary_key=True
    )
    opted_out: Mapped[bool] = mapped_column(default=False)
    more_text: Mapped[str | None] = mapped_column(Text)  # rest of a long bot reply
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
