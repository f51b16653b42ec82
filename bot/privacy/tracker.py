"""Rasa's tracker store as the gateway sees it: it erases, ages out and destroys, never reads.

Rasa writes the tracker through `rasa_addons/tracker_store.py` (EncryptedSQLTrackerStore): each
event's `data` sealed with a key of the sender's own (`hotline_tracker_keys`), wrapped by the
tracker's master key, which only Rasa holds (`$DATA_DIR/tracker_keys`). The gateway deletes
events and key rows; deleting a key row makes every event sealed with it unreadable, even where
a deleted event's bytes survive (WAL, dead tuples, backups). Both tables may not exist yet (Rasa
creates them at its start): then there is nothing to do.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

KEYS = "hotline_tracker_keys"
PREFIX = "hk1:"  # sealed event data: hk1:<key id>:<base64 nonce+ciphertext>
ROTATE = timedelta(days=7)
EPOCH = datetime(1970, 1, 1)


def epoch(at: datetime) -> float:
    return (at - EPOCH).total_seconds()


_seen: set[tuple[str, str]] = set()  # (database, table) known to exist: tables are never dropped


def _has(tracker_db: Session, table: str) -> bool:
    """Whether Rasa has created `table` yet. Asked rather than tried: on PostgreSQL a failed
    statement would abort the transaction, and with it an erasure's other deletions."""
    bind = tracker_db.get_bind()
    name = (bind.url.render_as_string(hide_password=True), table)
    if name not in _seen and inspect(tracker_db.connection()).has_table(table):
        _seen.add(name)
    return name in _seen


def _run(tracker_db: Session, sql: str, *tables: str, **params: object) -> int:
    if not all(_has(tracker_db, t) for t in tables):
        return 0
    return tracker_db.execute(text(sql), params).rowcount or 0


def erase(tracker_db: Session, sender: str) -> int:
    n = _run(tracker_db, "DELETE FROM events WHERE sender_id = :s", "events", s=sender)
    _run(tracker_db, f"DELETE FROM {KEYS} WHERE sender_id = :s", KEYS, s=sender)
    return n


def count(tracker_db: Session, sender: str) -> int:
    if not _has(tracker_db, "events"):
        return 0
    return tracker_db.execute(text("SELECT count(*) FROM events WHERE sender_id = :s"), {"s": sender}).scalar() or 0


def delete_before(tracker_db: Session, cutoff: datetime) -> int:
    return _run(tracker_db, "DELETE FROM events WHERE timestamp < :t", "events", t=epoch(cutoff))


def retire(tracker_db: Session, sender: str, destroy_after: datetime, now: datetime) -> int:
    """The sender's current key seals no more events (Rasa makes a new one at its next write)."""
    return _run(tracker_db, f"UPDATE {KEYS} SET retired_at = :n, destroy_after = :d "
                            "WHERE sender_id = :s AND retired_at IS NULL", KEYS, n=epoch(now), d=epoch(destroy_after),
                s=sender)


def retire_before(tracker_db: Session, sender: str, closed: datetime, destroy_after: datetime) -> int:
    """Keys made before a case closed are destroyed `destroy_after` (its review period)."""
    return _run(tracker_db, f"UPDATE {KEYS} SET retired_at = COALESCE(retired_at, :c), destroy_after = :d "
                            "WHERE sender_id = :s AND created_at <= :c AND (destroy_after IS NULL OR destroy_after > :d)",
                KEYS, c=epoch(closed), d=epoch(destroy_after), s=sender)


def rotate_old(tracker_db: Session, now: datetime, keep_for: timedelta) -> int:
    return _run(tracker_db, f"UPDATE {KEYS} SET retired_at = :n, destroy_after = :d "
                            "WHERE retired_at IS NULL AND created_at < :old",
                KEYS, n=epoch(now), d=epoch(now + keep_for), old=epoch(now - ROTATE))


def destroy_due(tracker_db: Session, now: datetime) -> int:
    """Deletes the keys whose time has come and the events they sealed."""
    if not (_has(tracker_db, KEYS) and _has(tracker_db, "events")):
        return 0
    due = tracker_db.execute(text(f"SELECT id, sender_id FROM {KEYS} WHERE destroy_after <= :n"),
                             {"n": epoch(now)}).all()
    for key_id, sender in due:
        _run(tracker_db, "DELETE FROM events WHERE sender_id = :s AND data LIKE :p", s=sender,
             p=f"{PREFIX}{key_id}:%")
        _run(tracker_db, f"DELETE FROM {KEYS} WHERE id = :i", i=key_id)
    return len(due)


def forget_unused(tracker_db: Session, before: datetime) -> int:
    """Keys of senders with no event left (erased or aged out)."""
    return _run(tracker_db, f"DELETE FROM {KEYS} WHERE created_at < :b AND NOT EXISTS "
                            f"(SELECT 1 FROM events WHERE events.sender_id = {KEYS}.sender_id)", KEYS, "events",
                b=epoch(before))


# ---------------------------------------------------------------------- master key rotation
# The wrapping format of rasa_addons/tracker_store.py (Rasa's side), restated here because the
# gateway package and Rasa's share no code: AES-256-GCM, nonce (12) + ciphertext, AAD
# "hotline-tracker-key:<sender id>"; a master key's id is sha256("hotline-tracker-master:" + key)[:16].
# tests/security/test_key_rotation.py checks that both sides agree.
def master_id(key: bytes) -> str:
    import hashlib

    return hashlib.sha256(b"hotline-tracker-master:" + key).hexdigest()[:16]


def _aes(key: bytes):  # noqa: ANN202
    import base64

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(base64.urlsafe_b64decode(key))


def rewrap(tracker_db: Session, keys: list[bytes]) -> tuple[int, int]:
    """Wraps every sender key with the first of `keys` (committed). Returns (re-wrapped,
    unreadable): a key none of `keys` unwraps is left as it is and counted."""
    import base64
    import os

    from cryptography.exceptions import InvalidTag

    if not _has(tracker_db, KEYS):
        return 0, 0
    masters = {master_id(k): _aes(k) for k in keys}
    newest = master_id(keys[0])
    done = lost = 0
    for key_id, sender, mid, wrapped in tracker_db.execute(
            text(f"SELECT id, sender_id, master_id, wrapped FROM {KEYS}")).all():
        if mid == newest:
            continue
        aad = b"hotline-tracker-key:" + sender.encode()
        blob = base64.urlsafe_b64decode(wrapped.encode())
        try:
            raw = masters[mid].decrypt(blob[:12], blob[12:], aad)
        except (KeyError, InvalidTag):
            lost += 1
            continue
        nonce = os.urandom(12)
        new = base64.urlsafe_b64encode(nonce + masters[newest].encrypt(nonce, raw, aad)).decode()
        _run(tracker_db, f"UPDATE {KEYS} SET master_id = :m, wrapped = :w WHERE id = :i", KEYS, m=newest, w=new,
             i=key_id)
        done += 1
    tracker_db.commit()
    return done, lost
