"""Attacker's checklist: the console's sign-in cannot be turned against the operators.

It used to lock any known username for 15 minutes after five wrong passwords from anywhere, so a
stranger who knew (or guessed) a username could keep an operator out during a crisis; behind the
deployment's nginx every client could share one rate bucket; and a locked account skipped the
password check, so its answer came back faster and said which usernames exist. A locked operator
who typed the right password was told it was wrong.
"""
from __future__ import annotations

import re
import statistics
import time

import pytest
from fastapi.testclient import TestClient

from bot.console import auth
from bot.settings import REPO_ROOT
from tests.bot.console.support import PASSWORD, add_operator, app, client, login_token  # noqa: F401
from tests.conftest import SettingsEnv

OPERATOR_IP = "198.51.100.20"
STRANGER_IP = "203.0.113.66"


@pytest.fixture
def behind_proxy(settings_env: SettingsEnv) -> None:
    """As deployed: nginx in front, HOTLINE_CONSOLE_TRUST_PROXY on."""
    settings_env.setenv("HOTLINE_CONSOLE_TRUST_PROXY", "true")
    settings_env.setenv("HOTLINE_CONSOLE_LOGIN_RATE_PER_MINUTE", "1000")


def sign_in(c: TestClient, username: str, password: str = PASSWORD, address: str | None = None):  # noqa: ANN201
    headers = {"X-Forwarded-For": address} if address else {}
    return c.post("/console/login", data={"csrf_token": login_token(c), "username": username, "password": password},
                  headers=headers, follow_redirects=False)


def message(resp) -> str:  # noqa: ANN001
    found = re.search(r'id="login-error">([^<]*)<', resp.text)
    return found.group(1) if found else ""


def test_a_stranger_cannot_lock_an_operator_out(app, behind_proxy: None) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    with TestClient(app) as stranger:
        codes = [sign_in(stranger, "ana", "guess number %d" % i, STRANGER_IP).status_code for i in range(12)]
        assert codes[-1] == 429  # the stranger is paused...
    with TestClient(app) as ana:
        resp = sign_in(ana, "ana", address=OPERATOR_IP)
        assert resp.status_code == 303, message(resp)  # ...Ana is not
        assert resp.headers["location"] == "/console/queue"


def test_guessing_from_many_addresses_only_slows_and_never_the_operators_browser(app, behind_proxy: None) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    with TestClient(app) as ana:
        assert sign_in(ana, "ana", address=OPERATOR_IP).status_code == 303  # her browser: device cookie
        ana.post("/console/logout", headers={"X-CSRF-Token": re.search(
            r'data-csrf="([^"]+)"', ana.get("/console/queue").text).group(1)})
        with TestClient(app) as botnet:
            for i in range(30):
                botnet.cookies.clear()
                sign_in(botnet, "ana", "guess %d" % i, f"192.0.2.{i + 1}")
            slowed = sign_in(botnet, "ana", PASSWORD, "192.0.2.200")
        assert slowed.status_code == 429 and "Retry-After" in slowed.headers
        assert int(slowed.headers["Retry-After"]) <= 300  # slowed, with backoff: not locked out
        # Ana's browser has signed in as her before: it is not slowed, even from a new address.
        resp = sign_in(ana, "ana", address="198.51.100.77")
        assert resp.status_code == 303, message(resp)


def test_a_pause_says_so_and_how_to_lift_it_the_same_for_unknown_usernames(app, client: TestClient, behind_proxy: None) -> None:  # noqa: ANN001, E501
    add_operator(app, "ana")
    for name in ("ana", "nobody"):
        for _ in range(5):
            sign_in(client, name, "wrong password!")
    known, unknown = sign_in(client, "ana", PASSWORD), sign_in(client, "nobody", PASSWORD)
    assert known.status_code == unknown.status_code == 429
    assert "Wrong" not in message(known) and "incorrectos" not in message(known)
    assert "pausa" in message(known) and "supervisor" in message(known)
    assert message(known) == message(unknown)
    # (Each pause ends 15 minutes after its own fifth failure: a second or so apart here.)
    assert abs(int(known.headers["Retry-After"]) - int(unknown.headers["Retry-After"])) <= 2
    strip = lambda html: re.sub(r'name="csrf_token" value="[^"]+"', "", html)  # noqa: E731
    assert strip(known.text) == strip(unknown.text)


def test_disabled_and_unknown_accounts_get_the_answer_of_a_wrong_password(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    add_operator(app, "gone")
    with app.state.hotline.sessions() as db:
        auth.disable_operator(db, "gone")
        db.commit()
    answers = {sign_in(client, "gone", PASSWORD).text, sign_in(client, "nobody", PASSWORD).text,
               sign_in(client, "ana", "wrong password!").text}
    strip = lambda html: re.sub(r'name="csrf_token" value="[^"]+"', "", html)  # noqa: E731
    assert len({strip(a) for a in answers}) == 1


def test_sign_in_takes_as_long_whether_the_username_exists_is_disabled_or_paused(app, behind_proxy: None) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    add_operator(app, "paused")
    add_operator(app, "gone")
    with app.state.hotline.sessions() as db:
        auth.disable_operator(db, "gone")
        db.commit()
    cases = {"wrong password": ("ana", "wrong password!", "198.51.100.1"),
             "unknown username": ("nobody", PASSWORD, "198.51.100.2"),
             "disabled account": ("gone", PASSWORD, "198.51.100.3"),
             "paused account": ("paused", PASSWORD, "198.51.100.4")}
    with TestClient(app) as c:
        for _ in range(5):
            sign_in(c, "paused", "wrong password!", "198.51.100.4")
        assert sign_in(c, "paused", PASSWORD, "198.51.100.4").status_code != 303  # paused
        times: dict[str, list[float]] = {k: [] for k in cases}
        for _ in range(12):
            for name, (user, password, address) in cases.items():
                token = login_token(c)
                t0 = time.perf_counter()
                c.post("/console/login", data={"csrf_token": token, "username": user, "password": password},
                       headers={"X-Forwarded-For": address}, follow_redirects=False)
                times[name].append(time.perf_counter() - t0)
    # Every answer costs one argon2 verification: within 35% of each other (a skipped check
    # answers several times faster). The fastest of the interleaved rounds is each path's own
    # cost; medians also carry whatever else the machine was doing (a shared CI runner).
    fastest = {k: min(v) for k, v in times.items()}
    assert max(fastest.values()) < 1.35 * min(fastest.values()), (fastest, {
        k: statistics.median(v) for k, v in times.items()})


def test_the_client_address_is_the_proxys_own_entry(app, behind_proxy: None) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    with TestClient(app) as c:
        # A client cannot pick its bucket by sending its own X-Forwarded-For through a proxy that
        # appends: the last entry is the one the proxy saw.
        for i in range(5):
            sign_in(c, "ana", "guess %d" % i, f"10.9.9.{i}, {STRANGER_IP}")
        assert sign_in(c, "ana", PASSWORD, f"10.0.0.1, {STRANGER_IP}").status_code == 429
        assert sign_in(c, "ana", PASSWORD, OPERATOR_IP).status_code == 303


def test_rate_limits_are_per_client_behind_the_proxy(app, settings_env: SettingsEnv) -> None:  # noqa: ANN001
    settings_env.setenv("HOTLINE_CONSOLE_TRUST_PROXY", "true")
    settings_env.setenv("HOTLINE_CONSOLE_LOGIN_RATE_PER_MINUTE", "3")
    with TestClient(app) as c:
        assert [sign_in(c, f"u{i}", "x" * 12, STRANGER_IP).status_code for i in range(4)] == [401, 401, 401, 429]
        assert sign_in(c, "u9", "x" * 12, OPERATOR_IP).status_code == 401  # another client: its own bucket


def test_the_shipped_proxies_set_the_client_address_and_the_gateways_trust_it() -> None:
    for conf in ((REPO_ROOT / "deploy" / "nginx.conf").read_text(),):
        assert conf.count("proxy_set_header X-Forwarded-For $remote_addr;") >= 2
        assert "$proxy_add_x_forwarded_for" not in conf
    compose = (REPO_ROOT / "deploy" / "docker-compose.yml").read_text()
    assert 'HOTLINE_CONSOLE_TRUST_PROXY: "true"' in compose
    template = (REPO_ROOT / "deploy" / "nginx.conf.template").read_text()  # make run-cluster's nginx.conf too
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in template
    assert '"HOTLINE_CONSOLE_TRUST_PROXY": "true"' in (REPO_ROOT / "bot" / "cluster.py").read_text()
