"""Append-only audit log: who did what to which handoff, and when. Never any message text."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from bot.db.console import AuditEvent

ACTIONS = ("login", "login_failed", "logout", "view", "claim", "unclaim", "message", "transfer", "note",
           "interpreter", "categories", "close", "export", "stats_view", "audit_view",
           # the person erased the conversation (actor "person"): the case view says so afterwards
           "erased",
           "canned_add", "canned_edit", "canned_delete",
           "pause_lifted", "operator_disabled", "operator_enabled", "password_reset", "password_changed")


def record(db: Session, actor: str, action: str, handoff_id: int | None = None,
           operator_id: int | None = None, detail: str | None = None) -> AuditEvent:
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    event = AuditEvent(actor=actor[:80], operator_id=operator_id, action=action, handoff_id=handoff_id,
                       detail=(detail or None) and detail[:128])
    db.add(event)
    return event


def query(actor: str | None = None, action: str | None = None, handoff_id: int | None = None,
          since: datetime | None = None, until: datetime | None = None, limit: int = 500) -> Select:
    stmt = select(AuditEvent)
    if actor:
        stmt = stmt.where(AuditEvent.actor == actor)
    if action:
        stmt = stmt.where(AuditEvent.action == action)
    if handoff_id is not None:
        stmt = stmt.where(AuditEvent.handoff_id == handoff_id)
    if since:
        stmt = stmt.where(AuditEvent.at >= since)
    if until:
        stmt = stmt.where(AuditEvent.at < until)
    return stmt.order_by(AuditEvent.id.desc()).limit(limit)
