"""Operator API for handoffs (bearer token)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, Field
from sqlalchemy import case, select

from bot.db.models import Handoff, Message
from bot.gateway import store
from bot.gateway.deps import DB, State, require_operator
from bot.privacy.redaction import redact

router = APIRouter(prefix="/api/handoffs", tags=["handoffs"], dependencies=[Depends(require_operator)])


class HandoffOut(BaseModel):
    id: int
    language: str
    risk_level: str
    reason: str
    created_at: datetime
    status: str


class TranscriptLine(BaseModel):
    direction: str
    author: str
    text: str
    created_at: datetime


class HandoffDetail(HandoffOut):
    channel: str
    summary: dict[str, Any]
    transcript: list[TranscriptLine]


class OperatorMessage(BaseModel):
    text: str = Field(min_length=1, max_length=1600)


class CloseRequest(BaseModel):
    outcome: str | None = Field(default=None, max_length=32)


class MessageAccepted(BaseModel):
    id: int
    status: str


_RISK_RANK = case({"immediate": 0, "priority": 1, "refer": 2, "info": 3}, value=Handoff.risk_level, else_=9)


def _get(db: DB, handoff_id: int) -> Handoff:
    handoff = db.get(Handoff, handoff_id)
    if handoff is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such handoff")
    return handoff


@router.get("", response_model=list[HandoffOut])
def list_open(db: DB) -> list[Handoff]:
    """Open handoffs, most urgent first, then longest waiting."""
    return list(db.scalars(
        select(Handoff).where(Handoff.status == "open").order_by(_RISK_RANK, Handoff.created_at)
    ))


@router.get("/{handoff_id}", response_model=HandoffDetail)
def detail(handoff_id: int, db: DB) -> HandoffDetail:
    handoff = _get(db, handoff_id)
    lines = db.scalars(
        select(Message).where(Message.conversation_key == handoff.conversation_key).order_by(Message.id)
    )
    summary = handoff.summary or {"screened": False, "risk_level": handoff.risk_level,
                                  "reason": handoff.reason, "language": handoff.language}
    return HandoffDetail(
        id=handoff.id, language=handoff.language, risk_level=handoff.risk_level, reason=handoff.reason,
        created_at=handoff.created_at, status=handoff.status, channel=handoff.channel, summary=summary,
        transcript=[TranscriptLine(direction=m.direction, author=m.author, text=m.text, created_at=m.created_at)
                    for m in lines],
    )


@router.post("/{handoff_id}/messages", response_model=MessageAccepted, status_code=status.HTTP_201_CREATED)
def send_message(handoff_id: int, body: OperatorMessage, db: DB, state: State) -> MessageAccepted:
    handoff = _get(db, handoff_id)
    if handoff.status != "open":
        raise HTTPException(status.HTTP_409_CONFLICT, "handoff is closed")
    # Stored redacted; delivered from the outbox by the person's channel.
    msg = store.add_message(db, handoff.conversation_key, "out", "operator",
                            redact(body.text, handoff.language), handoff.id, delivered=False)
    db.commit()
    state.metrics.inc("operator_messages")
    return MessageAccepted(id=msg.id, status="queued")


@router.post("/{handoff_id}/close", response_model=HandoffOut)
def close(handoff_id: int, body: CloseRequest, db: DB, state: State) -> Handoff:
    handoff = _get(db, handoff_id)
    if handoff.status == "open":
        store.close_handoff(db, handoff, body.outcome)
        note = state.catalogs.render("utter_handoff_closed", handoff.language).text
        store.add_message(db, handoff.conversation_key, "out", "bot", note, handoff.id, delivered=False)
        db.commit()
    return handoff
