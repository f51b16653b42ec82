"""Resident memory and CPU of every process of a running cluster while it serves a load.

    .venv/bin/python deploy/measure.py --data-dir var --url http://127.0.0.1:8000 \\
        --conversations 30 --messages 10 --concurrency 10

Sends simulator conversations through nginx and prints, per part: RSS after the load (MB; for
PostgreSQL, nginx and Redis the sum of PSS over all their processes, which counts shared memory
once) and CPU seconds used during the load. Figures for the README's "Scaling out" section.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import time
from pathlib import Path

import httpx

TICK = os.sysconf("SC_CLK_TCK")
TEXTS = ["hola", "necesito ayuda", "busco trabajo en otro país", "me ofrecieron un trabajo",
         "¿qué derechos tengo?", "gracias", "quiero información", "dónde hay un refugio",
         "estoy en México", "adiós"]


def parts(data_dir: Path) -> dict[str, list[int]]:
    """The cluster's processes by part (from cluster/cluster.json), with all their descendants."""
    roots = json.loads((data_dir / "cluster" / "cluster.json").read_text())["pids"]
    children: dict[int, list[int]] = {}
    for pid_dir in Path("/proc").iterdir():
        if pid_dir.name.isdigit():
            try:
                ppid = int((pid_dir / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            children.setdefault(ppid, []).append(int(pid_dir.name))
    out = {}
    for name, pids in roots.items():
        todo, seen = list(pids), []
        while todo:
            pid = todo.pop()
            seen.append(pid)
            todo += children.get(pid, [])
        out[name] = seen
    return out


def cpu(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            f = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(f[11]) + int(f[12])  # utime + stime
        except OSError:
            pass
    return total / TICK


def mem_mb(pids: list[int], field: str) -> float:
    total = 0
    for pid in pids:
        try:
            text = Path(f"/proc/{pid}/{'status' if field == 'VmRSS' else 'smaps_rollup'}").read_text()
            total += int(re.search(rf"^{field}:\s+(\d+) kB", text, re.M).group(1))
        except (OSError, AttributeError):
            pass
    return total / 1024


async def load(url: str, conversations: int, messages: int, concurrency: int) -> tuple[int, int, float]:
    sem = asyncio.Semaphore(concurrency)
    ok = failed = 0

    async def conversation(client: httpx.AsyncClient, i: int) -> None:
        nonlocal ok, failed
        async with sem:
            for m in range(messages):
                r = await client.post("/channels/simulator", json={"from": f"measure-{i}", "text": TEXTS[m % len(TEXTS)],
                                                                   "channel": "sms"})
                ok, failed = (ok + 1, failed) if r.status_code == 200 and r.json()["replies"] else (ok, failed + 1)

    started = time.monotonic()
    async with httpx.AsyncClient(base_url=url, timeout=60.0) as client:
        await asyncio.gather(*(conversation(client, i) for i in range(conversations)))
    return ok, failed, time.monotonic() - started


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", type=Path, default=Path(os.environ.get("HOTLINE_DATA_DIR", "var")))
    ap.add_argument("--url", default="http://127.0.0.1:8000")
    ap.add_argument("--conversations", type=int, default=30)
    ap.add_argument("--messages", type=int, default=10)
    ap.add_argument("--concurrency", type=int, default=10)
    args = ap.parse_args()
    before = {name: cpu(pids) for name, pids in parts(args.data_dir).items()}
    ok, failed, elapsed = asyncio.run(load(args.url, args.conversations, args.messages, args.concurrency))
    now = parts(args.data_dir)
    print(f"{ok} replies, {failed} failures in {elapsed:.1f} s ({ok / elapsed:.1f} msg/s), {os.cpu_count()} cores")
    print(f"{'part':<16}{'procs':>6}{'RSS MB':>9}{'PSS MB':>9}{'CPU s':>8}{'CPU %':>7}")
    for name in sorted(now):
        used = cpu(now[name]) - before.get(name, 0.0)
        print(f"{name:<16}{len(now[name]):>6}{mem_mb(now[name], 'VmRSS'):>9.0f}{mem_mb(now[name], 'Pss'):>9.0f}"
              f"{used:>8.1f}{100 * used / elapsed:>7.0f}")


if __name__ == "__main__":
    main()
