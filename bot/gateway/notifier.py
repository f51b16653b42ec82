"""Live events for the console (queue changes), behind a small interface.

`InProcessNotifier` fans events out to the subscribers of this process. With
`HOTLINE_REDIS_URL` set (several gateway instances), `RedisNotifier` publishes to a Redis
channel instead and every instance relays what arrives there to its own subscribers, so a
console connected to any instance sees changes made on any other. `publish` may be called
from any thread: event-loop code and threadpool routes alike.
"""
from __future__ import annotations

import asyncio
import json
import logging
import queue as queue_mod
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Protocol

from bot.settings import Settings

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


CHANNEL = "hotline:console:events"


class RedisNotifier:
    """Redis pub/sub across gateway instances, delivered locally by an `InProcessNotifier`.

    Two daemon threads keep Redis off the event loop: one publishes (so `publish` never
    blocks a reply, even when Redis hangs), one listens and relays to local subscribers.
    Both reconnect by themselves. While Redis is unreachable, events still reach this
    instance's own subscribers (consoles also refetch the queue every stream reconnect).
    """

    def __init__(self, url: str, channel: str = CHANNEL, max_queue: int = 256) -> None:
        import redis  # only multi-instance deployments need the client

        self.url, self.channel = url, channel
        self.local = InProcessNotifier(max_queue)
        self._redis = redis
        self._outbox: queue_mod.Queue[dict | None] = queue_mod.Queue(1024)
        self._listening = threading.Event()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._start_lock = threading.Lock()

    def _client(self):  # noqa: ANN202
        return self._redis.Redis.from_url(self.url, socket_timeout=5, socket_connect_timeout=2,
                                          health_check_interval=10)

    def _ensure_started(self) -> None:
        with self._start_lock:
            if self._threads or self._stop.is_set():
                return
            for target, name in ((self._publisher, "publisher"), (self._listener, "listener")):
                t = threading.Thread(target=target, name=f"notifier-{name}", daemon=True)
                t.start()
                self._threads.append(t)

    def publish(self, kind: str, **data: Any) -> None:
        self._ensure_started()
        event = {"kind": kind, "at": time.time(), **data}
        try:
            self._outbox.put_nowait(event)
        except queue_mod.Full:  # Redis stuck for a long time: deliver here at least
            log.warning("notifier outbox full; event delivered on this instance only")
            self.local.publish(kind, **{k: v for k, v in event.items() if k != "kind"})

    def _publisher(self) -> None:
        client = None
        while not self._stop.is_set():
            event = self._outbox.get()
            if event is None:
                return
            try:
                client = client or self._client()
                client.publish(self.channel, json.dumps(event))
            except Exception as exc:  # noqa: BLE001  (Redis down: local subscribers still hear it)
                log.warning("redis publish failed", extra={"error_type": type(exc).__name__})
                client = None
                self.local.publish(event["kind"], **{k: v for k, v in event.items() if k != "kind"})

    def _listener(self) -> None:
        delay = 0.2
        while not self._stop.is_set():
            pubsub = None
            try:
                pubsub = self._client().pubsub(ignore_subscribe_messages=True)
                pubsub.subscribe(self.channel)
                while not self._stop.is_set():
                    msg = pubsub.get_message(timeout=1.0)  # also confirms the subscription
                    self._listening.set()
                    delay = 0.2
                    if msg and msg.get("type") == "message":
                        event = json.loads(msg["data"])
                        self.local.publish(event.pop("kind"), **event)
            except Exception as exc:  # noqa: BLE001  (reconnect with backoff)
                self._listening.clear()
                log.warning("redis subscribe failed", extra={"error_type": type(exc).__name__})
                self._stop.wait(delay)
                delay = min(delay * 2, 5.0)
            finally:
                if pubsub is not None:
                    try:
                        pubsub.close()
                    except Exception:  # noqa: BLE001
                        pass

    @asynccontextmanager
    async def subscribe(self) -> AsyncIterator[asyncio.Queue]:
        self._ensure_started()
        async with self.local.subscribe() as queue:
            # Wait (briefly) until the relay listens, so nothing published after this returns
            # is missed; with Redis down, go on with local events only.
            await asyncio.to_thread(self._listening.wait, 2.0)
            yield queue

    @property
    def subscribers(self) -> int:
        return self.local.subscribers

    def close(self) -> None:
        self._stop.set()
        try:
            self._outbox.put_nowait(None)
        except queue_mod.Full:
            pass


def for_settings(settings: Settings) -> Notifier:
    """Redis pub/sub when `HOTLINE_REDIS_URL` is set (several instances), else in-process."""
    url = (settings.redis_url or "").strip()
    return RedisNotifier(url) if url else InProcessNotifier()


def notify_handoff(notifier: Notifier, handoff_id: int | None, change: str = "opened") -> None:
    """Tells the console a handoff opened or changed. Never raises into the caller."""
    if handoff_id is None:
        return
    try:
        notifier.publish("handoff", handoff_id=handoff_id, change=change)
    except Exception:  # noqa: BLE001  (a console problem must not break the person's reply)
        log.exception("notifier failed")


async def redis_health(url: str | None = None) -> tuple[bool, str] | None:
    """(ok, detail) for Redis, or None when no Redis is configured (single instance).

    For /healthz: `HOTLINE_REDIS_URL` unreachable means console updates stay on one instance
    and Rasa's lock store is down, so the deployment is degraded.
    """
    url = url if url is not None else (Settings().redis_url or "").strip()
    if not url:
        return None
    import redis.asyncio as aioredis

    client = aioredis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
    try:
        return (True, "ok") if await client.ping() else (False, "no_pong")
    except Exception as exc:  # noqa: BLE001  (health reports any failure)
        return False, type(exc).__name__
    finally:
        await client.aclose()
