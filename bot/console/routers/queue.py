"""The queue, its live updates, "help next", and the follow-up list of closed cases."""
from __future__ import annotations

import asyncio
import json
from datetime import datetime

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response, StreamingResponse

from bot import languages
from bot.console import auth, cases
from bot.console.stats import EXPLOITATION_TYPES
from bot.console.web import ConsoleGet, ConsolePoll, ConsolePost, ConsoleRoute, secure_headers
from bot.db.console import OUTCOMES
from bot.gateway.notifier import notify_handoff

router = APIRouter(prefix="/console", include_in_schema=False, route_class=ConsoleRoute)

KEEPALIVE = 5.0
# Each event stream ends after this long and the browser reconnects at once (and refetches the
# queue): an open stream would otherwise hold up the gateway's graceful shutdown, which the
# supervisor gives 15 seconds.
STREAM_LIFETIME = 10.0


@router.get("", response_class=HTMLResponse)
def home(c: ConsoleGet) -> Response:
    return c.redirect("/console/queue")


@router.get("/queue", response_class=HTMLResponse)
def queue_page(c: ConsoleGet, none: str | None = None) -> HTMLResponse:
    return c.render("queue.html", rows=cases.queue(c.db, c.operator), nothing_next=bool(none))


@router.get("/queue.json")
def queue_json(c: ConsolePoll) -> Response:
    return c.json({"rows": cases.queue(c.db, c.operator), "now": datetime.utcnow().isoformat() + "Z"})


@router.get("/events")
async def events(c: ConsolePoll) -> StreamingResponse:
    """Server-sent events: `handoff` when a handoff opens, changes, gets a message or is erased."""
    request, raw = c.request, c.request.cookies.get(auth.COOKIE)
    state, cfg = c.state, c.cfg

    def still_signed_in() -> bool:
        with state.sessions() as db:
            ok = auth.load_session(db, raw, cfg, touch=False) is not None
            db.commit()
            return ok

    async def stream():  # noqa: ANN202
        loop = asyncio.get_running_loop()
        end = loop.time() + STREAM_LIFETIME
        async with state.notifier.subscribe() as queue:
            yield "retry: 250\n: connected\n\n"
            while (left := end - loop.time()) > 0:
                try:
                    event = await asyncio.wait_for(queue.get(), min(KEEPALIVE, left))
                    yield f"event: {event['kind']}\ndata: {json.dumps(event)}\n\n"
                except TimeoutError:
                    if await request.is_disconnected() or not await run_in_threadpool(still_signed_in):
                        return
                    yield ": keepalive\n\n"

    resp = StreamingResponse(stream(), media_type="text/event-stream",
                             headers={"X-Accel-Buffering": "no"})
    return secure_headers(resp, request, cfg)


@router.post("/next")
def help_next(c: ConsolePost) -> Response:
    """Claims the most urgent unclaimed case and opens it (the Crisis Text Line's "help next")."""
    handoff = cases.next_case(c.db, c.operator)
    if handoff is None:
        c.db.rollback()
        return c.redirect("/console/queue?none=1")
    c.audit("claim", handoff.id, detail="next")
    c.db.commit()
    notify_handoff(c.state.notifier, handoff.id, "claim")
    return c.redirect(f"/console/cases/{handoff.id}")


@router.get("/closed", response_class=HTMLResponse)
def closed_page(c: ConsoleGet) -> HTMLResponse:
    params = dict(c.request.query_params)
    found = cases.closed_cases(c.db, cases.ClosedFilter.parse(params))
    return c.render("closed.html", rows=found, f={k: params.get(k, "") for k in
                                                 ("id", "start", "end", "level", "category", "language")},
                    levels=list(cases.RISK_RANK), categories=EXPLOITATION_TYPES, outcomes=OUTCOMES,
                    languages={tag: cases.language_name(tag) for tag in languages.registry()},
                    limit=cases.LIMIT_CLOSED)
