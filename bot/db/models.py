"""Gateway tables. Conversations are keyed by pseudonym; no raw address is stored.

What a person wrote (and what is written to them) is stored sealed with a key of the
conversation's own (`ConversationKey`, bot/privacy/datakeys.py): `key_id` names it. A row with
no `key_id` was written before migration 0008 and is sealed at the next start.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.db.base import Base, utcnow


class ConversationKey(Base):
    """A conversation's data key (AES-256), wrapped by a master key kept outside the database.

    Deleting the row destroys what was sealed with it: rows that hold words go with it (ON DELETE
    CASCADE), rows that outlive them (a handoff, for statistics) lose their sealed columns. A
    conversation gets a new key when a case closes (the old one is destroyed `HOTLINE_REVIEW_DAYS`
    later) and every few days (destroyed once all it sealed is past retention).
    """

    __tablename__ = "conversation_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    # No foreign key: a queued message is sealed before its conversation row exists.
    conversation_key: Mapped[str] = mapped_column(String(64), index=True)
    master_id: Mapped[str] = mapped_column(String(16))  # which master key wrapped it
    wrapped: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    retired_at: Mapped[datetime | None]  # no longer used for new words
    destroy_after: Mapped[datetime | None] = mapped_column(index=True)


def key_ref(on_delete: str = "CASCADE") -> Mapped[int | None]:
    """The key a row's words are sealed with. CASCADE: the row is only its words; SET NULL: the
    row outlives them (the purge clears its sealed columns first)."""
    return mapped_column(ForeignKey("conversation_keys.id", ondelete=on_delete), index=True)


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
    # Screening summary without the person's words: level, rule, indicator ids, age band,
    # needs (statistics read it). The quotes are sealed apart, in `quotes`.
    summary: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    quotes: Mapped[str | None] = mapped_column(Text)
    key_id: Mapped[int | None] = key_ref("SET NULL")
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
    text: Mapped[str] = mapped_column(Text)  # sealed
    key_id: Mapped[int | None] = key_ref()
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
