"""Dead letters of the durable Twilio queue, for operators (operator token).

Lists what could not be processed after every try: when, which channel, how many tries and
the kind of error. No text, no address, no pseudonym: the person already got the fallback
message, and the case is followed up through the handoff queue if they write again.
"""
from __future__ import annotations

from fastapi import APIRouter, Depends
from sqlalchemy import select

from bot.channels.inbound.store import stats
from bot.db.channels import InboundQueueItem
from bot.db.base import utcnow
from bot.db.channels import InboundQueueItem
from bot.gateway.deps import DB, require_operator

router = APIRouter(prefix="/api/inbound", tags=["inbound"], dependencies=[Depends(require_operator)])


@router.get("/dead")
def dead_letters(db: DB, limit: int = 100) -> dict:
    rows = db.scalars(select(InboundQueueItem).where(InboundQueueItem.status == "dead")
                      .order_by(InboundQueueItem.id.desc()).limit(max(1, min(limit, 1000))))
    return {"dead": [{"id": r.id, "channel": r.channel, "attempts": r.attempts, "error": r.last_error,
                      "created_at": r.created_at.isoformat() + "Z", "updated_at": r.updated_at.isoformat() + "Z"}
                     for r in rows],
            "queue": stats(db, utcnow())}
