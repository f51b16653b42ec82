"""Rasa's SQL tracker store, with every event sealed by a key of the sender's own.

Why the tracker keeps the person's (redacted) words at all: the screening form's answers are
`from_text` slots (domain.yml: q_*, jo_*) read turns later when the form is submitted, and
`action_screening_submit` screens every user text of the session (actions/actions.py); entity
values (a city) become slots read by later actions; the gateway reads the tracker back to find
a retried message (`inbound_id` in the metadata) and the bot replies that followed it. The
policies themselves read intents, entities, slots and actions, not text. So the words stay, but
sealed: a copy of the tracker database reads nothing, and destroying a sender's key (erasure,
retention, a closed case's review period: the gateway deletes the key row) makes every event
sealed with it unreadable, wherever its bytes survive.

- **Master keys**: `key_file` (endpoints.yml: `${HOTLINE_TRACKER_KEY_FILE}`, by default
  `$DATA_DIR/tracker_keys`, mode 0600): URL-safe base64 AES-256 keys, one per line, newest first;
  created on first use. Only Rasa reads it: the gateway never decrypts the tracker, and Rasa
  gets none of the gateway's keys. Re-read when it changes (`hotline keys rotate`).
- **Sender keys** (`hotline_tracker_keys`): a random AES-256 key per sender and period, wrapped
  with AES-256-GCM by the newest master key (AAD: the sender id). The newest key not retired
  seals new events; the gateway retires a key when a case closes (and weekly) and deletes it when
  its time comes.
- **Events**: `data` = ``hk1:<key id>:`` + URL-safe base64 of nonce, AES-256-GCM ciphertext and
  tag of the event's JSON (AAD: the sender id). `type_name`, `intent_name`, `action_name` and
  `timestamp` stay readable: Rasa queries them, and they carry no words. An event whose key is
  gone is left out of the tracker; an event written before this store (plain JSON) is read as
  it is.

The format is in rasa_addons/sealing.py, restated by bot/privacy/tracker.py (the gateway's erasure,
purge and key rotation) and checked against it by tests/security/test_key_rotation.py. This
module never imports the gateway package.
"""
from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any, Dict, List, Optional, Text, Tuple

import sqlalchemy as sa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from rasa_addons.sealing import KEY_FILE_ENV, Masters, key_id_of, open_sealed, seal, unwrap, wrap

logger = logging.getLogger(__name__)

CACHE_SECONDS = 300.0
CACHE_SIZE = 4096

_metadata = sa.MetaData()
KEYS = sa.Table(
    "hotline_tracker_keys", _metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.String(255), nullable=False, index=True),
    sa.Column("master_id", sa.String(16), nullable=False),
    sa.Column("wrapped", sa.Text, nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("retired_at", sa.Float),
    sa.Column("destroy_after", sa.Float, index=True),
    sqlite_autoincrement=True,  # an id is never given to a second key
)


class SenderKeys:
    """Finds, makes and unwraps sender keys; unwrapped keys are cached by their wrapped value."""

    def __init__(self, masters: Masters) -> None:
        self.masters = masters
        self._cache: "OrderedDict[str, Tuple[AESGCM, float]]" = OrderedDict()
        self._lock = threading.Lock()

    def _aes(self, sender_id: Text, mid: str, wrapped: str) -> Optional[AESGCM]:
        now, cached = time.monotonic(), sender_id + "\n" + wrapped  # as unwrapped: for this sender
        with self._lock:
            hit = self._cache.get(cached)
            if hit and hit[1] > now:
                return hit[0]
        master = self.masters.get(mid)
        raw = unwrap(master, sender_id, wrapped) if master is not None else None
        if raw is None:
            return None
        aes = AESGCM(raw)
        with self._lock:
            self._cache[cached] = (aes, now + CACHE_SECONDS)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return aes

    def current(self, session: Any, sender_id: Text) -> Tuple[int, AESGCM]:
        row = session.execute(
            sa.select(KEYS.c.id, KEYS.c.master_id, KEYS.c.wrapped)
            .where(KEYS.c.sender_id == sender_id, KEYS.c.retired_at.is_(None))
            .order_by(KEYS.c.id.desc()).limit(1)).first()
        if row is not None and (aes := self._aes(sender_id, row.master_id, row.wrapped)) is not None:
            return row.id, aes
        raw = os.urandom(32)
        mid, master = self.masters.newest()
        result = session.execute(KEYS.insert().values(sender_id=sender_id, master_id=mid,
                                                      wrapped=wrap(master, sender_id, raw), created_at=time.time()))
        return result.inserted_primary_key[0], AESGCM(raw)

    def by_id(self, session: Any, sender_id: Text) -> Dict[int, AESGCM]:
        rows = session.execute(sa.select(KEYS.c.id, KEYS.c.master_id, KEYS.c.wrapped)
                               .where(KEYS.c.sender_id == sender_id)).all()
        out = {}
        for row in rows:
            if (aes := self._aes(sender_id, row.master_id, row.wrapped)) is not None:
                out[row.id] = aes
        return out


def _secure_delete(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA secure_delete=ON")  # deleted events are overwritten in the file
    cur.close()


class EncryptedSQLTrackerStore(SQLTrackerStore):
    """`SQLTrackerStore` whose events are sealed per sender (see the module's docstring)."""

    def __init__(self, domain: Any = None, key_file: Optional[Text] = None, **kwargs: Any) -> None:
        super().__init__(domain=domain, **kwargs)
        path = Path(key_file or os.environ.get(KEY_FILE_ENV) or "tracker_keys")
        self.keys = SenderKeys(Masters(path))
        self.keys.masters.newest()  # fails at start-up, not on a person's message
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _secure_delete)
            self.engine.dispose()  # connections opened so far lack the pragma
        try:
            _metadata.create_all(self.engine)
        except (sa.exc.OperationalError, sa.exc.ProgrammingError) as exc:  # another replica made it
            logger.warning(f"tracker key table not created here: {type(exc).__name__}")

    def _open(self, session: Any, sender_id: Text, rows: List[Any]) -> List[Dict[Text, Any]]:
        keys: Optional[Dict[int, AESGCM]] = None
        events = []
        for row in rows:
            data = row.data
            key_id = key_id_of(data)
            if key_id is None:
                events.append(json.loads(data))  # written before this store
                continue
            if keys is None:
                keys = self.keys.by_id(session, sender_id)
            aes = keys.get(key_id)
            opened = open_sealed(aes, sender_id, data) if aes is not None else None
            if opened is not None:  # its key is destroyed: the event is gone
                events.append(json.loads(opened))
        return events

    async def _retrieve(self, sender_id: Text, fetch_events_from_all_sessions: bool
                        ) -> Optional[DialogueStateTracker]:
        with self.session_scope() as session:
            rows = self._event_query(session, sender_id,
                                     fetch_events_from_all_sessions=fetch_events_from_all_sessions).all()
            events = self._open(session, sender_id, rows)
            if self.domain and len(events) > 0:
                return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
            return None

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        with self.session_scope() as session:
            key = None
            for event in self._additional_events(session, tracker):
                data = event.as_dict()
                if key is None:
                    key = self.keys.current(session, tracker.sender_id)
                session.add(self.SQLEvent(
                    sender_id=tracker.sender_id, type_name=event.type_name, timestamp=data.get("timestamp"),
                    intent_name=data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
                    action_name=data.get("name"),
                    data=seal(key[1], key[0], tracker.sender_id, json.dumps(data))))
            session.commit()
