"""Request plumbing for the console: sessions, CSRF, forms, templates and headers."""
from __future__ import annotations

import json
import secrets
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qsl

import jinja2
from fastapi import Depends, HTTPException, Request, status
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from sqlalchemy.orm import Session

from bot.console import auth, i18n
from bot.db.console import ConsoleSession, Operator
from bot.gateway import audit
from bot.gateway.state import GatewayState
from bot.settings import ConsoleSettings, get_console_settings

TEMPLATES = Path(__file__).resolve().parent / "templates"
MAX_FORM = 64 * 1024
LANG_COOKIE = "hotline_console_lang"

# Stricter than the gateway's default: no inline style either, forms post only here.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; media-src 'none'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cache-Control": "no-store",
}

env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    autoescape=True,  # everything the person wrote is rendered escaped
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def _fmt_dt(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S UTC") if value else ""


def _iso(value: datetime | None) -> str:
    return value.isoformat(timespec="seconds") + "Z" if value else ""


env.filters["dt"] = _fmt_dt
env.filters["iso"] = _iso


def is_https(request: Request, cfg: ConsoleSettings) -> bool:
    return auth.is_https(request.url.scheme, request.headers.get("x-forwarded-proto"), cfg.trust_proxy)


def client_ip(request: Request, cfg: ConsoleSettings) -> str:
    """The client's address. Behind the trusted proxy, the last X-Forwarded-For entry: the one
    the proxy wrote (the shipped nginx configs replace the header with $remote_addr; a proxy that
    appends still puts the address it saw last, after anything the client sent)."""
    if cfg.trust_proxy and (fwd := request.headers.get("x-forwarded-for")):
        return fwd.split(",")[-1].strip() or "unknown"
    return request.client.host if request.client else "unknown"


def secure_headers(response: Response, request: Request, cfg: ConsoleSettings) -> Response:
    for k, v in HEADERS.items():
        response.headers[k] = v
    if is_https(request, cfg):
        response.headers["Strict-Transport-Security"] = "max-age=31536000"
    return response


@dataclass
class Console:
    """One authenticated console request."""

    request: Request
    state: GatewayState
    db: Session
    operator: Operator
    session: ConsoleSession
    cfg: ConsoleSettings
    lang: str
    form: dict[str, str]

    @property
    def gettext(self) -> Callable[[str], str]:
        return i18n.translations(self.lang).gettext

    def audit(self, action: str, handoff_id: int | None = None, detail: str | None = None) -> None:
        audit.record(self.db, self.operator.username, action, handoff_id, self.operator.id, detail)

    def render(self, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        html = env.get_template(template).render(
            _=self.gettext, me=self.operator, csrf=self.session.csrf_token, ui_lang=self.lang,
            ui_languages=i18n.available(), path=self.request.url.path,
            alert_repeat=self.cfg.alert_repeat_seconds, **context)
        return secure_headers(HTMLResponse(html, status_code), self.request, self.cfg)

    def json(self, data: Any, status_code: int = 200) -> JSONResponse:
        return secure_headers(JSONResponse(data, status_code), self.request, self.cfg)

    def redirect(self, url: str) -> RedirectResponse:
        return secure_headers(RedirectResponse(url, status.HTTP_303_SEE_OTHER), self.request, self.cfg)


async def read_form(request: Request) -> dict[str, str]:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/x-www-form-urlencoded":
        return {}
    body = await request.body()
    if len(body) > MAX_FORM:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, "form too large")
    try:
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    except UnicodeDecodeError:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "form must be UTF-8") from None


def _wants_html(request: Request) -> bool:
    return request.method == "GET" and "text/html" in request.headers.get("accept", "")


def _wants_json(request: Request) -> bool:
    """The page scripts' calls (.json polls, the event stream) get JSON errors; anything a
    person opens or posts gets a page."""
    path = request.url.path
    accept = request.headers.get("accept", "")
    return path.endswith(".json") or path.endswith("/events") or (
        "application/json" in accept and "text/html" not in accept)


def login_required(request: Request) -> HTTPException:
    if not _wants_json(request) and "text/html" in request.headers.get("accept", ""):
        return HTTPException(status.HTTP_303_SEE_OTHER, "login required", headers={"Location": "/console/login"})
    return HTTPException(status.HTTP_401_UNAUTHORIZED, "login required")


# Pages an operator who must choose a new password may still open.
PASSWORD_PATHS = ("/console/password", "/console/logout")


def _console_dependency(check_csrf: bool, touch: bool):  # noqa: ANN202
    async def dependency(request: Request) -> AsyncIterator[Console]:
        state: GatewayState = request.app.state.hotline
        cfg = get_console_settings()
        form = await read_form(request) if check_csrf else {}
        with state.sessions() as db:
            # Only what the operator does counts as activity for the idle timeout: opening a
            # page, a form. The page scripts' polls and the event stream never do, whatever
            # headers they send, so an open tab does not keep a session alive by itself.
            found = auth.load_session(db, request.cookies.get(auth.COOKIE), cfg, touch=touch)
            if found is None:
                db.commit()
                raise login_required(request)
            sess, op = found
            if check_csrf:
                given = form.get(auth.CSRF_FIELD) or request.headers.get(auth.CSRF_HEADER)
                if not auth.csrf_ok(sess.csrf_token, given):
                    raise HTTPException(status.HTTP_403_FORBIDDEN, "invalid_csrf")
            db.commit()
            if op.must_change_password and request.url.path not in PASSWORD_PATHS:
                if request.method == "GET" and not _wants_json(request):
                    raise HTTPException(status.HTTP_303_SEE_OTHER, "password change required",
                                        headers={"Location": "/console/password"})
                raise HTTPException(status.HTTP_403_FORBIDDEN, "password_change_required")
            lang = i18n.negotiate(request.cookies.get(LANG_COOKIE), request.headers.get("accept-language"))
            yield Console(request, state, db, op, sess, cfg, lang, form)

    return dependency


console_get = _console_dependency(check_csrf=False, touch=True)
console_poll = _console_dependency(check_csrf=False, touch=False)  # .json polls, event stream
console_post = _console_dependency(check_csrf=True, touch=True)


def _supervisor(c: Annotated[Console, Depends(console_get)]) -> Console:
    if not c.operator.is_supervisor:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "supervisors_only")
    return c


def _supervisor_post(c: Annotated[Console, Depends(console_post)]) -> Console:
    if not c.operator.is_supervisor:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "supervisors_only")
    return c


ConsoleGet = Annotated[Console, Depends(console_get)]
ConsolePoll = Annotated[Console, Depends(console_poll)]
ConsolePost = Annotated[Console, Depends(console_post)]
SupervisorGet = Annotated[Console, Depends(_supervisor)]
SupervisorPost = Annotated[Console, Depends(_supervisor_post)]


def new_pre_cookie() -> str:
    return secrets.token_urlsafe(24)


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


# --------------------------------------------------------------------------- error pages

def error_message(_: Callable[[str], str], code: str) -> tuple[str, str]:
    """(title, explanation) for an error code, in the operator's language."""
    return {
        "not_found": (_("Not found"), _("There is no case or page at this address.")),
        "erased": (_("The person erased this conversation"),
                   _("They sent the safety word or asked for their data to be deleted. Nothing of the "
                     "conversation is kept, and the case has left the queue.")),
        "supervisors_only": (_("Supervisors only"), _("This page is for supervisors.")),
        "invalid_csrf": (_("This form has expired"),
                         _("Go back, reload the page and try again.")),
        "password_change_required": (_("Choose a new password"),
                                     _("A supervisor reset your password: choose a new one first.")),
        "too_large": (_("Too much text"), _("The form was too large to read.")),
        "bad_form": (_("Unreadable form"), _("The form could not be read. Reload the page and try again.")),
    }.get(code, (_("Something went wrong"), _("This request could not be completed. Go back and try again.")))


_CODES = {"no such handoff": "not_found", "Not Found": "not_found", "no such action": "not_found",
          "form too large": "too_large", "form must be UTF-8": "bad_form"}


def _page_context(request: Request) -> dict[str, Any]:
    """The signed-in operator, if any (without counting as activity), for the page header."""
    state: GatewayState = request.app.state.hotline
    with state.sessions() as db:
        found = auth.load_session(db, request.cookies.get(auth.COOKIE), get_console_settings(), touch=False)
        db.commit()
        if found is None:
            return {"me": None, "csrf": ""}
        sess, op = found
        db.expunge_all()
        return {"me": op, "csrf": sess.csrf_token}


async def error_response(request: Request, status_code: int, detail: Any,
                         headers: dict[str, str] | None = None) -> Response:
    cfg = get_console_settings()
    code = _CODES.get(str(detail), str(detail))
    if _wants_json(request):
        return secure_headers(JSONResponse({"error": code}, status_code, headers=headers), request, cfg)
    lang = i18n.negotiate(request.cookies.get(LANG_COOKIE), request.headers.get("accept-language"))
    _ = i18n.translations(lang).gettext
    title, text = error_message(_, code)
    ctx = await run_in_threadpool(_page_context, request)
    html = env.get_template("error.html").render(
        _=_, ui_lang=lang, ui_languages=i18n.available(), path=request.url.path, title=title, text=text,
        code=code, status=status_code, **ctx)
    return secure_headers(HTMLResponse(html, status_code, headers=headers), request, cfg)


class ConsoleRoute(APIRoute):
    """Console routes answer an error with a page in the operator's language and a way back,
    never with raw JSON (the page scripts' .json and event routes excepted)."""

    def get_route_handler(self) -> Callable[[Request], Any]:
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            try:
                return await handler(request)
            except RequestValidationError:  # /console/cases/abc: no such case
                return await error_response(request, status.HTTP_404_NOT_FOUND, "not_found")
            except HTTPException as exc:
                if exc.status_code < 400:
                    raise
                return await error_response(request, exc.status_code, exc.detail, exc.headers)

        return handle
