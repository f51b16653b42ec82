"""Live events for the console (queue changes), behind a small interface.

`InProcessNotifier` fans events out to the subscribers of this process. A deployment with
several gateway processes replaces it with one backed by Redis pub/sub (`publish` →
PUBLISH, `subscribe` → SUBSCRIBE) through `set_notifier`, without touching the callers.
`publish` may be called from any thread: event-loop code and threadpool routes alike.
"""
from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Protocol

log = logging.getLogger("hotline.console.notifier")


class Notifier(Protocol):
    def publish(self, kind: str, **data: Any) -> None: ...

    def subscribe(self) -> Any:
        """An async context manager yielding an asyncio.Queue of event dicts."""
        ...


class InProcessNotifier:
    def __init__(self, max_queue: int = 256) -> None:
        self._subs: set[tuple[asyncio.AbstractEventLoop, asyncio.Queue]] = set()
        self._lock = threading.Lock()
        self.max_queue = max_queue

    def publish(self, kind: str, **data: Any) -> None:
        event = {"kind": kind, "at": time.time(), **data}
        with self._lock:
            subs = list(self._subs)
        for loop, queue in subs:
            try:
                loop.call_soon_threadsafe(self._put, queue, event)
            except RuntimeError:  # loop closed: that subscriber is gone
                with self._lock:
                    self._subs.discard((loop, queue))

    @staticmethod
    def _put(queue: asyncio.Queue, event: dict) -> None:
        if queue.full():  # a stalled client loses the oldest events, never blocks others
            queue.get_nowait()
        queue.put_nowait(event)

    @asynccontextmanager
    async def subscribe(self) -> AsyncIterator[asyncio.Queue]:
        entry = (asyncio.get_running_loop(), asyncio.Queue(self.max_queue))
        with self._lock:
            self._subs.add(entry)
        try:
            yield entry[1]
        finally:
            with self._lock:
                self._subs.discard(entry)

    @property
    def subscribers(self) -> int:
        with self._lock:
            return len(self._subs)


_notifier: Notifier = InProcessNotifier()


def get_notifier() -> Notifier:
    return _notifier


def set_notifier(notifier: Notifier) -> None:
    global _notifier
    _notifier = notifier


def notify_handoff(handoff_id: int | None, change: str = "opened") -> None:
    """Tells the console a handoff opened or changed. Never raises into the caller."""
    if handoff_id is None:
        return
    try:
        _notifier.publish("handoff", handoff_id=handoff_id, change=change)
    except Exception:  # noqa: BLE001  (a console problem must not break the person's reply)
        log.exception("notifier failed")
