"""Audit log is append-only; statistics suppress small counts; case rules hold."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DatabaseError

from bot.console import audit, cases, stats
from bot.console.models import AuditEvent, HandoffCase
from bot.db.base import utcnow
from bot.db.models import Handoff
from bot.gateway import store
from tests.unit.test_console_support import add_operator, app, client, csrf_of, login, open_handoff  # noqa: F401


def test_audit_rows_cannot_be_updated_or_deleted(app) -> None:  # noqa: ANN001
    with app.state.hotline.sessions() as db:
        audit.record(db, "ana", "view", 1, 1)
        db.commit()
        for stmt in (update(AuditEvent).values(actor="mallory"), delete(AuditEvent),
                     text("UPDATE console_audit SET handoff_id = 2")):
            with pytest.raises(DatabaseError, match="append-only"):
                db.execute(stmt)
                db.commit()
            db.rollback()
        assert db.scalars(select(AuditEvent.actor)).all() == ["ana"]


def test_no_route_edits_the_audit_log(app) -> None:  # noqa: ANN001
    for route in app.routes:
        if "audit" in getattr(route, "path", ""):
            assert getattr(route, "methods", {"GET"}) <= {"GET", "HEAD"}, route.path


def test_console_actions_are_audited_without_message_text(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    add_operator(app, "sup", role="supervisor")
    hid = open_handoff(app)
    login(client, "ana")
    csrf = csrf_of(client)
    client.get(f"/console/cases/{hid}")
    for action, data in (("claim", {}), ("reply", {"text": "secreto 123"}), ("note", {"text": "nota secreta"}),
                         ("close", {"outcome": "information_given"})):
        assert client.post(f"/console/cases/{hid}/{action}", data={"csrf_token": csrf, **data},
                           follow_redirects=False).status_code == 303, action
    with app.state.hotline.sessions() as db:
        rows = db.scalars(select(AuditEvent).where(AuditEvent.handoff_id == hid).order_by(AuditEvent.id)).all()
        assert [r.action for r in rows] == ["view", "claim", "message", "note", "close"]
        assert all(r.actor == "ana" and r.at is not None for r in rows)
        assert not any("secret" in (r.detail or "") for r in rows)
    # Supervisors read and filter it; operators cannot.
    assert client.get("/console/audit").status_code == 403
    with TestClient(app) as sup:
        login(sup, "sup")
        page = sup.get("/console/audit", params={"action": "close", "handoff": str(hid)})
        assert page.status_code == 200 and "information_given" in page.text


def test_small_counts_are_suppressed() -> None:
    assert stats.suppress(0) == 0 and stats.suppress(4) == "<5" and stats.suppress(5) == 5
    cells = dict(stats.suppress_breakdown({"es": 40, "en": 7, "fr": 2}))
    # One hidden cell could be derived from the total: the next smallest is hidden too.
    assert cells == {"es": 40, "en": "<5", "fr": "<5"}
    cells = dict(stats.suppress_breakdown({"es": 40, "en": 3, "fr": 2}))
    assert cells == {"es": 40, "en": "<5", "fr": "<5"}


def test_dashboard_and_export_suppress_small_counts(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "sup", role="supervisor")
    for i in range(7):
        open_handoff(app, key=f"es{i}", language="es", risk="priority")
    for i in range(2):
        open_handoff(app, key=f"ht{i}", language="ht", risk="immediate", channel="sms")
    with app.state.hotline.sessions() as db:
        h = db.scalars(select(Handoff)).first()
        h.summary = {"risk_level": "priority", "age_band": "18-25",
                     "indicators": [{"id": "withheld_wages", "dimension": "exploitative_conditions",
                                     "weight": "medium", "span": "no me pagan", "message_index": 0}]}
        db.commit()
        data = stats.compute(db, stats.Period.parse(None, None, None)).as_dict()
    by = {k: {c["label"]: c["value"] for c in v} for k, v in data["breakdowns"].items()}
    assert data["totals"] == {"contacts": 9, "handoffs": 9}
    assert by["contacts_by_language"] == {"es": 7, "ht": "<5"} or by["contacts_by_language"] == {"es": "<5", "ht": "<5"}
    assert by["risk_level"]["immediate"] == "<5"
    assert by["exploitation_type"]["labour"] == "<5"
    assert all(v == "<5" or v == 0 or v >= 5 for b in by.values() for v in b.values())
    login(client, "sup")
    page = client.get("/console/dashboard")
    assert page.status_code == 200 and "&lt;5" in page.text
    csv = client.get("/console/dashboard/export.csv")
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    rows = [line.split(",") for line in csv.text.strip().splitlines()]
    assert ["risk_level", "immediate", "<5"] in rows
    for row in rows[2:]:
        assert row[2] == "<5" or row[2] == "" or int(float(row[2])) == 0 or float(row[2]) >= 5, row
    with app.state.hotline.sessions() as db:
        assert db.scalars(select(AuditEvent.action).where(AuditEvent.action == "export")).all() == ["export"]


def test_period_parsing_is_forgiving() -> None:
    p = stats.Period.parse("2026-01-31", "2026-01-01", "month", today=date(2026, 2, 1))
    assert (p.start, p.end, p.granularity) == (date(2026, 1, 1), date(2026, 1, 31), "month")
    p = stats.Period.parse("nonsense", None, "year", today=date(2026, 2, 1))
    assert p.end == date(2026, 2, 1) and p.start == p.end - timedelta(days=29) and p.granularity == "day"


def test_only_the_claimer_replies_until_transferred(app) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    add_operator(app, "ben")
    hid = open_handoff(app)
    with TestClient(app) as a, TestClient(app) as b:
        login(a, "ana")
        login(b, "ben")
        ca, cb = csrf_of(a), csrf_of(b)
        assert a.post(f"/console/cases/{hid}/claim", data={"csrf_token": ca}, follow_redirects=False).status_code == 303
        resp = b.post(f"/console/cases/{hid}/reply", data={"csrf_token": cb, "text": "hola"}, follow_redirects=False)
        assert resp.status_code == 403
        assert b.post(f"/console/cases/{hid}/claim", data={"csrf_token": cb}, follow_redirects=False).status_code == 409
        with app.state.hotline.sessions() as db:
            ben_id = db.execute(text("SELECT id FROM console_operators WHERE username='ben'")).scalar()
        assert a.post(f"/console/cases/{hid}/transfer", data={"csrf_token": ca, "to": str(ben_id)},
                      follow_redirects=False).status_code == 303
        assert b.post(f"/console/cases/{hid}/reply", data={"csrf_token": cb, "text": "hola"},
                      follow_redirects=False).status_code == 303
        assert a.post(f"/console/cases/{hid}/reply", data={"csrf_token": ca, "text": "hola"},
                      follow_redirects=False).status_code == 403


def test_erasure_removes_case_rows_but_keeps_the_audit_trail(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    hid = open_handoff(app, key="gone")
    login(client, "ana")
    client.post(f"/console/cases/{hid}/claim", data={"csrf_token": csrf_of(client)}, follow_redirects=False)
    with app.state.hotline.sessions() as db:
        store.erase_conversation(db, None, "gone")
        db.commit()
        assert db.get(HandoffCase, hid) is None
        assert db.scalars(select(AuditEvent.action).where(AuditEvent.handoff_id == hid)).all() == ["claim"]


def test_notes_are_redacted_on_save(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    hid = open_handoff(app)
    login(client, "ana")
    client.post(f"/console/cases/{hid}/note", data={"csrf_token": csrf_of(client),
                                                     "text": "Me llamo Rosa Díaz, mi número es +52 55 1234 5678"})
    with app.state.hotline.sessions() as db:
        ((note, _author),) = cases.notes(db, db.get(Handoff, hid))
        stored = db.execute(text("SELECT text FROM console_notes")).scalar()
    assert "1234" not in note.text and "[PHONE]" in note.text
    assert "[PHONE]" not in stored and "Rosa" not in stored  # and sealed at rest
    _ = utcnow()
