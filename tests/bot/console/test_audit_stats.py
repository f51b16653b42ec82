"""Audit log is append-only; statistics suppress small counts; case rules hold."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DatabaseError

from bot.console import cases, stats
from bot.db.base import utcnow
from bot.db.console import AuditEvent, HandoffCase
from bot.db.models import Handoff
from bot.gateway import audit
from bot.gateway import store
from tests.bot.console.support import add_operator, app, client, csrf_of, login, open_handoff  # noqa: F401


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
                         ("close", {"outcome": "information_given", "confirm": "yes"})):
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
    assert stats.suppress(0) == 0 and stats.suppress(9) == "<10" and stats.suppress(10) == 10
    assert stats.suppress(4, k=5) == "<5" and stats.suppress(5, k=5) == 5
    cells = dict(stats.suppress_breakdown({"es": 40, "en": 17, "fr": 2}))
    # One hidden cell could be worked out from the total: the next smallest is hidden too.
    assert cells == {"es": 40, "en": "<10", "fr": "<10"}
    cells = dict(stats.suppress_breakdown({"es": 40, "en": 3, "fr": 2, "pt": 30}))
    # Two hidden cells adding up to 5 (< 10) would still be read from the total: one more goes.
    assert cells == {"es": 40, "en": "<10", "fr": "<10", "pt": "<10"}


def test_dashboard_and_export_suppress_small_counts(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "sup", role="supervisor")
    for i in range(14):
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
    assert data["threshold"] == 10
    assert data["totals"] == {"contacts": 16, "handoffs": 16}
    # ht (2) is hidden, so es (14) is too: otherwise 16 - 14 gives ht away.
    assert by["contacts_by_language"] == {"es": "<10", "ht": "<10"}
    assert by["risk_level"] == {"priority": "<10", "immediate": "<10"}
    assert by["exploitation_type"]["labour"] == "<10"
    assert all(v == "<10" or v == 0 or v >= 10 for b in by.values() for v in b.values())
    login(client, "sup")
    page = client.get("/console/dashboard")
    assert page.status_code == 200 and "&lt;10" in page.text
    csv = client.get("/console/dashboard/export.csv")
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    rows = [line.split(",") for line in csv.text.strip().splitlines()]
    assert ["risk_level", "immediate", "<10"] in rows
    for row in rows[3:]:
        assert row[2] in ("<10", "") or int(float(row[2])) == 0 or float(row[2]) >= 10, row
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
                      follow_redirects=False).status_code == 400  # a transfer carries a reason
        assert a.post(f"/console/cases/{hid}/transfer", data={"csrf_token": ca, "to": str(ben_id),
                                                               "reason": "end_of_shift"},
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


def _handoffs(app, rows: list[tuple[str, str, int]]) -> None:  # noqa: ANN001
    """(language, level, how many) handoffs, each its own conversation."""
    n = 0
    for lang, level, count in rows:
        for _ in range(count):
            n += 1
            open_handoff(app, key=f"c{n}", language=lang, risk=level)


def _hidden_sum_ok(cells: dict, lines: list[list], counts: dict, k: int = 10) -> None:
    """Every line whose total is published hides nothing, or hidden cells adding up to at least k."""
    for line in lines:
        hid = [key for key in line if cells[key] == f"<{k}"]
        assert not hid or sum(counts.get(key, 0) for key in hid) >= k or all(
            cells[key] == f"<{k}" or counts.get(key, 0) == 0 for key in line), (line, cells)


def test_indigenous_languages_are_never_a_small_cell_by_level(app) -> None:  # noqa: ANN001
    # Three Q'eqchi' speakers at immediate risk: with K'iche' and Mam they sit in one region,
    # so a language row would almost name the place. They are pooled, and the small pooled
    # cell is hidden with enough others that it cannot be worked out from any total.
    _handoffs(app, [("es", "immediate", 12), ("es", "priority", 25), ("es", "refer", 11),
                    ("kek", "immediate", 3), ("quc", "priority", 12), ("mam", "priority", 1),
                    ("en", "priority", 10), ("en", "refer", 2)])
    with app.state.hotline.sessions() as db:
        s = stats.compute(db, stats.Period.parse(None, None, None))
    assert not {"kek", "quc", "mam"} & set(s.crosstab_rows)
    assert stats.INDIGENOUS_POOL in s.crosstab_rows
    pool = stats.INDIGENOUS_POOL
    # 3 hidden in the pooled row is less than 10: its 13 is hidden too (and nothing else shows).
    assert s.crosstab[(pool, "immediate")] == "<10" and s.crosstab[(pool, "priority")] == "<10"
    counts = {("es", "immediate"): 12, ("es", "priority"): 25, ("es", "refer"): 11, (pool, "immediate"): 3,
              (pool, "priority"): 13, ("en", "priority"): 10, ("en", "refer"): 2}
    rows, cols = s.crosstab_rows, list(stats.LEVELS)
    _hidden_sum_ok(s.crosstab, [[(r, c) for c in cols] for r in rows] + [[(r, c) for r in rows] for c in cols], counts)
    # The immediate column's total is published (15): the 3 is not 15 - 12.
    assert dict(s.breakdowns["risk_level"])["immediate"] == 15 and s.crosstab[("es", "immediate")] == "<10"
    csv = s.to_csv()
    assert "kek" not in csv.split("handoffs_by_language_and_level")[1]


def test_the_series_and_medians_are_suppressed_too_and_medians_say_how_many_cases(app, client: TestClient) -> None:  # noqa: ANN001
    from sqlalchemy import update as sql_update

    from bot.db.models import Conversation

    _handoffs(app, [("es", "priority", 23)])
    with app.state.hotline.sessions() as db:  # 20 contacts one day, 3 the day before
        keys = db.scalars(select(Conversation.key).order_by(Conversation.key)).all()[:3]
        db.execute(sql_update(Conversation).where(Conversation.key.in_(keys))
                   .values(created_at=utcnow() - timedelta(days=1)))
        db.commit()
        s = stats.compute(db, stats.Period.parse(None, None, None))
    # 23 contacts: the day with 3 is hidden, so the day with 20 is too (else 23 - 20 = 3).
    assert s.totals["contacts"] == 23 and [v for _, v in s.series] == ["<10", "<10"]
    assert s.median_first_reply_min is None and s.median_cases == 0
    add_operator(app, "sup", role="supervisor")
    login(client, "sup")
    page = client.get("/console/dashboard").text
    assert "menos de 10 casos" in page and "&lt;5 median" not in page
    # With replies to 12 cases, the median shows with the number of cases it rests on.
    with app.state.hotline.sessions() as db:
        for h in db.scalars(select(Handoff).limit(12)):
            store.add_message(db, h.conversation_key, "out", "operator", "hola", h.id)
        db.commit()
        s = stats.compute(db, stats.Period.parse(None, None, None))
    assert s.median_cases == 12 and s.median_first_reply_min is not None
    assert "sobre 12 casos" in client.get("/console/dashboard").text


def test_the_threshold_is_configurable_but_not_below_5(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError

    from bot.settings import ConsoleSettings

    monkeypatch.setenv("HOTLINE_CONSOLE_MIN_CELL", "20")
    assert ConsoleSettings().min_cell == 20
    monkeypatch.setenv("HOTLINE_CONSOLE_MIN_CELL", "3")
    with pytest.raises(ValidationError):
        ConsoleSettings()
    assert dict(stats.suppress_breakdown({"a": 30, "b": 12, "c": 25}, k=20)) == {"a": 30, "b": "<20", "c": "<20"}
