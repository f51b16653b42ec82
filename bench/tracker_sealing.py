"""What sealing the tracker costs Rasa per turn: EncryptedSQLTrackerStore against Rasa's own
SQLTrackerStore, on SQLite, for conversations of N turns (about 6 events a turn), interleaved
round by round. A turn of Rasa's reads the tracker once and saves what the turn added (5
events here). SQLite's commit (a file sync) is in both columns.

Runs in Rasa's environment:

    .venv-rasa/bin/python bench/tracker_sealing.py [--turns 6 50] [--rounds 200]
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from rasa.core.tracker_store import SQLTrackerStore  # noqa: E402
from rasa.shared.core.domain import Domain  # noqa: E402
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered  # noqa: E402
from rasa.shared.core.trackers import DialogueStateTracker  # noqa: E402

from rasa_addons.tracker_store import EncryptedSQLTrackerStore  # noqa: E402

TEXT = "me quitaron el pasaporte y dicen que les debo el viaje, no puedo salir de la finca"


def one_turn(n: int) -> list:
    return [UserUttered(TEXT, {"name": "report_exploitation", "confidence": 0.9},
                        metadata={"language": "es", "inbound_id": f"tw-{n}", "risk_level": "priority"}),
            ActionExecuted("action_triage"), SlotSet("risk_level", "priority"),
            BotUttered("Gracias por contarlo. ¿Quiere hablar con una persona?", {"template_name": "utter_x"}),
            ActionExecuted("action_listen")]


async def turn(store, sender: str, n: int) -> float:  # noqa: ANN001
    """One turn's reads and writes; the rows it added are deleted after the timing, so that
    the conversation keeps its length from round to round."""
    started = time.perf_counter()
    tracker = await store.retrieve(sender)
    for event in one_turn(n):
        tracker.update(event)
    await store.save(tracker)
    took = (time.perf_counter() - started) * 1000
    with store.engine.begin() as conn:
        last = conn.execute(sa.text("SELECT id FROM events WHERE sender_id = :s ORDER BY id DESC LIMIT 1 OFFSET :o"),
                            {"s": sender, "o": len(one_turn(n)) - 1}).scalar()
        conn.execute(sa.text("DELETE FROM events WHERE sender_id = :s AND id >= :i"), {"s": sender, "i": last})
    return took


async def run(args: argparse.Namespace) -> None:
    domain = Domain.load("domain.yml")
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/tracker.db"
        stores = {"sealed": EncryptedSQLTrackerStore(domain=domain, host=url, key_file=f"{tmp}/tracker_keys"),
                  "plain": SQLTrackerStore(domain=domain, host=url)}
        print(f"{'turns':>6} {'sealed ms':>10} {'plain ms':>9} {'added ms':>9}")
        for turns in args.turns:
            senders = {kind: f"{kind}-{turns}" for kind in stores}
            for kind, store in stores.items():
                tracker = DialogueStateTracker(senders[kind], domain.slots)
                for n in range(turns):
                    for event in one_turn(n):
                        tracker.update(event)
                await store.save(tracker)
            times: dict[str, list[float]] = {k: [] for k in stores}
            for r in range(args.rounds):
                for kind, store in stores.items():
                    times[kind].append(await turn(store, senders[kind], turns + r))
            s, p = statistics.median(times["sealed"]), statistics.median(times["plain"])
            print(f"{turns:>6} {s:>10.2f} {p:>9.2f} {s - p:>9.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, nargs="+", default=[6, 50])
    parser.add_argument("--rounds", type=int, default=200)
    asyncio.run(run(parser.parse_args()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
