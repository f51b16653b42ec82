"""Attacker's checklist: an open console tab does not keep a session alive for ever.

Every reconnect of the page's event stream (/console/events, every few seconds) counted as
activity, so the 30-minute idle timeout never fired while a tab was open on an unattended desk.
Only what the operator does counts: opening a page, sending a form.
"""
from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select, update

from bot.db.base import utcnow
from bot.db.console import ConsoleSession
from tests.bot.console.support import add_operator, app, client, csrf_of, login, open_handoff  # noqa: F401


def _age(app, minutes: float) -> None:  # noqa: ANN001
    with app.state.hotline.sessions() as db:
        db.execute(update(ConsoleSession).values(last_seen_at=utcnow() - timedelta(minutes=minutes)))
        db.commit()


def _idle_minutes(app) -> float:  # noqa: ANN001
    with app.state.hotline.sessions() as db:
        seen = db.scalars(select(ConsoleSession.last_seen_at)).one()
    return (utcnow() - seen).total_seconds() / 60


def test_the_event_stream_does_not_keep_a_session_alive(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    login(client, "ana")
    _age(app, 29)
    with client.stream("GET", "/console/events", headers={"Accept": "text/event-stream"}) as resp:
        assert resp.status_code == 200
        next(resp.iter_lines())
    assert _idle_minutes(app) > 28.9
    _age(app, 31)
    assert client.get("/console/queue.json").status_code == 401


def test_polls_are_not_activity_whatever_headers_they_send(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    hid = open_handoff(app)
    login(client, "ana")
    _age(app, 20)
    for url in ("/console/queue.json", f"/console/cases/{hid}/transcript.json"):
        for headers in ({}, {"X-Console-Background": "0"}, {"Accept": "text/html"}):
            assert client.get(url, headers=headers).status_code == 200
    assert _idle_minutes(app) > 19.9


def test_what_the_operator_does_is_activity(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    hid = open_handoff(app)
    login(client, "ana")
    _age(app, 20)
    assert client.get(f"/console/cases/{hid}").status_code == 200
    assert _idle_minutes(app) < 1
    _age(app, 20)
    client.post(f"/console/cases/{hid}/claim", data={"csrf_token": csrf_of(client)}, follow_redirects=False)
    assert _idle_minutes(app) < 1
