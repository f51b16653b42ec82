"""Operator API for handoffs (bearer token)."""
from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, Field
from sqlalchemy import case, select

from bot.console.tokens import TokenActor, require_scope
from bot.db.models import Handoff
from bot.gateway import audit, handoff_service, store
from bot.gateway.deps import DB, State
from bot.screening import URGENCY

# Scoped tokens (bot/console/tokens.py); HOTLINE_OPERATOR_TOKEN keeps every scope.
Reader = Annotated[TokenActor, Depends(require_scope("handoffs:read"))]
Writer = Annotated[TokenActor, Depends(require_scope("handoffs:write"))]

router = APIRouter(prefix="/api/handoffs", tags=["handoffs"])


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


_RISK_RANK = case(URGENCY, value=Handoff.risk_level, else_=9)


def _get(db: DB, handoff_id: int) -> Handoff:
    handoff = db.get(Handoff, handoff_id)
    if handoff is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such handoff")
    return handoff


@router.get("", response_model=list[HandoffOut])
def list_open(db: DB, _actor: Reader) -> list[Handoff]:
    """Open handoffs, most urgent first, then longest waiting."""
    return list(db.scalars(
        select(Handoff).where(Handoff.status == "open").order_by(_RISK_RANK, Handoff.created_at)
    ))


@router.get("/{handoff_id}", response_model=HandoffDetail)
def detail(handoff_id: int, db: DB, actor: Reader) -> HandoffDetail:
    """The case; its transcript and the summary's quotes only with the `transcripts:read` scope
    (the operator token has it), and only while their keys exist (the review period)."""
    handoff = _get(db, handoff_id)
    audit.record(db, actor.label, "view", handoff.id)
    db.commit()
    words = "transcripts:read" in actor.scopes
    lines = store.transcript(db, handoff.conversation_key) if words else []
    summary = store.handoff_summary(db, handoff, quotes=words) or {
        "screened": False, "risk_level": handoff.risk_level, "reason": handoff.reason, "language": handoff.language}
    return HandoffDetail(
        id=handoff.id, language=handoff.language, risk_level=handoff.risk_level, reason=handoff.reason,
        created_at=handoff.created_at, status=handoff.status, channel=handoff.channel, summary=summary,
        transcript=[TranscriptLine(direction=m.direction, author=m.author, text=m.text, created_at=m.created_at)
                    for m in lines],
    )


@router.post("/{handoff_id}/messages", response_model=MessageAccepted, status_code=status.HTTP_201_CREATED)
def send_message(handoff_id: int, body: OperatorMessage, db: DB, state: State, actor: Writer) -> MessageAccepted:
    handoff = _get(db, handoff_id)
    audit.record(db, actor.label, "message", handoff.id)
    try:
        msg = handoff_service.send_operator_message(db, state, handoff, body.text)
    except handoff_service.HandoffClosed:
        raise HTTPException(status.HTTP_409_CONFLICT, "handoff is closed") from None
    return MessageAccepted(id=msg.id, status="queued")


@router.post("/{handoff_id}/close", response_model=HandoffOut)
def close(handoff_id: int, body: CloseRequest, db: DB, state: State, actor: Writer) -> Handoff:
    handoff = _get(db, handoff_id)
    if handoff.status == "open":
        audit.record(db, actor.label, "close", handoff.id, detail=body.outcome)
    handoff_service.close_handoff(db, state, handoff, body.outcome)
    return handoff
