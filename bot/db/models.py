"""Gateway tables. Conversations are keyed by pseudonym; no raw address is stored."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.db.base import Base, utcnow


class Conversation(Base):
    __tablename__ = "conversations"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # HMAC pseudonym
    channel: Mapped[str] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(16))
    language_chosen: Mapped[bool] = mapped_column(default=False)  # explicit choice sticks
    country: Mapped[str | None] = mapped_column(String(2))  # only if the person gave it
    pending_menu: Mapped[str | None] = mapped_column(String(32))
    # Bot text only (referral pages, the rest of an answer): [[number that asks for it, text], ...].
    # In the database rather than in memory, so any gateway instance can send the next page.
    more_pages: Mapped[list | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    handoffs: Mapped[list[Handoff]] = relationship(
        back_populates="conversation", cascade="all, delete-orphan", passive_deletes=True
    )
    messages: Mapped[list[Message]] = relationship(
        back_populates="conversation", cascade="all, delete-orphan", passive_deletes=True
    )


class Handoff(Base):
    __tablename__ = "handoffs"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_key: Mapped[str] = mapped_column(
        ForeignKey("conversations.key", ondelete="CASCADE"), index=True
    )
    channel: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(64))
    risk_level: Mapped[str] = mapped_column(String(16))  # immediate | priority | refer | info
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | closed
    summary: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    outcome: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]

    conversation: Mapped[Conversation] = relationship(back_populates="handoffs")

    __table_args__ = (Index("ix_handoffs_status_created", "status", "created_at"),)


class Message(Base):
    """One redacted message in or out. Outbound rows double as the delivery outbox."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_key: Mapped[str] = mapped_column(
        ForeignKey("conversations.key", ondelete="CASCADE"), index=True
    )
    handoff_id: Mapped[int | None] = mapped_column(ForeignKey("handoffs.id", ondelete="CASCADE"))
    direction: Mapped[str] = mapped_column(String(3))  # in | out
    author: Mapped[str] = mapped_column(String(16))  # person | bot | operator
    text: Mapped[str] = mapped_column(Text)
    delivered: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    conversation: Mapped[Conversation] = relationship(back_populates="messages")


class ComponentFailure(Base):
    """A dialogue component that failed a person; carries no conversation data."""

    __tablename__ = "component_failures"

    id: Mapped[int] = mapped_column(primary_key=True)
    component: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
