"""Console tables: operators, their sessions, scoped API tokens, case state, notes, audit.

Nothing here holds what the person wrote except notes, which are redacted and sealed with the
case's conversation key before saving.
Statistical categories (sex, nationality, migration situation) are closed lists, recorded
only when the person volunteered them; no free text.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.base import Base, utcnow
from bot.db.models import key_ref

ROLES = ("operator", "supervisor")
OUTCOMES = ("information_given", "referral_given", "report_made_with_consent", "stopped_responding", "other")
SEX_CATEGORIES = ("female", "male", "non_binary", "other")
MIGRATION_CATEGORIES = ("national", "regular_migrant", "irregular_migrant", "asylum_seeker", "refugee",
                        "returnee", "in_transit", "other")
TRANSFER_REASONS = ("language", "expertise", "supervisor_review", "end_of_shift", "workload", "other")


class Operator(Base):
    __tablename__ = "console_operators"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(128))
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16), default="operator")  # operator | supervisor
    languages: Mapped[str] = mapped_column(String(128), default="es")  # tags read, comma-separated
    active: Mapped[bool] = mapped_column(default=True)
    # Unused since 0010: sign-in pauses live in console_login_throttle, per (username, client).
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    # Set when a supervisor resets the password: the next sign-in must choose a new one.
    must_change_password: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None]

    @property
    def language_list(self) -> list[str]:
        return [t.strip() for t in self.languages.split(",") if t.strip()]

    @property
    def is_supervisor(self) -> bool:
        return self.role == "supervisor"


class ConsoleSession(Base):
    """A signed-in browser. Only the SHA-256 of the cookie value is stored."""

    __tablename__ = "console_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    operator_id: Mapped[int] = mapped_column(ForeignKey("console_operators.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class ApiToken(Base):
    """A scoped bearer token for the operator API. Only the SHA-256 is stored."""

    __tablename__ = "console_api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    scopes: Mapped[str] = mapped_column(String(256))  # space-separated
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class HandoffCase(Base):
    """Console state of one handoff. Deleted with the handoff (erasure cascades)."""

    __tablename__ = "console_cases"

    handoff_id: Mapped[int] = mapped_column(ForeignKey("handoffs.id", ondelete="CASCADE"), primary_key=True)
    claimed_by: Mapped[int | None] = mapped_column(ForeignKey("console_operators.id", ondelete="SET NULL"))
    claimed_at: Mapped[datetime | None]
    transferred_from: Mapped[int | None] = mapped_column(ForeignKey("console_operators.id", ondelete="SET NULL"))
    transfer_reason: Mapped[str | None] = mapped_column(String(32))  # one of TRANSFER_REASONS
    # The newest message the claiming operator has seen: later person messages are "unread".
    read_up_to: Mapped[int | None] = mapped_column(Integer)
    interpreter_requested_at: Mapped[datetime | None]
    interpreter_language: Mapped[str | None] = mapped_column(String(16))
    # Closed categories, only when volunteered by the person.
    sex: Mapped[str | None] = mapped_column(String(16))
    nationality: Mapped[str | None] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    migration_situation: Mapped[str | None] = mapped_column(String(24))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class CaseNote(Base):
    __tablename__ = "console_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    handoff_id: Mapped[int] = mapped_column(ForeignKey("handoffs.id", ondelete="CASCADE"), index=True)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("console_operators.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)  # redacted, then sealed
    key_id: Mapped[int | None] = key_ref()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CannedResponse(Base):
    """An operator's ready-made reply in one language, written by supervisors (not the bot's texts)."""

    __tablename__ = "console_canned"

    id: Mapped[int] = mapped_column(primary_key=True)
    language: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(24))  # short, searchable: "safe", "shelter", ...
    text: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("console_operators.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __table_args__ = (UniqueConstraint("language", "code", name="uq_console_canned_language_code"),)


class LoginThrottle(Base):
    """Failed sign-ins per (username, client), and per username from anywhere (client "*").

    Both keys are HMACs (the attempted username may be a mistyped password; addresses are the
    operators' own). Rows exist for any attempted username, so a pause says nothing about
    whether the account exists.
    """

    __tablename__ = "console_login_throttle"

    id: Mapped[int] = mapped_column(primary_key=True)
    username_key: Mapped[str] = mapped_column(String(64))
    client_key: Mapped[str] = mapped_column(String(64))  # "*" for the username-wide row
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    # Pair rows: sign-in paused until then. The username-wide row: next attempt allowed then.
    blocked_until: Mapped[datetime | None]

    __table_args__ = (UniqueConstraint("username_key", "client_key", name="uq_console_login_throttle_key"),)


class AuditEvent(Base):
    """Append-only: the migration adds triggers that refuse UPDATE and DELETE.

    `handoff_id` has no foreign key on purpose, so erasing a conversation keeps the record
    that it was handled (the log holds no message text).
    """

    __tablename__ = "console_audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(80))  # operator username, or "token:<name>"
    operator_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(32))
    handoff_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str | None] = mapped_column(String(128))  # outcome, target operator, filter: never text

    __table_args__ = (Index("ix_console_audit_handoff", "handoff_id"),)
