"""Latency and throughput: the gateway's simulator channel vs Rasa's own REST webhook.

Starts the real stack (same model) on free loopback ports, then runs (a) conversations through
POST /channels/simulator and (b) the same conversations straight against Rasa's REST webhook,
alternating a and b round by round so both see the same machine state. Prints p50/p95/p99,
throughput, the gateway/Rasa p50 ratio at 1 and 10 concurrent conversations, and the resident
memory of the three processes.

    .venv/bin/python bench/latency.py [--rounds 6]
"""
from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bot.settings import Settings  # noqa: E402
from bot.supervisor import Stack  # noqa: E402

CONVERSATION = ["hola", "necesito un albergue", "estoy en Tapachula", "gracias", "qué es la trata de personas",
                "adiós"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def conversation(client: httpx.AsyncClient, target: str, sink: list[float]) -> None:
    sender = uuid.uuid4().hex
    for text in CONVERSATION:
        started = time.perf_counter()
        if target == "gateway":
            resp = await client.post("/channels/simulator", json={"from": sender, "text": text, "channel": "sms"})
        else:
            resp = await client.post("/webhooks/rest/webhook", json={"sender": sender, "message": text,
                                                                      "metadata": {"language": "es"}})
        resp.raise_for_status()
        sink.append((time.perf_counter() - started) * 1000)


async def round_(url: str, target: str, concurrency: int) -> tuple[list[float], float]:
    sink: list[float] = []
    async with httpx.AsyncClient(base_url=url, timeout=60) as client:
        started = time.perf_counter()
        await asyncio.gather(*(conversation(client, target, sink) for _ in range(concurrency)))
        return sink, time.perf_counter() - started


def rss_mb(pid: int) -> float:
    total = 0
    for p in [pid, *children(pid)]:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:  # gone between listing and reading (ProcessLookupError, too)
            pass
    return total / 1024


def children(pid: int) -> list[int]:
    try:
        kids = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []
    return kids + [g for k in kids for g in children(k)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        stack = Stack(Settings(data_dir=Path(tmp)).resolved(), free_port(), free_port(), free_port(),
                      log_dir=Path(tmp) / "logs")
        stack.start()
        try:
            stack.wait_healthy(300)
            urls = {"gateway": stack.gateway_url, "rasa": stack.rasa_url}
            asyncio.run(round_(urls["gateway"], "gateway", 2))  # warm-up
            asyncio.run(round_(urls["rasa"], "rasa", 2))
            print(f"{'conc':>4} {'target':<8} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'msg/s':>7}")
            ratios = {}
            for concurrency in (1, 10):
                samples = {"gateway": [], "rasa": []}
                elapsed = {"gateway": 0.0, "rasa": 0.0}
                for _ in range(args.rounds):
                    for target in ("gateway", "rasa"):  # alternate a and b
                        got, secs = asyncio.run(round_(urls[target], target, concurrency))
                        samples[target] += got
                        elapsed[target] += secs
                for target in ("gateway", "rasa"):
                    s = samples[target]
                    print(f"{concurrency:>4} {target:<8} {len(s):>5} {pct(s, .5):>8.1f} {pct(s, .95):>8.1f} "
                          f"{pct(s, .99):>8.1f} {len(s) / elapsed[target]:>7.1f}")
                # The p50 printed above; with six message kinds the sample is multi-modal, so the
                # mean ratio is printed too as a steadier cross-check.
                ratios[concurrency] = (pct(samples["gateway"], .5) / pct(samples["rasa"], .5),
                                       statistics.mean(samples["gateway"]) / statistics.mean(samples["rasa"]))
                if concurrency == 1:
                    p95_single = pct(samples["gateway"], .95)
            for c, (r, mean_r) in ratios.items():
                print(f"gateway/rasa p50 ratio at {c:>2} conversation(s): {r:.2f}  (target <= 1.15; "
                      f"mean ratio {mean_r:.2f})")
            print(f"gateway p95 at 1 conversation: {p95_single:.0f} ms  (target <= 300)")
            for name, proc in stack.procs.items():
                print(f"RSS {name:<8} {rss_mb(proc.pid):8.0f} MB")
        finally:
            stack.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
