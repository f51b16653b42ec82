"""Conversation data keys on real SQLite and on a real PostgreSQL server (scripts/postgres.sh;
these FAIL if it cannot start): sealing, the one-round-trip key of the webhook's ack lane,
destruction through foreign keys, retirement, orphans, and the purge's clean-up of key rows."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from bot.db.base import utcnow
from bot.db.channels import InboundQueueItem, OutboundQueueItem
from bot.db.console import CaseNote
from bot.db.models import Conversation, ConversationKey, Handoff, Message
from bot.db.session import make_engine, make_sessionmaker, migrate
from bot.gateway import store
from bot.privacy import datakeys
from bot.privacy.datakeys import Vault
from bot.privacy.purge import purge
from bot.settings import Settings


# PostgreSQL: the throw-away server of tests/conftest.py (fails, never skips), fetched by name
# for that parameter only, so the parameter carries its marker.
@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request, tmp_path: Path) -> str:  # noqa: ANN001
    url = f"sqlite:///{tmp_path / 'k.db'}" if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    migrate(url)
    engine = make_engine(url)
    with engine.begin() as conn:  # the PostgreSQL database is shared by the tests of this module
        for table in ("console_notes", "console_cases", "twilio_inbound_queue", "twilio_outbound_queue", "messages",
                      "handoffs", "twilio_replies", "conversation_keys", "conversations"):
            conn.execute(text(f"DELETE FROM {table}"))
    engine.dispose()
    return url


@pytest.fixture
def vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Vault:
    monkeypatch.delenv(datakeys.ENV_MASTERS, raising=False)
    return Vault(tmp_path / "keys")


def _count(db, model, *where) -> int:  # noqa: ANN001
    return db.scalar(select(func.count()).select_from(model).where(*where))


def test_words_are_sealed_and_opened(url: str, vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "keys").mkdir(exist_ok=True)
    engine = make_engine(url)
    with make_sessionmaker(engine, vault)() as db:
        store.get_or_create_conversation(db, "k1", "sms")
        store.add_texts(db, "k1", "in", "person", ["vivo detrás del molino"])
        db.commit()
        raw = db.scalar(select(Message.text))
        assert raw.startswith("s1.") and "molino" not in raw
        assert store.person_texts(db, "k1") == ["vivo detrás del molino"]
    # Another process (another vault on the same master key file) reads it; a wrong key does not.
    with make_sessionmaker(engine, Vault(tmp_path / "keys"))() as db:
        assert store.person_texts(db, "k1") == ["vivo detrás del molino"]
        db.execute(text("UPDATE conversation_keys SET conversation_key = 'k2'"))  # moved: AAD no longer matches
        assert store.person_texts(db, "k1") == []
        db.rollback()
    engine.dispose()


def test_the_ack_lane_gets_one_key_per_conversation(url: str, vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "keys").mkdir(exist_ok=True)
    engine = make_engine(url)
    first = vault.current_on(engine, "k1")
    again = vault.current_on(engine, "k1")
    assert first.id == again.id
    token = Vault.seal_with(first, "hola")
    with make_sessionmaker(engine, vault)() as db:
        assert vault.open(db, first.id, token) == "hola"
        assert vault.current(db, "k1").id == first.id
        datakeys.retire(db, "k1", utcnow() + timedelta(days=7))
        db.commit()
    assert vault.current_on(engine, "k1").id != first.id  # a retired key seals nothing new
    engine.dispose()


def test_destroying_a_key_takes_its_rows_and_clears_the_rest(url: str, vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "keys").mkdir(exist_ok=True)
    engine = make_engine(url)
    with make_sessionmaker(engine, vault)() as db:
        conv = store.get_or_create_conversation(db, "k1", "sms")
        store.add_texts(db, "k1", "in", "person", ["uno", "dos"])
        handoff = store.create_or_raise_handoff(db, conv, "screening", "priority",
                                                {"indicators": [{"id": "confinement", "span": "encerrada"}]})
        kid, sealed = vault.seal(db, "k1", "nota")
        db.add(CaseNote(handoff_id=handoff.id, text=sealed, key_id=kid))
        db.add(OutboundQueueItem(conversation_key="k1", kind="reply", key_id=kid, address_token="a", body_token=sealed))
        db.add(InboundQueueItem(sid_hash="s1", conversation_key="k1", channel="sms", text=sealed, key_id=kid,
                                truncated=False, num_media=0, status="queued", attempts=0))
        db.commit()
        assert store.handoff_summary(db, handoff)["indicators"][0]["span"] == "encerrada"
        assert "encerrada" not in str(handoff.summary)
        assert datakeys.destroy_conversation(db, "k1", vault) == 1
        db.commit()
        for model in (Message, CaseNote, OutboundQueueItem):
            assert _count(db, model) == 0, model.__tablename__
        h = db.get(Handoff, handoff.id, populate_existing=True)
        assert h is not None and h.key_id is None and h.quotes == "" and h.summary["indicators"][0]["id"] == "confinement"
        q = db.scalars(select(InboundQueueItem)).one()
        assert q.key_id is None and q.text == ""
        assert db.get(Conversation, "k1") is not None  # erasure deletes it; destroying keys alone does not
    engine.dispose()


def test_purge_destroys_due_and_orphan_keys(url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(datakeys.ENV_MASTERS, raising=False)
    tracker = f"sqlite:///{tmp_path / 't.db'}"
    settings = Settings(data_dir=tmp_path / "data", database_url=url, tracker_db_url=tracker).resolved()
    engine = make_engine(url)
    vault = Vault(settings.data_dir)
    old = utcnow() - timedelta(days=2)
    with make_sessionmaker(engine, vault)() as db:
        store.get_or_create_conversation(db, "live", "sms")
        store.add_texts(db, "live", "in", "person", ["sigo aquí"])
        vault.current(db, "gone")  # a key left by an erased conversation (its confirmation was sealed)
        db.execute(text("UPDATE conversation_keys SET created_at = :t WHERE conversation_key = 'gone'"), {"t": old})
        closed = vault.current(db, "live")
        datakeys.retire(db, "live", utcnow() - timedelta(minutes=1))  # a case whose review period ended
        db.commit()
    report = purge(settings)
    with make_sessionmaker(engine, vault)() as db:
        assert report.keys_destroyed == 2
        assert db.scalar(select(func.count()).select_from(ConversationKey)) == 0
        assert db.get(ConversationKey, closed.id) is None
    engine.dispose()
