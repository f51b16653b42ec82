"""Attacker's checklist: only the operator working a case can change it.

Notes, statistics categories and interpreter requests skipped the checks that replies make: an
operator who had not claimed a case (someone else had), or anyone on a closed case, could still
add notes, set categories and request interpreters. They now check exactly as a reply does: the
case is open, and it is not someone else's (an unclaimed case is claimed by working on it, and
that claim is audited).
"""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.db.console import AuditEvent, CaseNote, HandoffCase
from tests.bot.console.support import add_operator, app, client, csrf_of, login, open_handoff  # noqa: F401

ACTIONS = {
    "note": {"text": "nota de seguimiento"},
    "categories": {"sex": "female", "nationality": "GT", "migration_situation": "in_transit"},
    "interpreter": {},
}


def _state(app, hid: int) -> tuple:  # noqa: ANN001
    with app.state.hotline.sessions() as db:
        notes = db.scalars(select(CaseNote.id).where(CaseNote.handoff_id == hid)).all()
        case = db.get(HandoffCase, hid)
        return (len(notes), case and case.sex, case and case.nationality, case and case.migration_situation,
                case and case.interpreter_requested_at)


def _post(c: TestClient, hid: int, action: str) -> int:
    return c.post(f"/console/cases/{hid}/{action}", data={"csrf_token": csrf_of(c), **ACTIONS[action]},
                  follow_redirects=False).status_code


@pytest.mark.parametrize("action", list(ACTIONS))
def test_an_operator_who_has_not_claimed_the_case_cannot_change_it(app, action: str) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    add_operator(app, "ben", languages="en")
    hid = open_handoff(app)
    with TestClient(app) as ana, TestClient(app) as ben:
        login(ana, "ana")
        login(ben, "ben")
        assert ana.post(f"/console/cases/{hid}/claim", data={"csrf_token": csrf_of(ana)},
                        follow_redirects=False).status_code == 303
        before = _state(app, hid)
        assert _post(ben, hid, action) == 403
        assert _state(app, hid) == before
        assert _post(ana, hid, action) == 303  # the claimer can


@pytest.mark.parametrize("action", list(ACTIONS))
def test_a_closed_case_cannot_be_changed(app, client: TestClient, action: str) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    hid = open_handoff(app)
    login(client, "ana")
    csrf = csrf_of(client)
    client.post(f"/console/cases/{hid}/claim", data={"csrf_token": csrf})
    client.post(f"/console/cases/{hid}/close", data={"csrf_token": csrf, "outcome": "other", "confirm": "yes"})
    before = _state(app, hid)
    assert _post(client, hid, action) == 409
    assert _state(app, hid) == before


def test_working_on_an_unclaimed_case_claims_it_and_says_so_in_the_audit_log(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    hid = open_handoff(app)
    login(client, "ana")
    assert _post(client, hid, "note") == 303
    with app.state.hotline.sessions() as db:
        assert db.get(HandoffCase, hid).claimed_by is not None
        rows = db.execute(select(AuditEvent.action, AuditEvent.detail).where(AuditEvent.handoff_id == hid)
                          .order_by(AuditEvent.id)).all()
    assert [tuple(r) for r in rows] == [("claim", "note"), ("note", None)]
