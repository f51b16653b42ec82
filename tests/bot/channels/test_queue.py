"""Claim, order, lease, retry and dead-letter logic of the durable Twilio queues, on real
SQLite and on a real PostgreSQL server (scripts/postgres.sh; these FAIL if it cannot start)."""
from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import sessionmaker

from bot.channels import queue
from bot.channels.inbound import _once_more_if_disconnected
from bot.db.base import utcnow
from bot.db.channels import InboundQueueItem, OutboundQueueItem, TwilioInbound
from bot.db.session import make_engine, make_sessionmaker, migrate


# PostgreSQL: the throw-away server of tests/conftest.py (fails, never skips), fetched by name
# for that parameter only, so the parameter carries its marker.
@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def sessions(request, tmp_path: Path) -> sessionmaker:  # noqa: ANN001
    url = f"sqlite:///{tmp_path / 'q.db'}" if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    migrate(url)
    engine = make_engine(url)
    assert engine.dialect.name == request.param
    maker = make_sessionmaker(engine)
    with maker() as db:  # the PostgreSQL database is shared by the tests of this module
        db.query(InboundQueueItem).delete()
        db.query(OutboundQueueItem).delete()
        db.commit()
    yield maker
    engine.dispose()


def inbound_values(sid_hash: str, **values) -> dict:  # noqa: ANN003
    now = utcnow()
    return {"sid_hash": sid_hash, "conversation_key": "k", "channel": "sms", "address_token": "t",
            "text": "hola", "truncated": False, "num_media": 0, "opt_out_type": None, "latitude": None,
            "longitude": None, "status": "queued", "attempts": 0, "lease_until": now, "created_at": now,
            "updated_at": now, **values}


def add(sessions: sessionmaker, key: str, n: int = 1, due_in: float = 0.0, **values) -> list[int]:  # noqa: ANN003
    ids = []
    with sessions() as db:
        for _ in range(n):
            row = InboundQueueItem(sid_hash=f"{len(ids)}-{utcnow().timestamp()}-{id(ids)}-{key}"[:64],
                                   conversation_key=key, channel="sms", address_token="t", text="hola",
                                   truncated=False, num_media=0, status="queued", attempts=0,
                                   lease_until=utcnow() + timedelta(seconds=due_in), **values)
            db.add(row)
            db.flush()
            ids.append(row.id)
        db.commit()
    return ids


def test_fresh_claim_takes_the_row_once(sessions: sessionmaker) -> None:
    (row_id,) = add(sessions, "a", due_in=1.0)
    with sessions() as db:
        assert queue.due(db, queue.INBOUND, utcnow()) == []  # the webhook's own, until the budget
        row = queue.claim(db, queue.INBOUND, row_id, utcnow(), 30, fresh=True)
        assert row.status == "working" and row.attempts == 1
        assert queue.claim(db, queue.INBOUND, row_id, utcnow(), 30, fresh=True) is None
        assert queue.claim(db, queue.INBOUND, row_id, utcnow(), 30) is None  # leased


def test_a_conversation_is_taken_in_order(sessions: sessionmaker) -> None:
    first, second, third = add(sessions, "a", 3)
    (other,) = add(sessions, "b")
    now = utcnow()
    with sessions() as db:
        assert queue.due(db, queue.INBOUND, now) == [first, other]  # one per conversation
        assert queue.claim(db, queue.INBOUND, second, now, 30, fresh=True) is None
        assert queue.claim(db, queue.INBOUND, second, now, 30) is None
        row = queue.claim(db, queue.INBOUND, first, now, 30)
        assert queue.claim(db, queue.INBOUND, second, now, 30) is None  # the first is working
        assert queue.due(db, queue.INBOUND, now) == [other]
        assert queue.finish(db, queue.INBOUND, first, row.attempts)
        db.commit()
        assert queue.due(db, queue.INBOUND, now) == [second, other]
        assert queue.claim(db, queue.INBOUND, third, now, 30) is None
        assert queue.claim(db, queue.INBOUND, second, now, 30) is not None


def test_expired_lease_is_taken_again_and_fences_the_old_worker(sessions: sessionmaker) -> None:
    (row_id,) = add(sessions, "a")
    start = utcnow()
    with sessions() as db:
        old = queue.claim(db, queue.INBOUND, row_id, start, 5)
        assert queue.claim(db, queue.INBOUND, row_id, start + timedelta(seconds=4), 5) is None
        later = start + timedelta(seconds=6)
        assert queue.due(db, queue.INBOUND, later) == [row_id]
        new = queue.claim(db, queue.INBOUND, row_id, later, 5)
        assert new.attempts == 2
        # The worker that lost its lease can neither finish nor release the row.
        assert not queue.finish(db, queue.INBOUND, row_id, 1)
        assert not queue.release(db, queue.INBOUND, row_id, 1, later, "X")
        assert queue.finish(db, queue.INBOUND, row_id, 2)
        db.commit()
        assert db.get(InboundQueueItem, row_id, populate_existing=True) is None
        assert old is not None


def test_release_waits_for_the_retry_time_and_blocks_the_conversation(sessions: sessionmaker) -> None:
    first, second = add(sessions, "a", 2)
    now = utcnow()
    with sessions() as db:
        queue.claim(db, queue.INBOUND, first, now, 30)
        assert queue.release(db, queue.INBOUND, first, 1, now + timedelta(seconds=10), "OperationalError")
        assert queue.due(db, queue.INBOUND, now) == []  # neither the retry nor what follows it
        assert queue.claim(db, queue.INBOUND, second, now, 30) is None
        later = now + timedelta(seconds=11)
        assert queue.due(db, queue.INBOUND, later) == [first]
        row = queue.claim(db, queue.INBOUND, first, later, 30)
        assert row.attempts == 2 and row.last_error == "OperationalError"


def test_dead_letter_unblocks_the_conversation_and_drops_the_address(sessions: sessionmaker) -> None:
    first, second = add(sessions, "a", 2)
    now = utcnow()
    with sessions() as db:
        queue.claim(db, queue.INBOUND, first, now, 30)
        assert queue.bury(db, first, 1, "RuntimeError")
        db.commit()
        dead = db.get(InboundQueueItem, first, populate_existing=True)
        assert dead.status == "dead" and dead.address_token is None and dead.last_error == "RuntimeError"
        assert queue.due(db, queue.INBOUND, now) == [second]
        assert queue.claim(db, queue.INBOUND, first, now, 30) is None  # dead stays dead


def test_outbound_rows_are_sent_in_order_with_retries(sessions: sessionmaker) -> None:
    now = utcnow()
    with sessions() as db:
        rows = [OutboundQueueItem(conversation_key="a", kind="reply", address_token="x", body_token=f"b{i}",
                                  status="pending", attempts=0, lease_until=now) for i in range(2)]
        db.add_all(rows)
        db.commit()
        first, second = (r.id for r in rows)
        assert queue.due(db, queue.OUTBOUND, now, conversation_key="a") == [first]
        queue.claim(db, queue.OUTBOUND, first, now, 30)
        assert queue.release(db, queue.OUTBOUND, first, 1, now + timedelta(seconds=2), "500")
        assert queue.next_due(db, queue.OUTBOUND, "a") == now + timedelta(seconds=2)
        assert queue.claim(db, queue.OUTBOUND, second, now + timedelta(seconds=3), 30) is None
        assert queue.claim(db, queue.OUTBOUND, first, now + timedelta(seconds=3), 30).attempts == 2


def test_an_outbound_row_taken_from_a_worker_that_died_sending_is_marked_lost(sessions: sessionmaker) -> None:
    """Its message may have reached Twilio: the taker must know (bot/channels/outbound.py looks first).
    A row released for a retry keeps its error, and inbound rows are never marked."""
    now = utcnow()
    with sessions() as db:
        rows = [OutboundQueueItem(conversation_key=k, kind="reply", address_token="x", body_token="b",
                                  status="pending", attempts=0, lease_until=now) for k in ("died", "released")]
        db.add_all(rows)
        db.commit()
        died, released = (r.id for r in rows)
        assert queue.claim(db, queue.OUTBOUND, died, now, 30).last_error is None
        assert queue.claim(db, queue.OUTBOUND, died, now + timedelta(seconds=31), 30).last_error == queue.LOST
        queue.claim(db, queue.OUTBOUND, released, now, 30)
        assert queue.release(db, queue.OUTBOUND, released, 1, now, "503")
        assert queue.claim(db, queue.OUTBOUND, released, now, 30).last_error == "503"
    (inbound,) = add(sessions, "k")
    now = utcnow()
    with sessions() as db:
        assert queue.claim(db, queue.INBOUND, inbound, now, 30).status == "working"
        assert queue.claim(db, queue.INBOUND, inbound, now + timedelta(seconds=31), 30).last_error is None


def test_concurrent_claims_give_each_row_to_one_worker(sessions: sessionmaker) -> None:
    """Eight threads race over 40 rows of 10 conversations: every row is taken exactly once
    and each conversation is taken in order, one row at a time."""
    for key in "abcdefghij":
        add(sessions, key, 4)
    taken: list[int] = []
    overlap: list[str] = []
    working: set[str] = set()
    order: dict[str, list[int]] = {}
    lock = threading.Lock()

    def worker() -> None:
        with sessions() as db:
            for _ in range(200):
                ids = queue.due(db, queue.INBOUND, utcnow())
                if not ids and not working:
                    return
                for row_id in ids:
                    row = queue.claim(db, queue.INBOUND, row_id, utcnow(), 30)
                    if row is None:
                        continue
                    with lock:
                        if row.conversation_key in working:
                            overlap.append(row.conversation_key)
                        working.add(row.conversation_key)
                        taken.append(row_id)
                        order.setdefault(row.conversation_key, []).append(row_id)
                    assert queue.finish(db, queue.INBOUND, row_id, row.attempts)
                    with lock:  # before the commit: nobody can take the next row until then
                        working.discard(row.conversation_key)
                    db.commit()

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(taken) == sorted(set(taken)) and len(taken) == 40
    assert overlap == []
    assert all(ids == sorted(ids) for ids in order.values())  # each conversation in order
    with sessions() as db:
        assert db.scalars(select(InboundQueueItem)).all() == []


def test_add_inbound_stores_the_row_and_its_key_once(sessions: sessionmaker) -> None:
    """The webhook's store (one statement on PostgreSQL): a MessageSid seen before adds nothing."""
    engine = sessions.kw["bind"]
    with sessions() as db:
        db.query(TwilioInbound).delete()
        db.commit()
    first = queue.add_inbound(engine, inbound_values("sid-1", latitude=-12.1, longitude=-77.0,
                                                     opt_out_type="STOP", truncated=True, num_media=2))
    located = queue.add_inbound(engine, inbound_values("sid-2", text="", conversation_key="k2"))
    again = queue.add_inbound(engine, inbound_values("sid-1", text="otra cosa"))
    assert isinstance(first, int) and isinstance(located, int) and first != located
    assert again is None
    with sessions() as db:
        rows = {r.sid_hash: r for r in db.scalars(select(InboundQueueItem))}
        assert set(rows) == {"sid-1", "sid-2"}
        one = rows["sid-1"]
        assert (one.id, one.text, one.latitude, one.longitude, one.opt_out_type, one.truncated, one.num_media) \
            == (first, "hola", -12.1, -77.0, "STOP", True, 2)
        assert (rows["sid-2"].latitude, rows["sid-2"].text, rows["sid-2"].conversation_key) == (None, "", "k2")
        assert sorted(db.scalars(select(TwilioInbound.sid_hash))) == ["sid-1", "sid-2"]


def test_the_ack_lane_tries_once_more_on_a_connection_postgresql_dropped(postgres_url: str) -> None:
    """The ack engine does not ping before each checkout: a pooled connection the server closed
    (a restart) fails once, SQLAlchemy invalidates the pool, and the one retry succeeds."""
    migrate(postgres_url)
    engine = make_engine(postgres_url, pre_ping=False, pool_size=1, max_overflow=0)
    other = make_engine(postgres_url)
    try:
        assert isinstance(queue.add_inbound(engine, inbound_values(f"drop-{utcnow().timestamp()}")), int)
        with engine.connect() as conn:  # the pooled connection's server process
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
        with other.connect() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar()
        sid = f"drop-{utcnow().timestamp()}-2"
        row_id = _once_more_if_disconnected(queue.add_inbound, engine, inbound_values(sid))
        assert isinstance(row_id, int)
        with other.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM twilio_inbound_queue WHERE sid_hash = :s"),
                                {"s": sid}).scalar() == 1
    finally:
        engine.dispose()
        other.dispose()


def test_renew_extends_only_the_leases_a_worker_still_holds(sessions: sessionmaker) -> None:
    (mine, lost) = add(sessions, "r", 1) + add(sessions, "s", 1)
    now = utcnow()
    with sessions() as db:
        held = queue.claim(db, queue.INBOUND, mine, now, 5)
        other = queue.claim(db, queue.INBOUND, lost, now, 5)
        assert held is not None and other is not None
        later = now + timedelta(seconds=60)
        # `lost` is renewed with a stale token: another worker has taken it since.
        assert queue.renew(db, queue.INBOUND, {mine: held.attempts, lost: other.attempts + 1}, later) == 1
        # Past the first lease, the renewed row cannot be taken; the other one can.
        assert queue.claim(db, queue.INBOUND, mine, now + timedelta(seconds=10), 5) is None
        assert queue.claim(db, queue.INBOUND, lost, now + timedelta(seconds=10), 5) is not None
