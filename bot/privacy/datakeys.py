"""Per-conversation data keys: what the redactor missed is unreadable once the case is over.

No redactor finds everything that identifies a person ("the house with the blue gate behind
the mill"). Every column that holds words (messages, the inbound queue's text and prepared turn,
TwiML replies kept for Twilio's retries, the rest of a long reply, outbound bodies, handoff
summary quotes, operators' notes) stores them sealed with a key of the conversation's own, and
destroying that key destroys them.

- **Master keys**: 256-bit AES keys kept outside the database: `HOTLINE_DATA_KEYS`
  (comma-separated, newest first) or `$DATA_DIR/data_keys` (mode 0600, one per line, created on
  first use). `hotline keys rotate` adds a new one, re-wraps every data key with it and drops
  the old ones: every wrapped key left anywhere else (a backup, PostgreSQL's WAL or dead tuples,
  SQLite's WAL) can no longer be unwrapped.
- **Data keys** (`conversation_keys`): a random 256-bit key per conversation and period,
  wrapped with AES-256-GCM by the newest master key (AAD: the conversation's pseudonym, so a
  wrapped key cannot be moved to another conversation). `master_id` names the master key.
- **Sealed values**: AES-256-GCM under the data key, random 96-bit nonce, AAD: the key's id;
  stored as ``s1.`` + URL-safe base64 of nonce, ciphertext and tag. The row says which key
  (`key_id`).

A key is *current* (new words are sealed with it), then *retired* (a case closed, or it is
older than `ROTATE`; a new one takes over) with a `destroy_after` date, then *destroyed*: its
row deleted, and with it (foreign keys) the rows it sealed; rows that outlive their words (a
handoff, a queued message) have their sealed columns cleared first. Erasure destroys every key
of the conversation at once.

Unwrapped keys are cached in memory (bounded, a few minutes), keyed by the wrapped value and the
conversation it was unwrapped for, never by id alone: a SQLite id can be used again after a
deletion or a rollback.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Engine, bindparam, delete, select, text, update
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.db.channels import InboundQueueItem, OutboundQueueItem, TwilioConversation
from bot.db.console import CaseNote
from bot.db.models import Conversation, ConversationKey, Handoff, Message
from bot.privacy import keyfile
from bot.settings import PrivacySettings

MASTER_FILE = "data_keys"
ENV_MASTERS = "HOTLINE_DATA_KEYS"
PREFIX = "s1."
ROTATE = timedelta(days=7)  # a conversation's key seals new words for at most this long
CACHE_SECONDS = 300.0
CACHE_SIZE = 4096


def new_master() -> bytes:
    return base64.urlsafe_b64encode(os.urandom(32))


def master_id(key: bytes) -> str:
    """A short public name for a master key (which one wrapped a data key); reveals nothing."""
    return hashlib.sha256(b"hotline-master:" + key).hexdigest()[:16]


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode()


def _unb64(value: str) -> bytes:
    return base64.urlsafe_b64decode(value.encode())


class Masters:
    """The master keys, reloaded when their file is replaced (`hotline keys rotate`)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / MASTER_FILE
        self._lock = threading.Lock()
        self._stamp: object = object()
        self._by_id: dict[str, AESGCM] = {}
        self._newest = ""

    def _reload(self, force: bool = False) -> None:
        configured = PrivacySettings().data_keys.strip()  # read each time, as the file is
        stamp = None if configured else keyfile.stamp(self.path)
        if not force and stamp == self._stamp and self._by_id:
            return
        keys = keyfile.load(self.path, configured, new_master)
        if not keys:
            raise RuntimeError(f"no master key in {ENV_MASTERS} or {self.path}")
        self._by_id = {master_id(k): AESGCM(_unb64(k.decode())) for k in keys}
        self._newest = master_id(keys[0])
        self._stamp = None if configured else keyfile.stamp(self.path)

    def newest(self) -> tuple[str, AESGCM]:
        """Checked against the file each time: a key is never wrapped with a master that a
        rotation has just dropped."""
        with self._lock:
            self._reload()
            return self._newest, self._by_id[self._newest]

    def get(self, mid: str) -> AESGCM | None:
        with self._lock:
            if mid not in self._by_id:
                self._reload(force=True)
            return self._by_id.get(mid)

    def ids(self) -> list[str]:
        with self._lock:
            self._reload(force=True)
            return list(self._by_id)


@dataclass(frozen=True)
class Key:
    id: int
    aes: AESGCM


def _aad(key_id: int) -> bytes:
    return b"hotline-row:" + str(key_id).encode()


# Built once: these run on every message (building a statement costs more than running it).
_CK = ConversationKey.__table__
_CURRENT = (select(_CK.c.id, _CK.c.master_id, _CK.c.wrapped)
            .where(_CK.c.conversation_key == bindparam("c"), _CK.c.retired_at.is_(None))
            .order_by(_CK.c.id.desc()).limit(1))
_BY_ID = (select(_CK.c.id, _CK.c.master_id, _CK.c.wrapped, _CK.c.conversation_key)
          .where(_CK.c.id.in_(bindparam("ids", expanding=True))))


class Vault:
    """Seals and opens words with conversation keys. One per process (GatewayState.vault);
    sessions made by `bot.db.session.make_sessionmaker(engine, vault)` carry it."""

    def __init__(self, data_dir: Path) -> None:
        self.masters = Masters(data_dir)
        self._cache: OrderedDict[tuple[str, str], tuple[AESGCM, float]] = OrderedDict()
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ wrapping
    def wrap(self, conversation: str, raw: bytes) -> tuple[str, str]:
        mid, master = self.masters.newest()
        nonce = os.urandom(12)
        return mid, _b64(nonce + master.encrypt(nonce, raw, b"hotline-key:" + conversation.encode()))

    def unwrap(self, mid: str, wrapped: str, conversation: str) -> bytes | None:
        master = self.masters.get(mid)
        if master is None:
            return None  # its master key was dropped: this key is as good as destroyed
        blob = _unb64(wrapped)
        try:
            return master.decrypt(blob[:12], blob[12:], b"hotline-key:" + conversation.encode())
        except InvalidTag:
            return None

    def _aes(self, mid: str, wrapped: str, conversation: str) -> AESGCM | None:
        now, cached = time.monotonic(), (wrapped, conversation)  # as unwrapped: for this conversation
        with self._lock:
            hit = self._cache.get(cached)
            if hit and hit[1] > now:
                self._cache.move_to_end(cached)
                return hit[0]
        raw = self.unwrap(mid, wrapped, conversation)
        if raw is None:
            return None
        aes = AESGCM(raw)
        with self._lock:
            self._cache[cached] = (aes, now + CACHE_SECONDS)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return aes

    def forget(self, wrapped: Iterable[str]) -> None:
        gone = set(wrapped)
        with self._lock:
            for cached in [c for c in self._cache if c[0] in gone]:
                del self._cache[cached]

    # ------------------------------------------------------------------ keys
    def current(self, db: Session, conversation: str) -> Key:
        """The key new words of this conversation are sealed with (created when there is none)."""
        row = db.connection().execute(_CURRENT, {"c": conversation}).first()
        if row is not None and (aes := self._aes(row.master_id, row.wrapped, conversation)) is not None:
            return Key(row.id, aes)
        raw = os.urandom(32)
        mid, wrapped = self.wrap(conversation, raw)
        created = ConversationKey(conversation_key=conversation, master_id=mid, wrapped=wrapped, created_at=utcnow())
        db.add(created)
        db.flush()
        return Key(created.id, AESGCM(raw))

    def current_on(self, engine: Engine, conversation: str) -> Key:
        """`current` in one autocommitted round trip on PostgreSQL (the webhook's ack lane)."""
        if engine.dialect.name != "postgresql":
            with Session(engine) as db:
                key = self.current(db, conversation)
                db.commit()
                return key
        raw = os.urandom(32)
        mid, wrapped = self.wrap(conversation, raw)  # used only if the conversation has no key
        stmt = text(
            "WITH found AS (SELECT id, master_id, wrapped FROM conversation_keys WHERE conversation_key = :c "
            "AND retired_at IS NULL ORDER BY id DESC LIMIT 1), "
            "made AS (INSERT INTO conversation_keys (conversation_key, master_id, wrapped, created_at) "
            "SELECT :c, :m, :w, :t WHERE NOT EXISTS (SELECT 1 FROM found) RETURNING id, master_id, wrapped) "
            "SELECT id, master_id, wrapped FROM found UNION ALL SELECT id, master_id, wrapped FROM made")
        with engine.connect() as conn:
            row = conn.execution_options(isolation_level="AUTOCOMMIT").execute(
                stmt, {"c": conversation, "m": mid, "w": wrapped, "t": utcnow()}).first()
        aes = AESGCM(raw) if row.wrapped == wrapped else self._aes(row.master_id, row.wrapped, conversation)
        if aes is None:
            raise RuntimeError("a conversation key cannot be unwrapped: its master key is missing")
        return Key(row.id, aes)

    def keys(self, db: Session, ids: Iterable[int | None]) -> dict[int, AESGCM]:
        """The keys with these ids that still exist, in one query."""
        wanted = {i for i in ids if i is not None}
        if not wanted:
            return {}
        rows = db.connection().execute(_BY_ID, {"ids": sorted(wanted)})
        out = {}
        for row in rows:
            if (aes := self._aes(row.master_id, row.wrapped, row.conversation_key)) is not None:
                out[row.id] = aes
        return out

    # ------------------------------------------------------------------ sealing
    @staticmethod
    def seal_with(key: Key, value: str) -> str:
        nonce = os.urandom(12)
        return PREFIX + _b64(nonce + key.aes.encrypt(nonce, value.encode(), _aad(key.id)))

    @staticmethod
    def open_with(aes: AESGCM | None, key_id: int | None, token: str | None) -> str | None:
        """The clear value; a value with no key id is from before sealing (migration 0008) and
        is returned as it is; None when the key is gone or the value was tampered with."""
        if token is None:
            return None
        if key_id is None:
            return token
        if aes is None or not token.startswith(PREFIX):
            return None
        try:
            blob = _unb64(token[len(PREFIX):])
            return aes.decrypt(blob[:12], blob[12:], _aad(key_id)).decode()
        except (InvalidTag, ValueError, binascii.Error):
            return None

    def seal(self, db: Session, conversation: str, value: str) -> tuple[int, str]:
        key = self.current(db, conversation)
        return key.id, self.seal_with(key, value)

    def seal_many(self, db: Session, conversation: str, values: Sequence[str]) -> tuple[int, list[str]]:
        key = self.current(db, conversation)
        return key.id, [self.seal_with(key, v) for v in values]

    def open(self, db: Session, key_id: int | None, token: str | None) -> str | None:
        aes = self.keys(db, [key_id]).get(key_id) if key_id is not None else None
        return self.open_with(aes, key_id, token)

    def open_rows(self, db: Session, rows: Sequence[Any], key: str = "key_id", field: str = "text") -> list[str | None]:
        """Opens `field` of many rows with one key lookup."""
        keys = self.keys(db, (getattr(r, key) for r in rows))
        return [self.open_with(keys.get(getattr(r, key)), getattr(r, key), getattr(r, field)) for r in rows]


def vault_of(db: Session) -> Vault:
    vault = db.info.get("vault")
    if vault is None:
        raise RuntimeError("this database session has no vault: make it with make_sessionmaker(engine, vault)")
    return vault


# ---------------------------------------------------------------------- summaries
QUOTE_FIELDS = ("span", "quote")


def split_quotes(summary: dict[str, Any] | None) -> tuple[dict[str, Any] | None, list[dict[str, str]]]:
    """The summary without the person's words, and the words apart ([{field: words}] per
    indicator, in order): level, rule, indicator ids, age band and needs stay readable."""
    if not isinstance(summary, dict):
        return summary, []
    clear, quotes = dict(summary), []
    indicators = []
    for ind in summary.get("indicators") or []:
        if isinstance(ind, dict):
            ind = dict(ind)
            quotes.append({f: str(ind.pop(f)) for f in QUOTE_FIELDS if f in ind})
        else:
            quotes.append({})
        indicators.append(ind)
    if "indicators" in summary:
        clear["indicators"] = indicators
    return clear, quotes


def join_quotes(summary: dict[str, Any] | None, quotes: list[dict[str, str]] | None) -> dict[str, Any] | None:
    if not isinstance(summary, dict) or not quotes:
        return summary
    out = dict(summary)
    out["indicators"] = [{**ind, **(quotes[i] if i < len(quotes) else {})} if isinstance(ind, dict) else ind
                         for i, ind in enumerate(summary.get("indicators") or [])]
    return out


def seal_json(key: Key, value: Any) -> str:
    return Vault.seal_with(key, json.dumps(value, ensure_ascii=False))


# ---------------------------------------------------------------------- life of a key
def _ids(db: Session, *where: Any) -> list[tuple[int, str]]:
    ck = ConversationKey
    return [(r.id, r.wrapped) for r in db.execute(select(ck.id, ck.wrapped).where(*where))]


def destroy(db: Session, ids: Sequence[int]) -> int:
    """Deletes these keys (not committed). Rows that hold only words go with them (ON DELETE
    CASCADE); rows that outlive them lose their sealed columns here, explicitly."""
    if not ids:
        return 0
    ids = list(ids)
    # "" (not NULL) marks a handoff whose quotes were destroyed: NULL means "not sealed yet".
    for model, values in ((Handoff, {"quotes": ""}), (TwilioConversation, {"more_text": None}),
                          (InboundQueueItem, {"text": "", "prepared": None})):
        db.execute(update(model).where(model.key_id.in_(ids)).values(key_id=None, **values)
                   .execution_options(synchronize_session=False))
    return db.execute(delete(ConversationKey).where(ConversationKey.id.in_(ids))
                      .execution_options(synchronize_session=False)).rowcount or 0


def destroy_conversation(db: Session, conversation: str, vault: Vault | None = None) -> int:
    """Erasure: every key of the conversation, now."""
    found = _ids(db, ConversationKey.conversation_key == conversation)
    if vault is not None:
        vault.forget(w for _, w in found)
    return destroy(db, [i for i, _ in found])


def destroy_due(db: Session, now: datetime, vault: Vault | None = None) -> int:
    """Keys whose `destroy_after` has passed (a case's review period, a rotated key's retention)."""
    found = _ids(db, ConversationKey.destroy_after <= now)
    if vault is not None:
        vault.forget(w for _, w in found)
    return destroy(db, [i for i, _ in found])


def retire(db: Session, conversation: str, destroy_after: datetime, now: datetime | None = None) -> int:
    """The conversation's current key seals nothing more; it is destroyed after `destroy_after`
    (keys retired before keep their date)."""
    ck = ConversationKey
    return db.execute(update(ck).where(ck.conversation_key == conversation, ck.retired_at.is_(None))
                      .values(retired_at=now or utcnow(), destroy_after=destroy_after)
                      .execution_options(synchronize_session=False)).rowcount or 0


def rotate_old(db: Session, now: datetime, keep_for: timedelta) -> int:
    """Keys that have sealed new words for longer than ROTATE are retired; they are destroyed
    `keep_for` (the retention period) later, when everything they sealed is past retention."""
    ck = ConversationKey
    return db.execute(update(ck).where(ck.retired_at.is_(None), ck.created_at < now - ROTATE)
                      .values(retired_at=now, destroy_after=now + keep_for)
                      .execution_options(synchronize_session=False)).rowcount or 0


def rewrap(db: Session, vault: Vault, batch: int = 500) -> tuple[int, int]:
    """Wraps every data key with the newest master key (committed in batches). Returns
    (re-wrapped, unreadable). A key no master key unwraps is left as it is and counted: a
    master key missing from the environment by mistake must not destroy every conversation."""
    newest, _ = vault.masters.newest()
    ck = ConversationKey
    done = lost = 0
    last = 0
    while True:
        rows = db.execute(select(ck.id, ck.master_id, ck.wrapped, ck.conversation_key)
                          .where(ck.id > last).order_by(ck.id).limit(batch)).all()
        if not rows:
            return done, lost
        for row in rows:
            last = row.id
            if row.master_id == newest:
                continue
            raw = vault.unwrap(row.master_id, row.wrapped, row.conversation_key)
            if raw is None:
                lost += 1
                continue
            mid, wrapped = vault.wrap(row.conversation_key, raw)
            db.execute(update(ck).where(ck.id == row.id, ck.wrapped == row.wrapped)
                       .values(master_id=mid, wrapped=wrapped).execution_options(synchronize_session=False))
            done += 1
        db.commit()


def orphans(db: Session, older_than: datetime) -> list[int]:
    """Keys of conversations that no longer exist and that nothing waiting still needs (an
    erasure's confirmation sealed after the erasure, once sent)."""
    ck = ConversationKey
    return list(db.scalars(select(ck.id).where(
        ck.created_at < older_than,
        ~select(Conversation.key).where(Conversation.key == ck.conversation_key).exists(),
        ~select(InboundQueueItem.id).where(InboundQueueItem.key_id == ck.id,
                                           InboundQueueItem.status != "dead").exists(),
        ~select(OutboundQueueItem.id).where(OutboundQueueItem.key_id == ck.id).exists())))


def seal_legacy(db: Session, vault: Vault, batch: int = 500) -> int:
    """Seals what was stored in the clear before migration 0008 (committed in batches; a no-op
    once done). Runs at start-up, where the master key is at hand."""
    def each(stmt: Any) -> Iterable[Any]:
        while rows := db.execute(stmt.limit(batch)).all():
            yield from rows
            db.commit()

    n = 0
    for row in each(select(Message.id, Message.conversation_key, Message.text).where(Message.key_id.is_(None))):
        kid, token = vault.seal(db, row.conversation_key, row.text)
        db.execute(update(Message).where(Message.id == row.id).values(key_id=kid, text=token))
        n += 1
    for row in each(select(CaseNote.id, CaseNote.text, Handoff.conversation_key)
                    .join(Handoff, Handoff.id == CaseNote.handoff_id).where(CaseNote.key_id.is_(None))):
        kid, token = vault.seal(db, row.conversation_key, row.text)
        db.execute(update(CaseNote).where(CaseNote.id == row.id).values(key_id=kid, text=token))
        n += 1
    # A handoff is sealed once it has a key, quotes or not: the summary left without its words.
    for row in each(select(Handoff.id, Handoff.conversation_key, Handoff.summary).where(Handoff.key_id.is_(None),
                                                                                        Handoff.quotes.is_(None))):
        clear, quotes = split_quotes(row.summary)
        key = vault.current(db, row.conversation_key)
        db.execute(update(Handoff).where(Handoff.id == row.id)
                   .values(key_id=key.id, summary=clear, quotes=seal_json(key, quotes)))
        n += 1
    q = InboundQueueItem
    for row in each(select(q.id, q.conversation_key, q.text, q.prepared, q.status).where(q.key_id.is_(None),
                                                                                         q.text != "")):
        if row.status == "dead":  # a dead letter keeps no words
            db.execute(update(q).where(q.id == row.id).values(text="", prepared=None))
            continue
        key = vault.current(db, row.conversation_key)
        db.execute(update(q).where(q.id == row.id).values(
            key_id=key.id, text=vault.seal_with(key, row.text),
            prepared=vault.seal_with(key, row.prepared) if row.prepared else None))
        n += 1
    tc = TwilioConversation
    for row in each(select(tc.conversation_key, tc.more_text).where(tc.key_id.is_(None), tc.more_text.is_not(None))):
        kid, token = vault.seal(db, row.conversation_key, row.more_text)
        db.execute(update(tc).where(tc.conversation_key == row.conversation_key).values(key_id=kid, more_text=token))
        n += 1
    db.commit()
    return n
