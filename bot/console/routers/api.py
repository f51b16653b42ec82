"""Statistics for other tools, with a `stats:read` token. Same small-count suppression."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from bot.console import stats
from bot.console.tokens import TokenActor, require_scope
from bot.gateway import audit
from bot.settings import get_console_settings

router = APIRouter(prefix="/api", tags=["stats"])


@router.get("/stats")
def get_stats(request: Request, actor: Annotated[TokenActor, Depends(require_scope("stats:read"))],
              start: str | None = None, end: str | None = None, granularity: str | None = None) -> dict:
    """Aggregated, non-identifying statistics for a period (`start`/`end` as YYYY-MM-DD)."""
    period = stats.Period.parse(start, end, granularity)
    state = request.app.state.hotline
    with state.sessions() as db:
        data = stats.compute(db, period, get_console_settings().min_cell).as_dict()
        audit.record(db, actor.label, "stats_view", detail=f"{period.start}..{period.end}")
        db.commit()
    return data
