"""Every table has a retention rule; every table that holds words seals them; and once the
periods have passed, the purge leaves no row that concerns a person, in any table."""
from __future__ import annotations

import json
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import func, select, update

import bot.db.channels  # noqa: F401  (every table of the gateway database is registered)
import bot.db.console  # noqa: F401
import bot.db.directory  # noqa: F401
import bot.db.models  # noqa: F401
from bot.channels import twilio_channel
from bot.db.base import Base, utcnow
from bot.db.channels import (InboundQueueItem, OutboundQueueItem, TwilioConversation, TwilioDelivery,
                             TwilioInbound, TwilioReply)
from bot.gateway import store
from bot.gateway.routers.simulator import conversation_key
from bot.privacy import handles
from bot.privacy.purge import purge
from bot.privacy.retention import RULES, rule_for
from tests.in_process import say
from tests.bot.console.support import add_operator, app, client, csrf_of, login  # noqa: F401


def test_every_table_has_a_retention_rule() -> None:
    tables = set(Base.metadata.tables)
    missing = sorted(t for t in tables if rule_for(t) is None)
    assert not missing, f"tables without a retention rule in bot/privacy/retention.py: {missing}"
    assert not set(RULES) - tables, "rules for tables that do not exist"


def test_every_table_that_holds_words_seals_them() -> None:
    for name, table in Base.metadata.tables.items():
        if rule_for(name).holds == "words":
            fks = {fk.column.table.name for fk in table.c.key_id.foreign_keys} if "key_id" in table.c else set()
            assert fks == {"conversation_keys"}, f"{name} holds words but has no key_id to conversation_keys"



def test_past_every_period_no_table_keeps_anything_of_a_person(app, client: TestClient) -> None:  # noqa: ANN001, F811
    state = app.state.hotline
    sender = "+15550100030"
    say(client, sender, "hola, me tienen encerrada")
    key = conversation_key(state.settings.secret_key, sender, "sms")
    with state.sessions() as db:
        conv = store.get_or_create_conversation(db, key, "sms")
        handoff = store.create_or_raise_handoff(db, conv, "screening", "priority", {
            "risk_level": "priority", "indicators": [{"id": "confinement", "span": "me tienen encerrada"}]})
        db.flush()
        handoff_id = handoff.id
        vault = state.vault
        kid, sealed = vault.seal(db, key, json.dumps(["respuesta"]))
        now = utcnow()
        db.add_all([
            TwilioInbound(sid_hash="s" * 64, created_at=now),
            TwilioReply(sid_hash="s" * 64, key_id=kid, bodies=sealed, created_at=now),
            TwilioDelivery(conversation_key=key, kind="reply", status="delivered", attempts=1),
            InboundQueueItem(sid_hash="d" * 64, conversation_key=key, channel="sms", text="", truncated=False,
                             num_media=0, status="dead", attempts=5, lease_until=now, created_at=now),
        ])
        flags = TwilioConversation(conversation_key=key, opted_out=False)
        flags.key_id, flags.more_text = vault.seal(db, key, "el resto de la respuesta")
        db.add(flags)
        handles.remember(db, handles.keyring(state.settings.data_dir), key, sender)
        twilio_channel.of(state).outbound.enqueue(db, key, sender, ["más tarde"], kind="reply")
        db.execute(update(OutboundQueueItem).values(lease_until=now + timedelta(hours=1)))
        db.commit()
    add_operator(app, "ana")
    login(client, "ana")
    csrf = csrf_of(client)
    client.post(f"/console/cases/{handoff_id}/claim", data={"csrf_token": csrf})
    client.post(f"/console/cases/{handoff_id}/note", data={"csrf_token": csrf, "text": "nota"})
    client.post(f"/console/cases/{handoff_id}/categories", data={"csrf_token": csrf, "sex": "female"})
    with state.sessions() as db:
        filled = {name: db.scalar(select(func.count()).select_from(table)) for name, table in Base.metadata.tables.items()
                  if rule_for(name).holds != "none"}
    assert all(filled.values()), f"the test left tables empty: {[n for n, c in filled.items() if not c]}"

    purge(state.settings, now=utcnow() + timedelta(days=500))
    with state.sessions() as db:
        left = {name: db.scalar(select(func.count()).select_from(table)) for name, table in Base.metadata.tables.items()
                if rule_for(name).holds != "none"}
    assert not any(left.values()), {n: c for n, c in left.items() if c}
