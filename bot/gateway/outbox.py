"""Messages waiting for the person's next message or poll: the one owner of their unredacted text.

Storage keeps the redacted copy of an operator's message (bot/gateway/store.py, `delivered`
false); the person must still get what the operator wrote, so its words are held here, in
memory only, until a channel delivers them or the person's channel takes the outbox.
"""
from __future__ import annotations

import threading

from sqlalchemy.orm import Session

from bot.gateway import store


class Outbox:
    def __init__(self) -> None:
        self._text: dict[int, str] = {}
        self._lock = threading.Lock()

    def hold(self, message_id: int, text: str) -> None:
        with self._lock:
            self._text[message_id] = text

    def delivered(self, message_id: int) -> None:
        with self._lock:
            self._text.pop(message_id, None)

    def __bool__(self) -> bool:
        """Whether any message is held (a cheap check before a database read)."""
        return bool(self._text)

    def take(self, db: Session, key: str) -> list[str]:
        """The conversation's undelivered messages, oldest first, marked delivered (the caller
        commits); the unredacted words where held, else the stored copy."""
        lines = store.take_outbox(db, key)
        with self._lock:
            return [self._text.pop(line.id, line.text) for line in lines]
