"""Reply handles: the one place a person's address is kept, encrypted, for 24 hours (longer
only while an operator may still have to reach a WhatsApp conversation, see below).

A conversation is keyed by a pseudonym (HMAC of the address), which cannot be turned back
into an address. To reply after the webhook has returned (slow replies, operator messages),
the gateway keeps the address encrypted with Fernet (AES-128-CBC + HMAC-SHA256):

- keys come from `HOTLINE_HANDLE_KEYS` (comma-separated Fernet keys, newest first) or from
  `$DATA_DIR/handle_keys` (created 0600 on first use, one key per line, newest first);
- a handle expires 24 hours after the person's last message (checked both by the row's
  `expires_at` and by the token's own timestamp, at most `MAX_TTL`), and is deleted with the
  conversation (erasure, purge), on opt-out, and by `hotline purge` once expired;
- the one exception: a WhatsApp conversation with an open handoff keeps it for
  `TWILIO_TEMPLATE_HOLD_HOURS` (72) after the person's last message, so that an operator's reply
  written after WhatsApp's 24-hour window can be announced with one approved template; it is
  deleted as soon as that template is queued, and cut back to the window when the handoff
  closes (bot/channels/whatsapp.py);
- `hotline handles rotate` replaces the key file with a new key: every older handle becomes
  unreadable at once (and is deleted).
"""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.db.channels import ReplyHandle
from bot.privacy import keyfile
from bot.settings import PrivacySettings

TTL = timedelta(hours=24)
MAX_TTL = timedelta(days=7)  # no handle outlives this, whatever it was remembered for
KEY_FILE = "handle_keys"
ENV_KEYS = "HOTLINE_HANDLE_KEYS"


def load_keys(data_dir: Path) -> list[bytes]:
    """The handle keys, newest first; creates the key file on first use."""
    return keyfile.load(Path(data_dir) / KEY_FILE, PrivacySettings().handle_keys, Fernet.generate_key)


def keyring(data_dir: Path) -> MultiFernet:
    return MultiFernet([Fernet(k) for k in load_keys(data_dir)])


def rotate(data_dir: Path) -> None:
    """A new key replaces the old ones: handles made before cannot be read any more."""
    if PrivacySettings().handle_keys.strip():
        raise RuntimeError(f"keys come from {ENV_KEYS}: rotate them there")
    keyfile.write(Path(data_dir) / KEY_FILE, [Fernet.generate_key()])


def remember(db: Session, fernet: MultiFernet, key: str, address: str, ttl: timedelta = TTL) -> None:
    """Stores (or refreshes) the encrypted address for a conversation that exists, for `ttl`."""
    token = fernet.encrypt(address.encode()).decode()
    expires = utcnow() + min(ttl, MAX_TTL)
    handle = db.get(ReplyHandle, key)
    if handle is None:
        db.add(ReplyHandle(conversation_key=key, token=token, expires_at=expires))
    else:
        handle.token, handle.expires_at = token, expires
    db.flush()


def recall(db: Session, fernet: MultiFernet, key: str) -> str | None:
    """The address to reply to, or None if there is no live, readable handle."""
    handle = db.get(ReplyHandle, key)
    if handle is None:
        return None
    if handle.expires_at <= utcnow():
        db.delete(handle)
        return None
    try:
        return fernet.decrypt(handle.token.encode(), ttl=int(MAX_TTL.total_seconds())).decode()
    except InvalidToken:  # rotated key or expired token
        db.delete(handle)
        return None


def exists(db: Session, key: str) -> bool:
    handle = db.get(ReplyHandle, key)
    return handle is not None and handle.expires_at > utcnow()


def forget(db: Session, key: str) -> None:
    db.execute(delete(ReplyHandle).where(ReplyHandle.conversation_key == key))


def shorten(db: Session, key: str, until: datetime) -> None:
    """Ends a longer hold: the handle expires at `until` at the latest (now: deleted)."""
    handle = db.get(ReplyHandle, key)
    if handle is None or handle.expires_at <= until:
        return
    if until <= utcnow():
        db.delete(handle)
    else:
        handle.expires_at = until


def purge_expired(db: Session, fernet: MultiFernet | None = None) -> int:
    """Deletes expired handles, and with a keyring also the ones it cannot read."""
    expired = db.execute(delete(ReplyHandle).where(ReplyHandle.expires_at <= utcnow())).rowcount or 0
    unreadable = 0
    if fernet is not None:
        for handle in db.scalars(select(ReplyHandle)):
            try:
                fernet.decrypt(handle.token.encode())
            except InvalidToken:
                db.delete(handle)
                unreadable += 1
    return expired + unreadable


def forget_all(db: Session) -> int:
    return db.execute(delete(ReplyHandle)).rowcount or 0
