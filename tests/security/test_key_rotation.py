"""Attacker's checklist: a copy of a wrapped key made before `hotline keys rotate` (a backup, a
WAL segment, a dead tuple) is useless afterwards, and nothing the line still needs is lost.

The tracker half builds Rasa's key table and a sealed event with rasa_addons/sealing.py (the
format Rasa's tracker store writes, importable without Rasa) and checks that the gateway's
rotation (bot/privacy/tracker.py) re-wraps in that same format.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import time

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.db.models import ConversationKey
from bot.db.session import make_sessionmaker
from bot.gateway import store
from bot.gateway.routers.simulator import conversation_key
from bot.privacy import datakeys, keyfile
from bot.privacy.commands import keys_cmd
from rasa_addons import sealing
from bot.privacy.redaction import redact
from tests.in_process import say
from tests.bot.console.support import app, client  # noqa: F401

# Words the redactor leaves alone (checked below): the test is about what it misses.
WORDS = "me gusta el portón azul y el molino de los Zanahoriales de noche"


def _rotate(data_dir) -> None:  # noqa: ANN001
    assert keys_cmd(argparse.Namespace(data_dir=data_dir, keys_command="rotate")) == 0


def _tracker_with_one_event(path, key_file, sender: str) -> dict:  # noqa: ANN001
    """What Rasa's tracker store leaves: a sender key wrapped by the tracker master key, one
    sealed event."""
    masters = sealing.Masters(key_file)
    mid, master = masters.newest()
    raw = os.urandom(32)
    event = {"event": "user", "text": WORDS, "timestamp": time.time()}
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id TEXT, type_name TEXT, timestamp REAL, "
                     "intent_name TEXT, action_name TEXT, data TEXT)")
        conn.execute("CREATE TABLE hotline_tracker_keys (id INTEGER PRIMARY KEY AUTOINCREMENT, sender_id TEXT, "
                     "master_id TEXT, wrapped TEXT, created_at REAL, retired_at REAL, destroy_after REAL)")
        conn.execute("INSERT INTO hotline_tracker_keys (sender_id, master_id, wrapped, created_at) VALUES (?, ?, ?, ?)",
                     (sender, mid, sealing.wrap(master, sender, raw), time.time()))
        conn.execute("INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?, 'user', ?, ?)",
                     (sender, event["timestamp"],
                      sealing.seal(AESGCM(raw), 1, sender, json.dumps(event))))
    return event


def test_rotation_keeps_every_word_readable_and_every_old_copy_useless(app, client: TestClient) -> None:  # noqa: ANN001, F811
    state = app.state.hotline
    data_dir = state.settings.data_dir
    assert redact(WORDS, "es") == WORDS, "the redactor took the words: the test would prove nothing"
    say(client, "+15550100040", WORDS)
    key = conversation_key(state.settings.secret_key, "+15550100040", "sms")
    with state.sessions() as db:
        backup = db.execute(select(ConversationKey.master_id, ConversationKey.wrapped)).first()
    old_masters = keyfile.load(data_dir / datakeys.MASTER_FILE, "", datakeys.new_master)
    tracker_file = data_dir / "tracker_keys"
    keyfile.create(tracker_file, datakeys.new_master)
    old_tracker = tracker_file.read_bytes()
    event = _tracker_with_one_event(state.settings.sqlite_tracker_path, tracker_file, key)

    _rotate(data_dir)

    masters = keyfile.load(data_dir / datakeys.MASTER_FILE, "", datakeys.new_master)
    assert len(masters) == 1 and masters[0] not in old_masters
    fresh = datakeys.Vault(data_dir)  # as a gateway started after the rotation
    with make_sessionmaker(state.engine, fresh)() as db:
        assert WORDS in store.person_texts(db, key)  # still readable
        rows = db.execute(select(ConversationKey.master_id)).scalars().all()
        assert set(rows) == {datakeys.master_id(masters[0])}
    assert fresh.unwrap(backup.master_id, backup.wrapped, key) is None  # the old copy is useless

    assert tracker_file.read_bytes() != old_tracker and len(tracker_file.read_bytes().split()) == 1
    with sqlite3.connect(state.settings.sqlite_tracker_path) as conn:
        mid, wrapped = conn.execute("SELECT master_id, wrapped FROM hotline_tracker_keys").fetchone()
        data = conn.execute("SELECT data FROM events").fetchone()[0]
    rasa_masters = sealing.Masters(tracker_file)  # as Rasa reads them
    raw = sealing.unwrap(rasa_masters.get(mid), key, wrapped)
    assert json.loads(sealing.open_sealed(AESGCM(raw), key, data)) == event
