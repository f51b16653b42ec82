from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Worker threads of a gateway process (anyio's default limiter, set at start-up; anyio's own
# default is 40).
THREADS = 16


def make_engine(url: str, pre_ping: bool = True, **pool: int) -> Engine:
    # hide_parameters: a failed statement's error message would otherwise carry its bound values
    # ("[parameters: ('<the person's words>', …)]") into every log line and traceback about it.
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 15},
                               hide_parameters=True)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")  # readers never wait for the writer
            # WAL + NORMAL: a commit is atomic and survives a crash of the process; only a
            # power cut can lose the last commits. Deployments that need more use PostgreSQL.
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA secure_delete=ON")  # erased rows are overwritten on disk
            cur.close()

        return engine
    # More connections than worker threads (THREADS): the event loop also runs short
    # transactions itself, and if threads held every connection it would block on the pool,
    # and every webhook of the process with it (acks of 5 s in bench/load.py).
    pool = pool or {"pool_size": 10, "max_overflow": THREADS + 8 - 10}
    return create_engine(url, pool_pre_ping=pre_ping, hide_parameters=True, **pool)


def make_sessionmaker(engine: Engine, vault: Any = None) -> sessionmaker:
    """Sessions for `engine`; with a `vault` (bot/privacy/datakeys.py) they can seal and open
    the person's words (`datakeys.vault_of(db)`)."""
    return sessionmaker(engine, expire_on_commit=False, info={"vault": vault} if vault is not None else {})


def migrate(url: str) -> None:
    """Brings the schema to the newest Alembic revisions.

    Features add migrations on their own branches from the gateway's base revision, so
    upgrade targets every head.
    """
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(cfg, "heads")
