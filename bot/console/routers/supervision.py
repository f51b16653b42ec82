"""Supervisors' pages: dashboard and export, audit log, operators' accounts, canned responses."""
from __future__ import annotations

import json

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select

from bot import languages
from bot.console import auth, canned, stats
from bot.console.web import ConsoleRoute, SupervisorGet, SupervisorPost, secure_headers
from bot.db.console import AuditEvent, Operator
from bot.gateway import audit

router = APIRouter(prefix="/console", include_in_schema=False, route_class=ConsoleRoute)


# --------------------------------------------------------------------------- dashboard

@router.get("/dashboard", response_class=HTMLResponse)
def dashboard(c: SupervisorGet, start: str | None = None, end: str | None = None,
              granularity: str | None = None) -> HTMLResponse:
    period = stats.Period.parse(start, end, granularity)
    data = stats.compute(c.db, period, c.cfg.min_cell)
    c.audit("stats_view", detail=f"{period.start}..{period.end}")
    c.db.commit()
    return c.render("dashboard.html", stats=data, period=period, data_json=json.dumps(data.as_dict()))


@router.get("/dashboard/export.csv")
def export_csv(c: SupervisorGet, start: str | None = None, end: str | None = None,
               granularity: str | None = None) -> Response:
    period = stats.Period.parse(start, end, granularity)
    body = stats.compute(c.db, period, c.cfg.min_cell).to_csv()
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


# --------------------------------------------------------------------------- operators

def _operators_page(c: SupervisorGet | SupervisorPost, message: str | None = None, new_password: str | None = None,
                    status_code: int = 200) -> HTMLResponse:
    secret = c.state.settings.secret_key
    ops = list(c.db.scalars(select(Operator).order_by(Operator.username)))
    rows = [(op, auth.pauses_of(c.db, secret, op)) for op in ops]
    return c.render("operators.html", status_code=status_code, rows=rows, message=message,
                    new_password=new_password)


@router.get("/operators", response_class=HTMLResponse)
def operators_page(c: SupervisorGet) -> HTMLResponse:
    return _operators_page(c)


@router.post("/operators/{username}/{action}", response_class=HTMLResponse)
def operator_action(username: str, action: str, c: SupervisorPost) -> HTMLResponse:
    """Lift a sign-in pause, disable or enable an account, or reset a password (shown once)."""
    _ = c.gettext
    secret = c.state.settings.secret_key
    new_password = None
    try:
        op = auth.find_operator(c.db, username)
        if action == "unlock":
            auth.lift_pauses(c.db, secret, op.username)
            c.audit("pause_lifted", detail=op.username)
            message = _("Sign-in pauses lifted for %(name)s.") % {"name": op.display_name}
        elif action in ("disable", "enable"):
            if op.id == c.operator.id:
                raise auth.AccountError("self")
            auth.set_active(c.db, op.username, action == "enable")
            c.audit("operator_enabled" if action == "enable" else "operator_disabled", detail=op.username)
            message = (_("%(name)s can sign in again.") if action == "enable" else
                       _("%(name)s is disabled and signed out everywhere.")) % {"name": op.display_name}
        elif action == "reset":
            op, new_password = auth.reset_password(c.db, op.username)
            auth.lift_pauses(c.db, secret, op.username)
            c.audit("password_reset", detail=op.username)
            message = _("New password for %(name)s. Give it to them in person; they choose their own when "
                        "they sign in. It is not shown again.") % {"name": op.display_name}
        else:
            return _operators_page(c, _("Unknown action."), status_code=404)
    except auth.AccountError:
        c.db.rollback()
        return _operators_page(c, _("That cannot be done to this account."), status_code=400)
    c.db.commit()
    return _operators_page(c, message, new_password)


# --------------------------------------------------------------------------- canned responses

def _canned_error(_, code: str) -> str:  # noqa: ANN001
    return {
        "bad_language": _("Choose a language."),
        "bad_code": _("A code is 1 to 24 lowercase letters, digits, '-' or '_', starting with a letter or digit."),
        "bad_text": _("Write the response (at most 1,600 characters)."),
        "code_taken": _("This code is already used in this language."),
        "not_found": _("No such canned response."),
    }.get(code, code)


def _canned_page(c: SupervisorGet | SupervisorPost, language: str | None, message: str | None = None,
                 error: str | None = None, status_code: int = 200, form: dict | None = None) -> HTMLResponse:
    rows = canned.all_responses(c.db, language or None)
    return c.render("canned.html", status_code=status_code, rows=rows, message=message, error=error,
                    language=language or "", form=form or {},
                    languages={tag: f"{lang.endonym} ({tag})" for tag, lang in languages.registry().items()})


@router.get("/canned", response_class=HTMLResponse)
def canned_page(c: SupervisorGet, language: str | None = None) -> HTMLResponse:
    return _canned_page(c, language)


@router.post("/canned", response_class=HTMLResponse)
def canned_save(c: SupervisorPost) -> HTMLResponse:
    _ = c.gettext
    form = c.form
    raw_id = form.get("id", "")
    response_id = int(raw_id) if raw_id.isdigit() else None
    try:
        if form.get("delete") == "yes" and response_id is not None:
            row = canned.remove(c.db, response_id)
            c.audit("canned_delete", detail=f"{row.language}:{row.code}")
            message = _("Deleted.")
        else:
            row = canned.save(c.db, c.operator, form.get("language", ""), form.get("code", ""),
                              form.get("text", ""), response_id)
            c.audit("canned_edit" if response_id else "canned_add", detail=f"{row.language}:{row.code}")
            message = _("Saved.")
    except canned.CannedError as exc:
        c.db.rollback()
        return _canned_page(c, form.get("filter") or None, error=_canned_error(_, str(exc)), status_code=400,
                            form=form)
    c.db.commit()
    return _canned_page(c, form.get("filter") or None, message=message)
