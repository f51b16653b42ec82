"""The live-update notifier: events reach every subscriber, from any thread, never blocking."""
from __future__ import annotations

import asyncio
import threading

import pytest

from bot.gateway import notifier
from bot.settings import Settings
from tests.bot.console.support import add_operator, app, client, login  # noqa: F401
from tests.conftest import free_port


def test_events_reach_subscribers_from_other_threads() -> None:
    hub = notifier.InProcessNotifier()

    async def main() -> list[dict]:
        async with hub.subscribe() as first, hub.subscribe() as second:
            assert hub.subscribers == 2
            t = threading.Thread(target=hub.publish, args=("handoff",), kwargs={"handoff_id": 7})
            t.start()
            t.join()
            got = [await asyncio.wait_for(q.get(), 1.0) for q in (first, second)]
        assert hub.subscribers == 0
        return got

    events = asyncio.run(main())
    assert [e["handoff_id"] for e in events] == [7, 7]
    assert all(e["kind"] == "handoff" for e in events)


def test_a_stalled_subscriber_drops_old_events_instead_of_blocking() -> None:
    hub = notifier.InProcessNotifier(max_queue=3)

    async def main() -> list[int]:
        async with hub.subscribe() as q:
            for i in range(10):
                hub.publish("handoff", handoff_id=i)
            await asyncio.sleep(0.05)
            return [q.get_nowait()["handoff_id"] for _ in range(q.qsize())]

    assert asyncio.run(main()) == [7, 8, 9]


def test_notify_handoff_never_raises_into_the_dialogue(caplog: pytest.LogCaptureFixture) -> None:
    class Broken:
        def publish(self, kind: str, **data: object) -> None:
            raise RuntimeError("redis is down")

        def subscribe(self) -> None:  # pragma: no cover
            raise NotImplementedError

    notifier.notify_handoff(Broken(), 1)  # logged, not raised
    notifier.notify_handoff(Broken(), None)
    assert [r.message for r in caplog.records] == ["notifier failed"]


@pytest.mark.parametrize(("url", "kind"), [(None, notifier.InProcessNotifier), ("  ", notifier.InProcessNotifier),
                                           ("redis://127.0.0.1:9/0", notifier.RedisNotifier)])
def test_the_settings_choose_the_notifier(url: str | None, kind: type) -> None:
    """Several instances share events through Redis; a single one keeps them in process."""
    hub = notifier.for_settings(Settings(redis_url=url))
    assert type(hub) is kind


def test_event_stream_delivers_a_new_handoff(app, client) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    login(client, "ana")
    with client.stream("GET", "/console/events") as resp:
        assert resp.status_code == 200
        assert resp.headers["content-type"].startswith("text/event-stream")
        lines = resp.iter_lines()
        assert next(lines).startswith("retry:")  # subscribed from here on
        notifier.notify_handoff(app.state.hotline.notifier, 42)
        for line in lines:
            if line.startswith("data:"):
                assert '"handoff_id": 42' in line
                break


def test_event_stream_needs_a_session(client) -> None:  # noqa: ANN001
    assert client.get("/console/events").status_code == 401


def test_redis_notifier_still_delivers_on_its_own_instance_when_redis_is_down() -> None:
    """A gateway whose Redis is unreachable keeps its own console live (no Redis needed)."""
    hub = notifier.RedisNotifier(f"redis://127.0.0.1:{free_port()}/0")

    async def main() -> dict:
        async with hub.subscribe() as queue:  # waits at most 2 s for the relay, then goes on
            threading.Thread(target=hub.publish, args=("handoff",), kwargs={"handoff_id": 3}).start()
            return await asyncio.wait_for(queue.get(), 10)

    try:
        assert asyncio.run(main())["handoff_id"] == 3
        ok, detail = asyncio.run(notifier.redis_health(hub.url))
        assert not ok and detail
        assert asyncio.run(notifier.redis_health("")) is None  # single instance: nothing to report
    finally:
        hub.close()
