"""Attacker's checklist: after an erasure or the retention period, nothing of the person is left.

Runs the gateway app in-process (Rasa away: the safety word needs no Rasa) with its own sweeper,
and the real purge (`hotline purge`).
"""
from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import func, select, update

from bot.channels import twilio_channel
from bot.db.base import utcnow
from bot.db.channels import OutboundQueueItem
from bot.db.console import CaseNote, HandoffCase
from bot.db.models import Handoff
from bot.gateway import store
from bot.gateway.routers.simulator import conversation_key
from bot.privacy.purge import purge
from tests.in_process import say
from tests.bot.console.support import add_operator, app, client, csrf_of, login  # noqa: F401



def test_a_reply_waiting_for_its_retry_is_never_sent_after_an_erasure(app, client: TestClient) -> None:  # noqa: ANN001, F811
    """A slow reply goes out through Twilio's REST API; while Twilio refuses (5xx) it waits in
    twilio_outbound_queue for its next try. Erasing the conversation must cancel it: it was still
    sent afterwards."""
    state = app.state.hotline
    sender = "+15550100020"
    say(client, sender, "hola")
    key = conversation_key(state.settings.secret_key, sender, "sms")
    with state.sessions() as db:
        twilio_channel.of(state).outbound.enqueue(db, key, sender, ["Albergue Casa Azul, calle 5, pregunta por Marta"],
                                          kind="reply")
        db.execute(update(OutboundQueueItem).where(OutboundQueueItem.conversation_key == key)
                   .values(attempts=2, lease_until=utcnow() + timedelta(minutes=5)))  # next try later
        db.commit()
    say(client, sender, "BORRAR")
    with state.sessions() as db:
        left = db.scalar(select(func.count()).select_from(OutboundQueueItem)
                         .where(OutboundQueueItem.conversation_key == key))
    assert left == 0


def test_retention_removes_old_cases_of_a_conversation_still_going_on(app, client: TestClient) -> None:  # noqa: ANN001, F811
    """A person who still writes keeps their conversation; a case closed before the retention
    period goes, with its summary, notes and statistics categories (they stayed forever)."""
    state = app.state.hotline
    sender = "+15550100021"
    say(client, sender, "hola")
    key = conversation_key(state.settings.secret_key, sender, "sms")
    with state.sessions() as db:
        conv = store.get_or_create_conversation(db, key, "sms")
        summary = {"risk_level": "priority", "rule": "priority.debt",
                   "indicators": [{"id": "debt_bondage", "span": "le debo al patrón"}]}
        handoff = store.create_or_raise_handoff(db, conv, "screening", "priority", summary)
        db.flush()
        handoff_id = handoff.id
        db.commit()
    add_operator(app, "ana")
    login(client, "ana")
    csrf = csrf_of(client)
    client.post(f"/console/cases/{handoff_id}/claim", data={"csrf_token": csrf})
    client.post(f"/console/cases/{handoff_id}/note", data={"csrf_token": csrf, "text": "vive con la tía"})
    client.post(f"/console/cases/{handoff_id}/categories",
                data={"csrf_token": csrf, "sex": "female", "nationality": "HN", "migration_situation": "in_transit"})
    client.post(f"/console/cases/{handoff_id}/close", data={"csrf_token": csrf, "outcome": "referral_given",
                                                            "confirm": "yes"})  # closing is asked twice
    long_ago = utcnow() - timedelta(days=45)
    with state.sessions() as db:
        assert db.get(Handoff, handoff_id).status == "closed"
        db.execute(update(Handoff).where(Handoff.id == handoff_id).values(created_at=long_ago, closed_at=long_ago))
        db.commit()
    say(client, sender, "hola otra vez")  # the conversation is still going on
    purge(state.settings)
    with state.sessions() as db:
        assert db.get(store.Conversation, key) is not None
        assert db.get(Handoff, handoff_id) is None
        assert db.get(HandoffCase, handoff_id) is None
        assert db.scalars(select(CaseNote).where(CaseNote.handoff_id == handoff_id)).all() == []
