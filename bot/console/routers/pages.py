"""Console pages and actions (/console). Forms post back with the session's CSRF token."""
from __future__ import annotations

import asyncio
import json
from datetime import datetime
from typing import Any

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from sqlalchemy import select

from bot.console import audit, auth, cases, i18n, stats
from bot.console.config import get_console_settings
from bot.console.models import (MIGRATION_CATEGORIES, OUTCOMES, SEX_CATEGORIES, AuditEvent, HandoffCase,
                                Operator)
from bot.console.notifier import get_notifier
from bot.console.web import (LANG_COOKIE, ConsoleGet, ConsolePost, SupervisorGet, client_ip, env,
                             is_https, new_pre_cookie, secure_headers)
from bot.gateway import handoff_service

router = APIRouter(prefix="/console", include_in_schema=False)

MAX_REPLY = 1600
MAX_NOTE = 2000
KEEPALIVE = 5.0
# Each event stream ends after this long and the browser reconnects at once (and refetches the
# queue): an open stream would otherwise hold up the gateway's graceful shutdown, which the
# supervisor gives 15 seconds.
STREAM_LIFETIME = 10.0
_limiter: auth.RateLimiter | None = None


def limiter() -> auth.RateLimiter:
    global _limiter
    if _limiter is None:
        _limiter = auth.RateLimiter(get_console_settings().login_rate_per_minute)
    return _limiter


# --------------------------------------------------------------------------- login / logout

def _login_page(request: Request, error: str | None = None, status_code: int = 200,
                lang: str | None = None) -> HTMLResponse:
    cfg = get_console_settings()
    state = request.app.state.hotline
    pre = request.cookies.get(auth.PRE_COOKIE) or new_pre_cookie()
    lang = lang or i18n.negotiate(request.cookies.get(LANG_COOKIE), request.headers.get("accept-language"))
    html = env.get_template("login.html").render(
        _=i18n.translations(lang).gettext, csrf=auth.login_csrf(state.settings.secret_key, pre), error=error,
        ui_lang=lang, ui_languages=i18n.available(), me=None, path=request.url.path)
    resp = secure_headers(HTMLResponse(html, status_code), request, cfg)
    resp.set_cookie(auth.PRE_COOKIE, pre, max_age=3600, **auth.cookie_kwargs(is_https(request, cfg)))
    if lang != request.cookies.get(LANG_COOKIE):
        resp.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, **auth.cookie_kwargs(is_https(request, cfg)))
    return resp


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, lang: str | None = None) -> HTMLResponse:
    return _login_page(request, lang=lang if lang in i18n.available() else None)


@router.post("/login")
async def login(request: Request) -> Response:
    from bot.console.web import read_form

    cfg = get_console_settings()
    state = request.app.state.hotline
    form = await read_form(request)
    _ = i18n.translations(i18n.negotiate(request.cookies.get(LANG_COOKIE),
                                         request.headers.get("accept-language"))).gettext
    pre = request.cookies.get(auth.PRE_COOKIE) or ""
    if not pre or not auth.csrf_ok(auth.login_csrf(state.settings.secret_key, pre), form.get(auth.CSRF_FIELD)):
        return _login_page(request, _("The form expired. Please try again."), status.HTTP_403_FORBIDDEN)
    if not limiter().allow(client_ip(request, cfg)):
        resp = _login_page(request, _("Too many attempts. Wait a minute and try again."),
                           status.HTTP_429_TOO_MANY_REQUESTS)
        resp.headers["Retry-After"] = "60"
        return resp
    username, password = form.get("username", "")[:64], form.get("password", "")[:1024]

    def check() -> tuple[str, str | None]:
        with state.sessions() as db:
            result = auth.authenticate(db, username, password, cfg)
            if result.operator is None:
                # Only a known username is written down: a mistyped password in the username
                # field must not end up in the log.
                known = db.scalar(select(Operator.id).where(Operator.username == username.strip().lower()))
                audit.record(db, username.strip().lower() if known else "?", "login_failed",
                             operator_id=known, detail=result.reason)
                db.commit()
                return result.reason, None
            raw, _sess = auth.start_session(db, result.operator)
            audit.record(db, result.operator.username, "login", operator_id=result.operator.id)
            db.commit()
            return "ok", raw

    reason, raw = await run_in_threadpool(check)
    if raw is None:
        # Locked and wrong look the same, so failed attempts do not reveal which usernames exist.
        message = (_("This account is disabled.") if reason == "disabled" else
                   _("Wrong username or password.") + " " +
                   _("After repeated failed attempts the account is locked for a while."))
        return _login_page(request, message, status.HTTP_401_UNAUTHORIZED)
    resp = secure_headers(RedirectResponse("/console/queue", status.HTTP_303_SEE_OTHER), request, cfg)
    resp.set_cookie(auth.COOKIE, raw, **auth.cookie_kwargs(is_https(request, cfg)))
    resp.delete_cookie(auth.PRE_COOKIE, path="/")
    return resp


@router.post("/logout")
def logout(c: ConsolePost) -> Response:
    auth.end_session(c.db, c.request.cookies.get(auth.COOKIE))
    c.audit("logout")
    c.db.commit()
    resp = c.redirect("/console/login")
    resp.delete_cookie(auth.COOKIE, path="/", httponly=True, samesite="strict", secure=is_https(c.request, c.cfg))
    return resp


@router.post("/lang")
def switch_language(c: ConsolePost) -> Response:
    lang = c.form.get("lang", "")
    nxt = c.form.get("next", "/console/queue")
    if not nxt.startswith("/console/") or nxt.startswith("//"):
        nxt = "/console/queue"
    resp = c.redirect(nxt)
    if lang in i18n.available():
        resp.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, **auth.cookie_kwargs(is_https(c.request, c.cfg)))
    return resp


# --------------------------------------------------------------------------- queue

@router.get("", response_class=HTMLResponse)
def home(c: ConsoleGet) -> Response:
    return c.redirect("/console/queue")


@router.get("/queue", response_class=HTMLResponse)
def queue_page(c: ConsoleGet) -> HTMLResponse:
    return c.render("queue.html", rows=cases.queue(c.db, c.operator))


@router.get("/queue.json")
def queue_json(c: ConsoleGet) -> Response:
    return c.json({"rows": cases.queue(c.db, c.operator), "now": datetime.utcnow().isoformat() + "Z"})


@router.get("/events")
async def events(c: ConsoleGet) -> StreamingResponse:
    """Server-sent events: `handoff` when a handoff opens, changes or closes."""
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
        async with get_notifier().subscribe() as queue:
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


# --------------------------------------------------------------------------- conversation

def _error_text(_: Any, code: str) -> str:
    return {
        "claimed_by_other": _("Another operator has claimed this case. Ask them or a supervisor to transfer it."),
        "closed": _("This case is closed."),
        "not_found": _("No such case."),
        "no_such_operator": _("Choose an active operator."),
        "bad_outcome": _("Choose an outcome."),
        "empty": _("Write a message first."),
        "bad_category": _("Choose a value from the list."),
    }.get(code, code)


def _case_page(c: ConsoleGet | ConsolePost, handoff_id: int, error: str | None = None,
               status_code: int = 200, draft: str = "") -> HTMLResponse:
    handoff, case = cases.get_case(c.db, handoff_id)
    claimer = c.db.get(Operator, case.claimed_by) if case.claimed_by else None
    others = list(c.db.scalars(select(Operator).where(Operator.active.is_(True), Operator.id != c.operator.id)
                               .order_by(Operator.role.desc(), Operator.display_name)))
    readable = cases.may_read(c.operator, handoff, case)  # the person's words: only the case's operator
    notes = cases.notes(c.db, handoff) if readable else []
    return c.render(
        "case.html", status_code=status_code, handoff=handoff, case=case, claimer=claimer, sealed=not readable,
        summary=cases.summary_view(handoff, c.db, quotes=readable),
        lines=cases.transcript(c.db, handoff) if readable else [],
        can_reply=handoff.status == "open" and cases.may_reply(c.operator, case),
        reads=cases.reads(c.operator, handoff.language), language_name=cases.language_name(handoff.language),
        channel_label=cases.channel_label(handoff.channel), canned=cases.canned(c.state.catalogs, handoff.language),
        others=others, notes=notes, outcomes=OUTCOMES, sex_categories=SEX_CATEGORIES,
        migration_categories=MIGRATION_CATEGORIES, error=error, draft=draft,
        whatsapp=_whatsapp_window(c, handoff),
    )


def _whatsapp_window(c: ConsoleGet | ConsolePost, handoff: Any) -> Any:
    """WhatsApp's 24-hour window for the composer (None on other channels): template mode after it."""
    from bot.channels import whatsapp
    from bot.channels.twilio_settings import get_twilio_settings

    if handoff.channel != "whatsapp" or handoff.status != "open":
        return None
    return whatsapp.status(c.db, handoff.conversation_key, handoff.language, get_twilio_settings())


@router.get("/cases/{handoff_id}", response_class=HTMLResponse)
def case_page(handoff_id: int, c: ConsoleGet) -> HTMLResponse:
    try:
        cases.get_case(c.db, handoff_id)
    except cases.CaseError as exc:
        raise HTTPException(exc.status, exc.code) from None
    c.audit("view", handoff_id)
    c.db.commit()
    return _case_page(c, handoff_id)


@router.get("/cases/{handoff_id}/transcript.json")
def case_transcript(handoff_id: int, c: ConsoleGet) -> Response:
    try:
        handoff, case = cases.get_case(c.db, handoff_id)
    except cases.CaseError as exc:
        raise HTTPException(exc.status, exc.code) from None
    shown = cases.transcript(c.db, handoff) if cases.may_read(c.operator, handoff, case) else []
    lines = [{"id": m.id, "author": m.author, "direction": m.direction, "text": m.text,
              "at": m.created_at.isoformat(timespec="seconds") + "Z"} for m in shown]
    c.db.rollback()  # get_case may have created the case row: nothing to keep from a poll
    return c.json({"status": handoff.status, "lines": lines})


def _act(c: ConsolePost, handoff_id: int, action: str) -> Response:
    """Runs one case action; on a refusal re-renders the case with the reason."""
    _ = c.gettext
    try:
        handoff, case = cases.get_case(c.db, handoff_id)
        if action == "claim":
            cases.claim(c.db, c.operator, handoff, case)
            c.audit("claim", handoff.id)
        elif action == "unclaim":
            cases.unclaim(c.db, c.operator, handoff, case)
            c.audit("unclaim", handoff.id)
        elif action == "reply":
            text = c.form.get("text", "").strip()
            if not text and (name := c.form.get("canned")) in cases.CANNED:
                text = c.state.catalogs.render(name, handoff.language).text
            if not text:
                raise cases.CaseError("empty", 400)
            text = text[:MAX_REPLY]
            cases.before_reply(c.db, c.operator, handoff, case)
            c.audit("message", handoff.id)
            try:
                handoff_service.send_operator_message(c.db, c.state, handoff, text)
            except handoff_service.HandoffClosed:
                raise cases.CaseError("closed") from None
        elif action == "transfer":
            try:
                target_id = int(c.form.get("to", ""))
            except ValueError:
                raise cases.CaseError("no_such_operator", 400) from None
            target = cases.transfer(c.db, c.operator, handoff, case, target_id)
            c.audit("transfer", handoff.id, detail=f"to:{target.username}")
        elif action == "note":
            body = c.form.get("text", "").strip()[:MAX_NOTE]
            if not body:
                raise cases.CaseError("empty", 400)
            cases.add_note(c.db, handoff, c.operator, body)
            c.audit("note", handoff.id)
        elif action == "interpreter":
            cases.request_interpreter(case, handoff)
            c.audit("interpreter", handoff.id, detail=handoff.language)
        elif action == "categories":
            values = {"sex": (c.form.get("sex") or None, SEX_CATEGORIES),
                      "migration_situation": (c.form.get("migration_situation") or None, MIGRATION_CATEGORIES)}
            for attr, (value, allowed) in values.items():
                if value is not None and value not in allowed:
                    raise cases.CaseError("bad_category", 400)
                setattr(case, attr, value)
            nat = (c.form.get("nationality") or "").strip().upper() or None
            if nat is not None and not (len(nat) == 2 and nat.isalpha() and nat.isascii()):
                raise cases.CaseError("bad_category", 400)
            case.nationality = nat
            c.audit("categories", handoff.id)
        elif action == "close":
            outcome = c.form.get("outcome", "")
            cases.before_close(c.operator, handoff, case, outcome)
            c.audit("close", handoff.id, detail=outcome)
            handoff_service.close_handoff(c.db, c.state, handoff, outcome)
        else:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "no such action")
        c.db.commit()
    except cases.CaseError as exc:
        c.db.rollback()
        if exc.code == "not_found":
            raise HTTPException(404, "no such handoff") from None
        draft = c.form.get("text", "") if action == "reply" else ""
        return _case_page(c, handoff_id, _error_text(_, exc.code), exc.status, draft=draft)
    if action in ("claim", "unclaim", "transfer", "close"):
        from bot.console.notifier import notify_handoff

        notify_handoff(handoff_id, action)
    return c.redirect(f"/console/cases/{handoff_id}#{'reply' if action == 'reply' else 'top'}")


@router.post("/cases/{handoff_id}/{action}")
def case_action(handoff_id: int, action: str, c: ConsolePost) -> Response:
    if action not in ("claim", "unclaim", "reply", "transfer", "note", "interpreter", "categories", "close"):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such action")
    return _act(c, handoff_id, action)


# --------------------------------------------------------------------------- supervisors

@router.get("/dashboard", response_class=HTMLResponse)
def dashboard(c: SupervisorGet, start: str | None = None, end: str | None = None,
              granularity: str | None = None) -> HTMLResponse:
    period = stats.Period.parse(start, end, granularity)
    data = stats.compute(c.db, period)
    c.audit("stats_view", detail=f"{period.start}..{period.end}")
    c.db.commit()
    return c.render("dashboard.html", stats=data, period=period, data_json=json.dumps(data.as_dict()))


@router.get("/dashboard/export.csv")
def export_csv(c: SupervisorGet, start: str | None = None, end: str | None = None,
               granularity: str | None = None) -> Response:
    period = stats.Period.parse(start, end, granularity)
    body = stats.compute(c.db, period).to_csv()
    c.audit("export", detail=f"{period.start}..{period.end}")
    c.db.commit()
    resp = Response(body, media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="hotline-stats-{period.start}-{period.end}.csv"'})
    return secure_headers(resp, c.request, c.cfg)


@router.get("/audit", response_class=HTMLResponse)
def audit_page(c: SupervisorGet, actor: str | None = None, action: str | None = None,
               handoff: str | None = None, start: str | None = None, end: str | None = None) -> HTMLResponse:
    handoff_id = int(handoff) if handoff and handoff.isdigit() else None
    period = stats.Period.parse(start, end, None) if (start or end) else None
    stmt = audit.query(actor or None, action if action in audit.ACTIONS else None, handoff_id,
                       period.start_dt if period else None, period.end_dt if period else None)
    events: list[AuditEvent] = list(c.db.scalars(stmt))
    c.audit("audit_view")
    c.db.commit()
    actors = sorted({a for (a,) in c.db.execute(select(AuditEvent.actor).distinct()).all()})
    return c.render("audit.html", events=events, actors=actors, actions=audit.ACTIONS,
                    f={"actor": actor or "", "action": action or "", "handoff": handoff or "",
                       "start": start or "", "end": end or ""})


@router.get("/cases", response_class=HTMLResponse)
def cases_redirect(c: ConsoleGet) -> Response:
    return c.redirect("/console/queue")


__all__ = ["router", "HandoffCase"]
