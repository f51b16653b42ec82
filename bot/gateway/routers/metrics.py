from __future__ import annotations

from fastapi import APIRouter, Depends
from sqlalchemy import func, select

from bot.db.models import ComponentFailure
from bot.gateway.deps import DB, State, require_operator

router = APIRouter(prefix="/api", tags=["metrics"], dependencies=[Depends(require_operator)])


@router.get("/metrics")
def metrics(state: State, db: DB) -> dict:
    """Counters since start-up, plus recorded component failures by kind."""
    failures = dict(db.execute(
        select(ComponentFailure.kind, func.count()).group_by(ComponentFailure.kind)
    ).all())
    missing = {f"{lang}:{name}": n for (lang, name), n in state.catalogs.missing.items()}
    return {"counters": state.metrics.snapshot(), "component_failures": failures,
            "translations_missing": missing}
