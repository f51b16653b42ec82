"""Signing in and out, the UI language, and changing one's password."""
from __future__ import annotations

import math

from fastapi import APIRouter, Request, status
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select

from bot.console import auth, i18n, throttle
from bot.console.web import (LANG_COOKIE, ConsoleGet, ConsolePost, ConsoleRoute, client_ip, env, is_https,
                             new_pre_cookie, read_form, secure_headers)
from bot.db.console import Operator
from bot.gateway import audit
from bot.settings import get_console_settings

router = APIRouter(prefix="/console", include_in_schema=False, route_class=ConsoleRoute)


def limiter(request: Request) -> auth.RateLimiter:
    """This gateway's sign-in rate limiter (GatewayState.login_limiter), made at the first
    sign-in with the settings of that moment."""
    state = request.app.state.hotline
    if state.login_limiter is None:
        state.login_limiter = auth.RateLimiter(get_console_settings().login_rate_per_minute)
    return state.login_limiter


def _login_page(request: Request, error: str | None = None, status_code: int = 200,
                lang: str | None = None, headers: dict[str, str] | None = None) -> HTMLResponse:
    cfg = get_console_settings()
    state = request.app.state.hotline
    pre = request.cookies.get(auth.PRE_COOKIE) or new_pre_cookie()
    lang = lang or i18n.negotiate(request.cookies.get(LANG_COOKIE), request.headers.get("accept-language"))
    html = env.get_template("login.html").render(
        _=i18n.translations(lang).gettext, csrf=auth.login_csrf(state.settings.secret_key, pre), error=error,
        ui_lang=lang, ui_languages=i18n.available(), me=None, path=request.url.path)
    resp = secure_headers(HTMLResponse(html, status_code, headers=headers), request, cfg)
    resp.set_cookie(auth.PRE_COOKIE, pre, max_age=3600, **auth.cookie_kwargs(is_https(request, cfg)))
    if lang != request.cookies.get(LANG_COOKIE):
        resp.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, **auth.cookie_kwargs(is_https(request, cfg)))
    return resp


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, lang: str | None = None) -> HTMLResponse:
    return _login_page(request, lang=lang if lang in i18n.available() else None)


def _refusal(_, result: auth.LoginResult) -> tuple[str, int]:  # noqa: ANN001
    """The message for a refused sign-in. It depends only on the attempts made, never on
    whether the account exists or is disabled."""
    cfg = get_console_settings()
    if result.reason == "paused":
        return (_("Sign-in with this username is paused on this device after repeated failed attempts. "
                  "Try again in %(minutes)s minutes, or ask a supervisor to lift the pause now.")
                % {"minutes": math.ceil(result.wait_seconds / 60)}, status.HTTP_429_TOO_MANY_REQUESTS)
    if result.reason == "slowed":
        return (_("Too many failed attempts with this username from several places. Wait %(seconds)s seconds "
                  "and try again, use a browser you have signed in with before, or ask a supervisor.")
                % {"seconds": result.wait_seconds}, status.HTTP_429_TOO_MANY_REQUESTS)
    return (_("Wrong username or password.") + " " +
            _("If you have forgotten your password or cannot sign in any more, ask a supervisor.") + " " +
            _("After %(n)s failed attempts, sign-in pauses on this device for %(minutes)s minutes.")
            % {"n": cfg.max_failed_logins, "minutes": math.ceil(cfg.lockout_minutes)},
            status.HTTP_401_UNAUTHORIZED)


@router.post("/login")
async def login(request: Request) -> Response:
    cfg = get_console_settings()
    state = request.app.state.hotline
    secret = state.settings.secret_key
    form = await read_form(request)
    _ = i18n.translations(i18n.negotiate(request.cookies.get(LANG_COOKIE),
                                         request.headers.get("accept-language"))).gettext
    pre = request.cookies.get(auth.PRE_COOKIE) or ""
    if not pre or not auth.csrf_ok(auth.login_csrf(secret, pre), form.get(auth.CSRF_FIELD)):
        return _login_page(request, _("The form expired. Please try again."), status.HTTP_403_FORBIDDEN)
    address = client_ip(request, cfg)
    if not limiter(request).allow(address):
        return _login_page(request, _("Too many attempts. Wait a minute and try again."),
                           status.HTTP_429_TOO_MANY_REQUESTS, headers={"Retry-After": "60"})
    username, password = form.get("username", "")[:64], form.get("password", "")[:1024]
    client = auth.Client(address, request.cookies.get(throttle.DEVICE_COOKIE))

    def check() -> tuple[auth.LoginResult, str | None, bool]:
        with state.sessions() as db:
            result = auth.authenticate(db, username, password, cfg, secret, client)
            if result.operator is None:
                # Only a known username is written down: a mistyped password in the username
                # field must not end up in the log.
                known = db.scalar(select(Operator.id).where(Operator.username == username.strip().lower()))
                audit.record(db, username.strip().lower() if known else "?", "login_failed",
                             operator_id=known, detail=result.reason)
                db.commit()
                return result, None, False
            raw, _sess = auth.start_session(db, result.operator)
            audit.record(db, result.operator.username, "login", operator_id=result.operator.id)
            must_change = result.operator.must_change_password
            db.commit()
            return result, raw, must_change

    result, raw, must_change = await run_in_threadpool(check)
    if raw is None:
        message, code = _refusal(_, result)
        headers = {"Retry-After": str(result.wait_seconds)} if result.wait_seconds else None
        return _login_page(request, message, code, headers=headers)
    target = "/console/password" if must_change else "/console/queue"
    resp = secure_headers(RedirectResponse(target, status.HTTP_303_SEE_OTHER), request, cfg)
    kwargs = auth.cookie_kwargs(is_https(request, cfg))
    resp.set_cookie(auth.COOKIE, raw, **kwargs)
    # This browser now vouches for this username: the username-wide slowdown skips it.
    device = throttle.device_cookie_after_login(secret, request.cookies.get(throttle.DEVICE_COOKIE), username)
    resp.set_cookie(throttle.DEVICE_COOKIE, device, max_age=365 * 86400,
                    **{**kwargs, "path": "/console/login"})
    resp.delete_cookie(auth.PRE_COOKIE, path="/")
    return resp


@router.post("/logout")
def logout(c: ConsolePost) -> Response:
    auth.end_session(c.db, c.request.cookies.get(auth.COOKIE))
    c.audit("logout")
    c.db.commit()
    resp = c.redirect("/console/login?signed_out=1")
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


@router.get("/password", response_class=HTMLResponse)
def password_form(c: ConsoleGet) -> HTMLResponse:
    return c.render("password.html", error=None, done=False)


@router.post("/password", response_class=HTMLResponse)
def change_password(c: ConsolePost) -> Response:
    _ = c.gettext
    new, again = c.form.get("new", "")[:1024], c.form.get("again", "")[:1024]
    error = None
    if new != again:
        error = _("The two new passwords differ.")
    elif len(new) < auth.MIN_PASSWORD:
        error = _("Choose a password of at least %(n)s characters.") % {"n": auth.MIN_PASSWORD}
    else:
        try:
            auth.change_password(c.db, c.operator, c.form.get("current", "")[:1024], new)
        except auth.AccountError:
            error = _("The current password is wrong, or the new one is the same as it.")
    if error:
        c.db.rollback()
        return c.render("password.html", status_code=400, error=error, done=False)
    c.audit("password_changed")
    c.db.commit()
    return c.render("password.html", error=None, done=True)
