"""The sealing format of Rasa's tracker store (rasa_addons/tracker_store.py), without Rasa.

Importable from the gateway's environment too, so that a test checks the gateway's key
rotation (bot/privacy/tracker.py) against it; it imports only `cryptography`.

- master keys: URL-safe base64 AES-256 keys, one per line, newest first; a master key's id is
  sha256("hotline-tracker-master:" + key)[:16];
- a sender key: AES-256-GCM under a master key, nonce (12) + ciphertext, AAD
  "hotline-tracker-key:<sender id>", URL-safe base64;
- an event's data: "hk1:<key id>:" + URL-safe base64 of nonce (12) + AES-256-GCM ciphertext of
  the event's JSON under the sender key, AAD "hotline-event:<sender id>".
"""
from __future__ import annotations

import base64
import hashlib
import os
import threading
from pathlib import Path
from typing import Dict, Optional, Text, Tuple

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "hk1:"
KEY_FILE_ENV = "HOTLINE_TRACKER_KEY_FILE"


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode()


def _unb64(value: str) -> bytes:
    return base64.urlsafe_b64decode(value.encode())


def master_id(key: bytes) -> str:
    return hashlib.sha256(b"hotline-tracker-master:" + key).hexdigest()[:16]


def new_master() -> bytes:
    return base64.urlsafe_b64encode(os.urandom(32))


def create_key_file(path: Path) -> None:
    """One key file even when several replicas start at once (an atomic link)."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(new_master() + b"\n")
    try:
        os.link(tmp, path)
    except FileExistsError:
        pass
    finally:
        os.unlink(tmp)


class Masters:
    """The master keys from the key file, re-read when the file is replaced."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._stamp: Optional[int] = None
        self._by_id: Dict[str, AESGCM] = {}
        self._newest = ""

    def _reload(self, force: bool = False) -> None:
        if not self.path.exists():
            create_key_file(self.path)
        stamp = self.path.stat().st_mtime_ns
        if self._by_id and stamp == self._stamp and not force:
            return
        keys = [line.strip() for line in self.path.read_bytes().splitlines() if line.strip()]
        if not keys:
            raise RuntimeError(f"no tracker master key in {self.path}")
        self._by_id = {master_id(k): AESGCM(_unb64(k.decode())) for k in keys}
        self._newest, self._stamp = master_id(keys[0]), stamp

    def newest(self) -> Tuple[str, AESGCM]:
        with self._lock:
            self._reload()
            return self._newest, self._by_id[self._newest]

    def get(self, mid: str) -> Optional[AESGCM]:
        with self._lock:
            if mid not in self._by_id:
                self._reload(force=True)
            return self._by_id.get(mid)


def wrap(master: AESGCM, sender_id: Text, raw: bytes) -> str:
    nonce = os.urandom(12)
    return _b64(nonce + master.encrypt(nonce, raw, b"hotline-tracker-key:" + sender_id.encode()))


def unwrap(master: AESGCM, sender_id: Text, wrapped: str) -> Optional[bytes]:
    blob = _unb64(wrapped)
    try:
        return master.decrypt(blob[:12], blob[12:], b"hotline-tracker-key:" + sender_id.encode())
    except InvalidTag:
        return None


def seal(aes: AESGCM, key_id: int, sender_id: Text, data: Text) -> Text:
    nonce = os.urandom(12)
    return f"{PREFIX}{key_id}:" + _b64(nonce + aes.encrypt(nonce, data.encode(), b"hotline-event:" + sender_id.encode()))


def key_id_of(data: Text) -> Optional[int]:
    if not data.startswith(PREFIX):
        return None
    head = data[len(PREFIX):].split(":", 1)[0]
    return int(head) if head.isdigit() else None


def open_sealed(aes: AESGCM, sender_id: Text, data: Text) -> Optional[Text]:
    blob = _unb64(data.split(":", 2)[2])
    try:
        return aes.decrypt(blob[:12], blob[12:], b"hotline-event:" + sender_id.encode()).decode()
    except InvalidTag:
        return None
