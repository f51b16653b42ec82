"""What sealing the person's words costs on the gateway's per-message path (SQLite).

Runs the store operations of one turn (the person's history for screening, storing the
message, storing the replies, taking the outbox) on a conversation with N messages, sealed (as
the gateway stores them) and in the clear (rows without a key, as before migration 0008, read by
the same code), interleaved round by round so both see the same machine. Prints the median time
per turn and the difference.

    .venv/bin/python bench/sealing.py [--messages 6 50] [--rounds 400]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bot.db.models import Message  # noqa: E402
from bot.db.session import make_engine, make_sessionmaker, migrate  # noqa: E402
from bot.gateway import store  # noqa: E402
from bot.privacy.datakeys import Vault  # noqa: E402

TEXT = "me quitaron el pasaporte y dicen que les debo el viaje, no puedo salir de la finca"


def _plain_texts(db, key: str, bodies: list[str], author: str) -> None:  # noqa: ANN001
    db.execute(insert(Message), [{"conversation_key": key, "direction": "in" if author == "person" else "out",
                                  "author": author, "text": b, "delivered": True} for b in bodies])


def turn(sessions, key: str, sealed: bool) -> float:  # noqa: ANN001
    started = time.perf_counter()
    with sessions() as db:  # the turn's first transaction: history, then the message
        store.person_texts(db, key)
        (store.add_texts if sealed else lambda d, k, _dir, a, b: _plain_texts(d, k, b, a))(
            db, key, "in", "person", [TEXT])
        db.rollback()  # keep the conversation's length fixed
    with sessions() as db:  # the second: the replies, the outbox
        (store.add_texts if sealed else lambda d, k, _dir, a, b: _plain_texts(d, k, b, a))(
            db, key, "out", "bot", ["Gracias por contarlo. ¿Quiere hablar con una persona?"])
        store.take_outbox(db, key)
        db.rollback()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, nargs="+", default=[6, 50])
    parser.add_argument("--rounds", type=int, default=400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        migrate(url)
        engine = make_engine(url)
        sessions = make_sessionmaker(engine, Vault(Path(tmp)))
        print(f"{'messages':>8} {'sealed ms':>10} {'clear ms':>9} {'added ms':>9}")
        for n in args.messages:
            keys = {"sealed": f"sealed-{n}", "clear": f"clear-{n}"}
            with sessions() as db:
                for kind, key in keys.items():
                    store.get_or_create_conversation(db, key, "sms")
                    for _ in range(n):
                        if kind == "sealed":
                            store.add_texts(db, key, "in", "person", [TEXT])
                        else:
                            _plain_texts(db, key, [TEXT], "person")
                db.commit()
            times: dict[str, list[float]] = {"sealed": [], "clear": []}
            for _ in range(args.rounds):
                for kind in ("sealed", "clear"):
                    times[kind].append(turn(sessions, keys[kind], kind == "sealed"))
            s, c = statistics.median(times["sealed"]), statistics.median(times["clear"])
            print(f"{n:>8} {s:>10.3f} {c:>9.3f} {s - c:>9.3f}")
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
