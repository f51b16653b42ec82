"""Attacker's checklist: a copy of the database reads none of the person's words.

Redaction removes the names and numbers it recognises, never everything that identifies a
person ("the house with the blue gate behind the mill"). Those words are stored encrypted with
a key of the conversation's own, wrapped by a master key kept outside the database: a copy of
the database files, or a dump of every table, holds none of them; erasing the conversation
destroys its key. Operators read a transcript only while the case is theirs.

These run the gateway app with Rasa away (the person still gets the fallback, and their message
is stored before Rasa is asked), and the real console routes.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, inspect, select, text

from bot.db.console import CaseNote, Operator
from bot.gateway import store
from bot.gateway.routers.simulator import conversation_key
from bot.privacy.redaction import redact
from tests.in_process import say
from tests.bot.console.support import add_operator, app, client, csrf_of, login  # noqa: F401

# Words no redactor removes: what a person might say about where they are held, without
# saying where ("la casa del portón azul detrás del molino" is an address since issue #18).
WORDS = "el portón azul nunca se abre y el molino de los Zanahoriales no para de noche"
NEEDLES = ("portón azul", "molino", "Zanahoriales", "zanahoriales")
SUMMARY_SPAN = "el molino de los Zanahoriales"



def _files(data_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in data_dir.rglob("hotline.db*") if p.is_file()}


def _dump(app) -> str:  # noqa: ANN001
    """Every row of every table, as text: what `pg_dump` or `.dump` would give an attacker."""
    engine = app.state.hotline.engine
    out = []
    with engine.connect() as conn:
        for table in inspect(engine).get_table_names():
            out += [" ".join(str(v) for v in row) for row in conn.execute(text(f'SELECT * FROM "{table}"'))]
    return "\n".join(out)


def _case_with_everything(app, client: TestClient, sender: str = "+15550100001") -> tuple[int, str]:  # noqa: ANN001, F811
    """A person's message, a handoff whose summary quotes them, and an operator's note."""
    assert redact(WORDS, "es") == WORDS, "the redactor took the words: the test would prove nothing"
    assert say(client, sender, WORDS, "whatsapp")  # the fallback: Rasa is away
    key = conversation_key(app.state.hotline.settings.secret_key, sender, "whatsapp")
    with app.state.hotline.sessions() as db:
        conv = store.get_or_create_conversation(db, key, "whatsapp")
        summary = {"screened": True, "risk_level": "priority", "rule": "priority.confinement",
                   "indicators": [{"id": "confinement", "dimension": "movement", "weight": "strong",
                                   "span": SUMMARY_SPAN}]}
        handoff = store.create_or_raise_handoff(db, conv, "screening", "priority", summary)
        db.commit()
        handoff_id = handoff.id
    add_operator(app, "ana")
    login(client, "ana")
    client.post(f"/console/cases/{handoff_id}/claim", data={"csrf_token": csrf_of(client)})
    resp = client.post(f"/console/cases/{handoff_id}/note",
                       data={"csrf_token": csrf_of(client), "text": "dice que la retienen cerca del molino"})
    assert resp.status_code in (200, 303)
    return handoff_id, key


def test_the_database_files_hold_none_of_the_persons_words(app, client: TestClient) -> None:  # noqa: ANN001, F811
    _case_with_everything(app, client)
    with app.state.hotline.engine.connect() as conn:  # the WAL copied into the main file too
        conn.exec_driver_sql("PRAGMA wal_checkpoint(FULL)")
    files = _files(app.state.hotline.settings.data_dir)
    assert "hotline.db" in files
    for name, blob in files.items():
        for needle in NEEDLES:
            assert needle.encode() not in blob, f"{needle!r} in {name}"


def test_a_dump_of_every_table_holds_none_of_the_persons_words(app, client: TestClient) -> None:  # noqa: ANN001, F811
    _case_with_everything(app, client)
    dump = _dump(app)
    assert "confinement" in dump  # the summary is there, for statistics: not its quote
    for needle in NEEDLES:
        assert needle not in dump, needle


def test_the_claiming_operator_reads_the_case_and_nobody_else_does(app, client: TestClient) -> None:  # noqa: ANN001, F811
    handoff_id, _key = _case_with_everything(app, client)
    page = client.get(f"/console/cases/{handoff_id}").text
    assert "portón azul" in page and SUMMARY_SPAN in page and "molino" in page  # Ana claimed it
    lines = client.get(f"/console/cases/{handoff_id}/transcript.json").json()["lines"]
    assert any("portón azul" in line["text"] for line in lines)

    add_operator(app, "ben")
    client.cookies.clear()
    login(client, "ben")
    page = client.get(f"/console/cases/{handoff_id}").text
    for needle in NEEDLES:
        assert needle not in page, needle
    assert "confinement" in page  # the summary without its quote: enough to decide to take it
    assert client.get(f"/console/cases/{handoff_id}/transcript.json").json()["lines"] == []


def test_a_transfer_note_is_sealed_and_the_receiver_reads_it(app, client: TestClient) -> None:  # noqa: ANN001, F811
    """The note given with a transfer holds the person's words like any note (a path of its own)."""
    handoff_id, _key = _case_with_everything(app, client, "+15550100004")
    add_operator(app, "ben")
    with app.state.hotline.sessions() as db:
        ben = db.scalars(select(Operator.id).where(Operator.username == "ben")).one()
    resp = client.post(f"/console/cases/{handoff_id}/transfer",
                       data={"csrf_token": csrf_of(client), "to": str(ben), "reason": "language",
                             "note": "la esconden en el portón azul"})
    assert resp.status_code in (200, 303)
    with app.state.hotline.sessions() as db:
        assert db.scalar(select(func.count()).select_from(CaseNote).where(CaseNote.handoff_id == handoff_id,
                                                                           CaseNote.key_id.is_not(None))) == 2
    dump = _dump(app)
    for needle in NEEDLES:
        assert needle not in dump, needle
    client.cookies.clear()
    login(client, "ben")
    assert "la esconden en el portón azul" in client.get(f"/console/cases/{handoff_id}").text


def test_erasure_destroys_the_conversations_keys(app, client: TestClient) -> None:  # noqa: ANN001, F811
    sender = "+15550100002"
    handoff_id, key = _case_with_everything(app, client, sender)
    with app.state.hotline.sessions() as db:
        assert db.execute(text("SELECT count(*) FROM conversation_keys WHERE conversation_key = :k"),
                          {"k": key}).scalar() >= 1
    say(client, sender, "BORRAR", "whatsapp")
    with app.state.hotline.sessions() as db:
        for table, column in (("conversation_keys", "conversation_key"), ("messages", "conversation_key"),
                              ("handoffs", "conversation_key")):
            n = db.execute(text(f"SELECT count(*) FROM {table} WHERE {column} = :k"), {"k": key}).scalar()
            assert n == 0, table
        assert db.scalars(select(CaseNote).where(CaseNote.handoff_id == handoff_id)).all() == []


@pytest.mark.parametrize("table", ["messages", "console_notes"])
def test_a_row_whose_key_is_destroyed_goes_with_it(app, client: TestClient, table: str) -> None:  # noqa: ANN001, F811
    """Deleting a key row deletes what was sealed with it (foreign keys, SQLite and PostgreSQL),
    so nothing is left that could not be read anyway."""
    _handoff_id, key = _case_with_everything(app, client, "+15550100003")
    with app.state.hotline.sessions() as db:
        assert db.execute(text(f"SELECT count(*) FROM {table} WHERE key_id IS NOT NULL")).scalar() > 0
        db.execute(text("DELETE FROM conversation_keys WHERE conversation_key = :k"), {"k": key})
        db.commit()
        assert db.execute(text(f"SELECT count(*) FROM {table} WHERE key_id IS NOT NULL")).scalar() == 0


def test_the_gateways_sqlite_connections_overwrite_and_cascade(app) -> None:  # noqa: ANN001, F811
    """What key destruction relies on: deleted rows overwritten (secure_delete) and rows sealed
    with a key deleted with it (foreign keys, off by default in SQLite)."""
    with app.state.hotline.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
