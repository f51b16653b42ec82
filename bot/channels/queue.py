"""Claiming rows of the durable Twilio queues, the same way on SQLite and PostgreSQL.

A claim is one conditional UPDATE: the row moves to its working status only if it is still
takeable (waiting and due, or working with an expired lease) and no older row of the same
conversation is waiting or working. On PostgreSQL two instances racing for a row both run the
UPDATE; the second waits for the first's row lock, re-checks the WHERE clause on the new row
version and updates nothing (READ COMMITTED), so exactly one wins without SKIP LOCKED; on
SQLite writers are serialised anyway. The older-row test keeps each conversation in order:
a message is never taken while an earlier one of the same person is still open.

Each claim adds one to `attempts`; that number is the claim's fencing token, so a worker
whose lease ran out cannot finish or release a row another worker has taken since. An outbound
claim of a row still `sending` (its worker died, or overran its lease, without recording an
outcome) marks `last_error` LOST in the same UPDATE: the message may have gone out already.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, case, delete, exists, insert, literal, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from bot.db.channels import InboundQueueItem, OutboundQueueItem, TwilioInbound
from bot.privacy.purge import purge_dead  # noqa: F401  (the inbound sweep drops dead letters too)


LOST = "worker_lost"  # last_error of a row taken over from a worker that never recorded an outcome


@dataclass(frozen=True)
class Queue:
    model: type
    waiting: str
    working: str
    mark_lost: bool = False  # a claim of a `working` row sets last_error to LOST

    @property
    def open(self) -> tuple[str, str]:
        return (self.waiting, self.working)


INBOUND = Queue(InboundQueueItem, "queued", "working")
OUTBOUND = Queue(OutboundQueueItem, "pending", "sending", mark_lost=True)


def _day(at: datetime) -> datetime:
    """A MessageSid hash is kept for a long replay window with the day it came, no more."""
    return at.replace(hour=0, minute=0, second=0, microsecond=0)


def add_inbound(engine: Engine, values: dict[str, Any]) -> int | None:
    """Stores an inbound row and its idempotency key (`values["sid_hash"]`) together, committed;
    None if that key was stored before (the last `HOTLINE_REPLAY_DAYS`: a retry or a replay). On
    PostgreSQL it is one autocommitted statement, one round trip where the ORM's transaction took
    four (a burst of webhooks waits on these)."""
    if engine.dialect.name != "postgresql":
        with Session(engine) as db:
            row = InboundQueueItem(**values)
            db.add(TwilioInbound(sid_hash=values["sid_hash"], created_at=_day(values["created_at"])))
            db.add(row)
            try:
                db.commit()
            except IntegrityError:
                db.rollback()
                if db.get(TwilioInbound, values["sid_hash"]) is None:
                    raise  # not a duplicate (its key was destroyed meanwhile): Twilio retries
                return None
            return row.id
    table = InboundQueueItem.__table__
    seen = (pg_insert(TwilioInbound).values(sid_hash=values["sid_hash"], created_at=_day(values["created_at"]))
            .on_conflict_do_nothing(index_elements=[TwilioInbound.sid_hash])
            .returning(TwilioInbound.sid_hash).cte("seen"))
    row = select(*(literal(v, table.c[k].type).label(k) for k, v in values.items())).select_from(seen)
    stmt = insert(table).from_select(list(values), row).returning(table.c.id)
    with engine.connect() as conn:
        return conn.execution_options(isolation_level="AUTOCOMMIT").execute(stmt).scalar()


def _blocked(q: Queue):  # noqa: ANN202 - a SQL expression
    """An older open row of the same conversation exists."""
    older = aliased(q.model)
    return exists().where(older.conversation_key == q.model.conversation_key,
                          older.id < q.model.id, older.status.in_(q.open))


def _takeable(q: Queue, now: datetime):  # noqa: ANN202
    return q.model.status.in_(q.open), q.model.lease_until <= now, ~_blocked(q)


def claim(db: Session, q: Queue, row_id: int, now: datetime, lease: float, fresh: bool = False):  # noqa: ANN201
    """Takes the row (committed) and returns it, or None if it is not takeable now.

    `fresh`: the webhook's own first try, which does not wait for the row to be due."""
    m = q.model
    where = ((m.status == q.waiting, m.attempts == 0, ~_blocked(q)) if fresh else _takeable(q, now))
    # SET's right-hand side reads the row as it was: the status before this claim.
    lost = {"last_error": case((m.status == q.working, LOST), else_=m.last_error)} if q.mark_lost else {}
    done = db.execute(update(m).where(m.id == row_id, *where)
                      .values(status=q.working, attempts=m.attempts + 1,
                              lease_until=now + timedelta(seconds=lease), **lost)
                      .execution_options(synchronize_session=False))
    db.commit()
    if done.rowcount != 1:
        return None
    row = db.get(m, row_id, populate_existing=True)
    db.commit()
    return row


def due(db: Session, q: Queue, now: datetime, limit: int = 50, conversation_key: str | None = None) -> list[int]:
    """Ids of rows takeable now, oldest first (at most one per conversation)."""
    m = q.model
    stmt = select(m.id).where(*_takeable(q, now)).order_by(m.id).limit(limit)
    if conversation_key is not None:
        stmt = stmt.where(m.conversation_key == conversation_key)
    return list(db.scalars(stmt))


def next_due(db: Session, q: Queue, conversation_key: str) -> datetime | None:
    """When the conversation's oldest open row may next be taken."""
    m = q.model
    return db.scalar(select(m.lease_until).where(m.conversation_key == conversation_key,
                                                 m.status.in_(q.open)).order_by(m.id).limit(1))


def _mine(q: Queue, row_id: int, token: int) -> tuple:
    m = q.model
    return (m.id == row_id, m.status == q.working, m.attempts == token)


def finish(db: Session, q: Queue, row_id: int, token: int) -> bool:
    """Deletes a row this worker still holds (not committed). False: the lease was lost."""
    return db.execute(delete(q.model).where(*_mine(q, row_id, token))
                      .execution_options(synchronize_session=False)).rowcount == 1


def renew(db: Session, q: Queue, held: dict[int, int], until: datetime) -> int:
    """Extends the leases of rows a worker still holds ({row id: token}) to `until`
    (committed); how many it still held."""
    m, n = q.model, 0
    for row_id, token in held.items():
        n += db.execute(update(m).where(*_mine(q, row_id, token)).values(lease_until=until)
                        .execution_options(synchronize_session=False)).rowcount
    db.commit()
    return n


def release(db: Session, q: Queue, row_id: int, token: int, retry_at: datetime, error: str | None) -> bool:
    """Puts a held row back to wait until `retry_at` (committed)."""
    m = q.model
    done = db.execute(update(m).where(*_mine(q, row_id, token))
                      .values(status=q.waiting, lease_until=retry_at, last_error=error)
                      .execution_options(synchronize_session=False)).rowcount == 1
    db.commit()
    return done


def bury(db: Session, row_id: int, token: int | None, error: str | None) -> bool:
    """Moves an inbound row to the dead-letter list and drops its address and words (not
    committed): operators see that it died, never what it said."""
    m = InboundQueueItem
    where = _mine(INBOUND, row_id, token) if token is not None else (m.id == row_id,)
    done = db.execute(update(m).where(*where)
                      .values(status="dead", address_token=None, text="", prepared=None, key_id=None,
                              last_error=error)
                      .execution_options(synchronize_session=False)).rowcount == 1
    return done
