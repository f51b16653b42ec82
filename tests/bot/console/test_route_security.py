"""Every route needs authentication unless it is on a short, justified public list; what the
person wrote is rendered escaped; console pages carry strict security headers; API tokens are scoped."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from starlette.routing import Mount

from bot.console import tokens
from tests.bot.console.support import add_operator, app, client, csrf_of, login, open_handoff  # noqa: F401

# Public on purpose:
# - /healthz: liveness for the supervisor and load balancers; says only which component is up.
# - /simulator: the simulator's page (no data; absent unless HOTLINE_SIMULATOR is on). Its
#   channel routes need loopback or the simulator token, and are checked here like the rest.
# - /channels/twilio*: the person's side. Twilio webhooks carry Twilio's signature, checked by
#   the channel itself.
# - /hsds/*: the service directory as Open Referral's HSDS read API (read-only). Directory data
#   is public by nature (services publish their phones and hours to be found); confidential
#   locations are left out of every answer (tests/services/test_hsds_api.py), and nothing about
#   conversations is there.
# - /console/login: the sign-in form (CSRF-protected, rate-limited).
# - /static/*: CSS and JS only.
# - FastAPI's /docs, /redoc and /openapi.json: they describe the API of this open-source project
#   and hold no data. (Their Swagger/ReDoc scripts come from a CDN, which the CSP blocks, so
#   only the JSON schema is of use; turning them off is one line in app.py.)
PUBLIC = re.compile(r"^(/healthz|/simulator|/channels/twilio(/.*)?|/hsds(/.*)?|/console/login|/static(/.*)?"
                    r"|/docs(/oauth2-redirect)?|/redoc|/openapi\.json)$")


def _routes(app) -> list[tuple[str, str]]:  # noqa: ANN001
    """(method, path) of every route, including those of included routers.

    FastAPI 0.16x keeps included routers as lazy `_IncludedRouter` entries in `app.routes`;
    their `effective_route_contexts()` yields the real routes with full paths.
    """
    out = []

    def add(route, path: str) -> None:  # noqa: ANN001
        methods = getattr(route, "methods", None) or {"GET"}
        out.extend((m, path) for m in sorted(methods - {"HEAD"}))

    for route in app.routes:
        contexts = getattr(route, "effective_route_contexts", None)
        if contexts is not None:
            for ctx in contexts():
                add(ctx.original_route, ctx.path)
        elif isinstance(route, Mount):
            out.append(("GET", route.path + "/x.css"))
        else:
            add(route, route.path)
    return out


def test_every_route_requires_authentication(app, client: TestClient) -> None:  # noqa: ANN001
    routes = _routes(app)
    assert ("GET", "/console/queue") in routes and ("POST", "/api/handoffs/{handoff_id}/close") in routes
    checked = []
    for method, path in routes:
        if PUBLIC.match(path):
            continue
        url = re.sub(r"\{[^}]+\}", "1", path)
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Cookie": "hotline_console=forged"}):
            resp = client.request(method, url, headers={"Accept": "text/html", **headers},
                                  json={} if method == "POST" else None, follow_redirects=False)
            ok = resp.status_code in (401, 403) or (
                resp.status_code == 303 and resp.headers["location"] == "/console/login")
            assert ok, f"{method} {path} answered {resp.status_code} without credentials"
        checked.append(path)
    assert len(checked) >= 15, checked


def test_public_list_is_short() -> None:
    # Adding a public route should be a conscious decision: update PUBLIC and this count.
    assert PUBLIC.pattern.count("|") == 8


def test_nlg_answers_only_rasa(app, client: TestClient) -> None:  # noqa: ANN001
    # Rasa's calls carry the bearer token of endpoints.yml; the route also stores a
    # conversation's pending numbered menu, so nobody else may call it.
    body = {"response": "utter_greet", "tracker": {"latest_message": {"metadata": {"language": "en"}}}}
    for headers in ({}, {"Authorization": "Bearer wrong"},
                    {"Authorization": f"Bearer {app.state.hotline.settings.operator_token}"}):
        assert client.post("/nlg", json=body, headers=headers).status_code == 401
    token = app.state.hotline.settings.nlg_token
    resp = client.post("/nlg", json=body, headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 200 and resp.json()["text"]


def test_person_text_is_escaped_everywhere(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>"><svg onload=alert(1)>'
    hid = open_handoff(app, text=payload)
    login(client, "ana")
    client.post(f"/console/cases/{hid}/claim", data={"csrf_token": csrf_of(client)})  # her case: she reads it
    page = client.get(f"/console/cases/{hid}").text
    assert "<img src=x" not in page and "<script>window" not in page and "<svg onload" not in page
    assert "&lt;img src=x onerror=" in page and "&lt;script&gt;" in page
    # The notes path too.
    client.post(f"/console/cases/{hid}/note", data={"csrf_token": csrf_of(client), "text": payload})
    page = client.get(f"/console/cases/{hid}").text
    assert "<svg onload" not in page
    # JSON for the live views is data, rendered by textContent on the page.
    lines = client.get(f"/console/cases/{hid}/transcript.json").json()["lines"]
    assert lines[0]["text"] == payload


def test_console_pages_send_security_headers(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    for resp in (client.get("/console/login"), (login(client, "ana"), client.get("/console/queue"))[1]):
        csp = resp.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp
        assert "frame-ancestors 'none'" in csp and "form-action 'self'" in csp and "object-src 'none'" in csp
        assert resp.headers["x-frame-options"] == "DENY"
        assert resp.headers["x-content-type-options"] == "nosniff"
        assert resp.headers["referrer-policy"] == "no-referrer"
        assert resp.headers["cache-control"] == "no-store"
        assert "<script>" not in resp.text  # no inline script anywhere
        assert not re.search(r"<script(?![^>]*\bsrc=)", resp.text)
        assert " style=" not in resp.text and " on" + "click=" not in resp.text


def test_static_files_are_served_locally(client: TestClient) -> None:
    for name in ("console.js", "case.js", "dashboard.js", "console.css"):
        resp = client.get(f"/static/console/{name}")
        assert resp.status_code == 200, name
        code = resp.text.replace("http://www.w3.org/2000/svg", "")  # an XML namespace name, not a fetch
        assert "http://" not in code and "https://" not in code


def test_operator_token_keeps_full_scope_and_scoped_tokens_are_enforced(app, client: TestClient) -> None:  # noqa: ANN001
    master = app.state.hotline.settings.operator_token
    hid = open_handoff(app)
    with app.state.hotline.sessions() as db:
        reader = tokens.create_token(db, "dash", ["handoffs:read"])
        stats_only = tokens.create_token(db, "bi", ["stats:read"])
        db.commit()

    def call(token: str, method: str, url: str, body: dict | None = None) -> int:
        return client.request(method, url, headers={"Authorization": f"Bearer {token}"}, json=body).status_code

    assert call(master, "GET", "/api/handoffs") == 200
    assert call(master, "GET", "/api/stats") == 200
    assert call(reader, "GET", "/api/handoffs") == 200
    assert call(reader, "GET", f"/api/handoffs/{hid}") == 200
    assert call(reader, "POST", f"/api/handoffs/{hid}/messages", {"text": "hola"}) == 403
    assert call(reader, "GET", "/api/stats") == 403
    assert call(stats_only, "GET", "/api/stats") == 200
    assert call(stats_only, "GET", "/api/handoffs") == 403
    assert call(master, "POST", f"/api/handoffs/{hid}/messages", {"text": "hola"}) == 201
    with app.state.hotline.sessions() as db:
        tokens.revoke_token(db, "dash")
        db.commit()
    assert call(reader, "GET", "/api/handoffs") == 401


@pytest.mark.parametrize("bad", ["", "hlt_nope"])
def test_unknown_tokens_get_401(client: TestClient, bad: str) -> None:
    assert client.get("/api/handoffs", headers={"Authorization": f"Bearer {bad}"}).status_code == 401
