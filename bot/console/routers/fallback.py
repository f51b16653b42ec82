"""Any other /console address: a page saying there is nothing here, with a way back (not JSON)."""
from __future__ import annotations

from fastapi import APIRouter, HTTPException, status

from bot.console.web import ConsoleGet, ConsoleRoute

router = APIRouter(prefix="/console", include_in_schema=False, route_class=ConsoleRoute)


@router.get("/{rest:path}")
def not_found(rest: str, c: ConsoleGet) -> None:
    raise HTTPException(status.HTTP_404_NOT_FOUND, "not_found")
