"""Console authentication: argon2, lockout, idle timeout, CSRF, cookie flags, rate limits."""
from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.console import auth
from bot.db.base import utcnow
from bot.db.console import ConsoleSession, Operator
from bot.settings import ConsoleSettings
from tests.bot.console.support import (PASSWORD, add_operator, app, client, csrf_of, login,  # noqa: F401
                                         login_token, open_handoff)
from tests.conftest import SettingsEnv

CFG = ConsoleSettings(max_failed_logins=5, lockout_minutes=15, idle_minutes=30)
SECRET = "k" * 32


def test_passwords_are_argon2id_and_verify() -> None:
    stored = auth.hash_password(PASSWORD)
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored
    assert auth.verify_password(stored, PASSWORD)
    assert not auth.verify_password(stored, PASSWORD + "x")
    assert not auth.verify_password("not a hash", PASSWORD)
    with pytest.raises(auth.AccountError):
        auth.hash_password("short")


def _auth(db, username: str, password: str, now=None, address: str = "198.51.100.1"):  # noqa: ANN001, ANN202
    return auth.authenticate(db, username, password, CFG, SECRET, auth.Client(address), now)


def test_repeated_failures_pause_that_client_then_the_pause_ends(app) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    with app.state.hotline.sessions() as db:
        now = utcnow()
        for _ in range(4):
            assert _auth(db, "ana", "wrong password!", now).reason == "bad_credentials"
        assert _auth(db, "ana", "wrong password!", now).reason == "paused"
        # Even the right password waits while paused, from that client...
        result = _auth(db, "ana", PASSWORD, now + timedelta(minutes=5))
        assert result.reason == "paused" and 590 <= result.wait_seconds <= 600
        # ...but not from another one, nor after the pause.
        assert _auth(db, "ana", PASSWORD, now + timedelta(minutes=5), address="203.0.113.9").reason == "ok"
        result = _auth(db, "ana", PASSWORD, now + timedelta(minutes=16))
        assert result.reason == "ok" and result.operator is not None


def test_an_unknown_username_is_paused_like_a_known_one(app) -> None:  # noqa: ANN001
    with app.state.hotline.sessions() as db:
        now = utcnow()
        reasons = [_auth(db, "nobody", "wrong password!", now).reason for _ in range(5)]
        assert reasons == ["bad_credentials"] * 4 + ["paused"]


def test_unknown_user_and_wrong_password_look_the_same(client: TestClient, app) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    a = login(client, "nobody")
    b = login(client, "ana", "wrong password!")
    assert a.status_code == b.status_code == 401
    assert "Usuario o contraseña incorrectos." in a.text and "Usuario o contraseña incorrectos." in b.text


def test_disabled_operator_cannot_sign_in(app) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    with app.state.hotline.sessions() as db:
        auth.disable_operator(db, "ana")
        assert _auth(db, "ana", PASSWORD).reason == "disabled"


def test_idle_timeout_ends_the_session(app) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    with app.state.hotline.sessions() as db:
        op = db.scalars(select(Operator)).one()
        raw, _ = auth.start_session(db, op)
        db.commit()
        now = utcnow()
        assert auth.load_session(db, raw, CFG, now + timedelta(minutes=29)) is not None
        # Touched at +29 min, so still alive 29 minutes later; gone after 31 idle minutes.
        assert auth.load_session(db, raw, CFG, now + timedelta(minutes=58)) is not None
        assert auth.load_session(db, raw, CFG, now + timedelta(minutes=90)) is None
        assert db.scalars(select(ConsoleSession)).first() is None


def test_background_refresh_does_not_extend_the_session(app) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    with app.state.hotline.sessions() as db:
        op = db.scalars(select(Operator)).one()
        raw, _ = auth.start_session(db, op)
        db.commit()
        now = utcnow()
        assert auth.load_session(db, raw, CFG, now + timedelta(minutes=20), touch=False) is not None
        assert auth.load_session(db, raw, CFG, now + timedelta(minutes=31)) is None


def test_login_sets_strict_httponly_cookie_without_secure_over_http(client: TestClient, app) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    resp = login(client, "ana")
    assert resp.status_code == 303 and resp.headers["location"] == "/console/queue"
    cookie = next(c for c in resp.headers.get_list("set-cookie") if c.startswith(auth.COOKIE + "="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Secure" not in cookie


def test_cookie_is_secure_over_https(app) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    with TestClient(app, base_url="https://testserver") as c:
        resp = login(c, "ana")
        cookie = next(x for x in resp.headers.get_list("set-cookie") if x.startswith(auth.COOKIE + "="))
        assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
        assert "max-age" in c.get("/console/queue").headers.get("strict-transport-security", "")


def test_forwarded_proto_counts_only_from_a_trusted_proxy(app, settings_env: SettingsEnv) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    with TestClient(app) as c:
        c.headers["X-Forwarded-Proto"] = "https"
        cookie = next(x for x in login(c, "ana").headers.get_list("set-cookie") if x.startswith(auth.COOKIE + "="))
        assert "Secure" not in cookie  # not trusted by default
    settings_env.setenv("HOTLINE_CONSOLE_TRUST_PROXY", "true")
    with TestClient(app) as c:
        c.headers["X-Forwarded-Proto"] = "https"
        # (The client talks plain http, so it would not send a Secure cookie back: look at the flags.)
        cookie = next(x for x in c.get("/console/login").headers.get_list("set-cookie")
                      if x.startswith(auth.PRE_COOKIE + "="))
        assert "Secure" in cookie and "HttpOnly" in cookie
    assert auth.is_https("http", "https", trust_proxy=True)
    assert not auth.is_https("http", "https", trust_proxy=False)
    assert auth.is_https("https", None, trust_proxy=False)


def test_login_form_needs_its_csrf_token(client: TestClient, app) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    login_token(client)
    resp = client.post("/console/login", data={"username": "ana", "password": PASSWORD}, follow_redirects=False)
    assert resp.status_code == 403
    resp = client.post("/console/login", data={"csrf_token": "forged", "username": "ana", "password": PASSWORD},
                       follow_redirects=False)
    assert resp.status_code == 403
    assert auth.COOKIE not in resp.cookies


@pytest.mark.parametrize("path", ["/console/cases/{id}/claim", "/console/cases/{id}/reply",
                                  "/console/cases/{id}/close", "/console/cases/{id}/transfer",
                                  "/console/cases/{id}/note", "/console/logout", "/console/lang"])
def test_state_changing_posts_refuse_a_missing_or_wrong_csrf_token(client: TestClient, app, path: str) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    hid = open_handoff(app)
    login(client, "ana")
    url = path.format(id=hid)
    for data in ({}, {"csrf_token": "wrong"}):
        resp = client.post(url, data={**data, "text": "hola", "outcome": "other"}, follow_redirects=False)
        assert resp.status_code == 403, (url, data)
    # The right token passes (the header form is accepted too, for fetch calls).
    resp = client.post(url, data={"text": "hola", "outcome": "other", "to": "1", "lang": "en", "confirm": "yes"},
                       headers={"X-CSRF-Token": csrf_of(client)}, follow_redirects=False)
    assert resp.status_code in (303, 400, 409), (url, resp.status_code)


def test_logins_are_rate_limited_per_client(client: TestClient, app, settings_env: SettingsEnv) -> None:  # noqa: ANN001
    settings_env.setenv("HOTLINE_CONSOLE_LOGIN_RATE_PER_MINUTE", "3")
    codes = [login(client, f"user{i}").status_code for i in range(5)]
    assert codes[:3] == [401, 401, 401]
    assert codes[3:] == [429, 429]


def test_rate_limiter_window() -> None:
    lim = auth.RateLimiter(2, window=60)
    assert lim.allow("a", 0) and lim.allow("a", 1)
    assert not lim.allow("a", 2)
    assert lim.allow("b", 2)
    assert lim.allow("a", 61.5)


def test_logout_ends_the_session(client: TestClient, app) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    login(client, "ana")
    resp = client.post("/console/logout", data={"csrf_token": csrf_of(client)}, follow_redirects=False)
    assert resp.status_code == 303
    assert client.get("/console/queue.json").status_code == 401
    with app.state.hotline.sessions() as db:
        assert db.scalars(select(ConsoleSession)).first() is None


def test_failed_logins_are_audited_without_unknown_usernames(client: TestClient, app) -> None:  # noqa: ANN001
    from bot.db.console import AuditEvent

    add_operator(app, "ana")
    login(client, "ana", "wrong password!")
    login(client, "my secret password", "x")  # typed into the wrong field
    with app.state.hotline.sessions() as db:
        rows = db.execute(select(AuditEvent.actor, AuditEvent.action)).all()
    assert ("ana", "login_failed") in rows and ("?", "login_failed") in rows
    assert not any("secret" in actor for actor, _ in rows)
