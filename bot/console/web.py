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
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from bot.console import auth, i18n
from bot.console.config import ConsoleSettings, get_console_settings
from bot.console.models import ConsoleSession, Operator
from bot.gateway.state import GatewayState

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
    if cfg.trust_proxy and (fwd := request.headers.get("x-forwarded-for")):
        return fwd.split(",")[0].strip()
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
        from bot.console import audit

        audit.record(self.db, self.operator.username, action, handoff_id, self.operator.id, detail)

    def render(self, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        html = env.get_template(template).render(
            _=self.gettext, me=self.operator, csrf=self.session.csrf_token, ui_lang=self.lang,
            ui_languages=i18n.available(), path=self.request.url.path, **context)
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


def login_required(request: Request) -> HTTPException:
    if _wants_html(request):
        return HTTPException(status.HTTP_303_SEE_OTHER, "login required", headers={"Location": "/console/login"})
    return HTTPException(status.HTTP_401_UNAUTHORIZED, "login required")


def _console_dependency(check_csrf: bool):  # noqa: ANN202
    async def dependency(request: Request) -> AsyncIterator[Console]:
        state: GatewayState = request.app.state.hotline
        cfg = get_console_settings()
        form = await read_form(request) if check_csrf else {}
        with state.sessions() as db:
            # Background refreshes (queue, transcript) do not count as activity for the idle timeout.
            background = request.headers.get("x-console-background") == "1"
            found = auth.load_session(db, request.cookies.get(auth.COOKIE), cfg, touch=not background)
            if found is None:
                db.commit()
                raise login_required(request)
            sess, op = found
            if check_csrf:
                given = form.get(auth.CSRF_FIELD) or request.headers.get(auth.CSRF_HEADER)
                if not auth.csrf_ok(sess.csrf_token, given):
                    raise HTTPException(status.HTTP_403_FORBIDDEN, "invalid CSRF token")
            db.commit()
            lang = i18n.negotiate(request.cookies.get(LANG_COOKIE), request.headers.get("accept-language"))
            yield Console(request, state, db, op, sess, cfg, lang, form)

    return dependency


console_get = _console_dependency(check_csrf=False)
console_post = _console_dependency(check_csrf=True)


def _supervisor(c: Annotated[Console, Depends(console_get)]) -> Console:
    if not c.operator.is_supervisor:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "supervisors only")
    return c


def _supervisor_post(c: Annotated[Console, Depends(console_post)]) -> Console:
    if not c.operator.is_supervisor:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "supervisors only")
    return c


ConsoleGet = Annotated[Console, Depends(console_get)]
ConsolePost = Annotated[Console, Depends(console_post)]
SupervisorGet = Annotated[Console, Depends(_supervisor)]
SupervisorPost = Annotated[Console, Depends(_supervisor_post)]


def new_pre_cookie() -> str:
    return secrets.token_urlsafe(24)


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
