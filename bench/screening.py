"""Screening sensitivity and over-escalation: hybrid (patterns + learned detector) against
the patterns alone, measured in the same run.

    .venv/bin/python bench/screening.py [--verbose] [--no-blind]

Sets, each skipped with a message when absent:
- team: tests/data/screening_scenarios.yml and bench/data/screening_holdout.yml (written by
  the team; the holdout was written before the engine and is never tuned on);
- dev: the shared realistic development set (shared/data/realistic/screening_dev.jsonl
  beside the repository or above it; HOTLINE_REALISTIC_DIR overrides). Written outside the
  team: measure on it, never train or tune on it;
- blind: bench/data/blind/screening_*.jsonl, written by other helpers. Only aggregate
  figures are printed for it, never a case, even with --verbose.

Figures: immediate recall (gold immediate rated immediate), priority-or-higher recall
(gold priority/immediate rated priority or immediate), over-escalation (gold refer/info
rated priority or immediate), overall and per language. Targets (issue #17): immediate
recall >= 0.98, priority+ recall >= 0.95, over-escalation <= 0.10. Exit code 1 when the
hybrid misses a target on a set that was measured.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import yaml  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.screening import screen  # noqa: E402

RANK = {"info": 0, "refer": 1, "priority": 2, "immediate": 3}
TARGETS = {"immediate": 0.98, "priority": 0.95, "over": 0.10}
TEAM = {"scenarios": ROOT / "tests" / "data" / "screening_scenarios.yml",
        "holdout": ROOT / "bench" / "data" / "screening_holdout.yml"}
BLIND = ROOT / "bench" / "data" / "blind"


def realistic_dev() -> Path | None:
    env = os.environ.get("HOTLINE_REALISTIC_DIR")
    candidates = [Path(env)] if env else [p / "shared" / "data" / "realistic" for p in ROOT.parents]
    for d in candidates:
        if (d / "screening_dev.jsonl").is_file():
            return d / "screening_dev.jsonl"
    return None


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def rate(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "  n/a"


class Tally:
    def __init__(self) -> None:
        self.c: Counter[tuple[str, str]] = Counter()

    def add(self, want: str, got: str) -> None:
        self.c[(want, got)] += 1

    def figures(self) -> dict[str, tuple[int, int]]:
        imm = sum(n for (w, _), n in self.c.items() if w == "immediate")
        imm_ok = self.c[("immediate", "immediate")]
        high = sum(n for (w, _), n in self.c.items() if RANK[w] >= 2)
        high_ok = sum(n for (w, g), n in self.c.items() if RANK[w] >= 2 and RANK[g] >= 2)
        low = sum(n for (w, _), n in self.c.items() if RANK[w] < 2)
        low_up = sum(n for (w, g), n in self.c.items() if RANK[w] < 2 and RANK[g] >= 2)
        return {"immediate": (imm_ok, imm), "priority": (high_ok, high), "over": (low_up, low)}

    def line(self) -> str:
        f = self.figures()
        return (f"immediate recall {rate(*f['immediate'])}  priority+ recall {rate(*f['priority'])}  "
                f"over-escalation {rate(*f['over'])}")

    def meets(self) -> bool:
        f = self.figures()
        ok = lambda k, better: f[k][1] == 0 or better(f[k][0] / f[k][1], TARGETS[k])  # noqa: E731
        return ok("immediate", float.__ge__) and ok("priority", float.__ge__) and ok("over", float.__le__)


def evaluate(name: str, cases: list[dict], verbose: bool, matrix: bool) -> bool:
    hybrid, patterns = Tally(), Tally()
    by_lang: dict[str, Tally] = {}
    for case in cases:
        args = (case["messages"], case["lang"], case.get("answers"), case.get("age"))
        got = screen(*args).risk_level
        want = case["expected"]
        hybrid.add(want, got)
        by_lang.setdefault(case["lang"], Tally()).add(want, got)
        patterns.add(want, screen(*args, learned=False).risk_level)
        if verbose and got != want:
            print(f"    {case['id']}: expected {want}, got {got}")
    print(f"{name} ({len(cases)} conversations)")
    print(f"  hybrid         {hybrid.line()}")
    print(f"  patterns only  {patterns.line()}")
    for lang in sorted(by_lang):
        print(f"    {lang:3s} {by_lang[lang].line()}")
    if matrix:
        print("    confusion (rows gold, columns rated: info refer priority immediate)")
        for want in RANK:
            print(f"    {want:9s} " + " ".join(f"{hybrid.c[(want, got)]:4d}" for got in RANK))
    return hybrid.meets()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="list the cases whose level differs (never blind ones)")
    ap.add_argument("--no-blind", action="store_true", help="skip the blind set")
    args = ap.parse_args()
    print(f"screening bench, {dt.date.today().isoformat()}")
    ok = True
    for name, path in TEAM.items():
        ok &= evaluate(f"team {name}: {path.relative_to(ROOT)}",
                       yaml.safe_load(path.read_text(encoding="utf-8"))["scenarios"], args.verbose, False)
    dev = realistic_dev()
    if dev is None:
        print("dev: shared/data/realistic/screening_dev.jsonl not found beside or above the repository; skipped")
    else:
        ok &= evaluate(f"dev (realistic, written outside the team): {dev}", read_jsonl(dev), args.verbose, True)
    blind = sorted(BLIND.glob("screening_*.jsonl"))
    if args.no_blind:
        print("blind: skipped (--no-blind)")
    elif not blind:
        print(f"blind: no {BLIND.relative_to(ROOT)}/screening_*.jsonl; skipped")
    else:
        cases = [c for f in blind for c in read_jsonl(f)]
        ok &= evaluate(f"blind ({len(blind)} files, aggregates only)", cases, False, False)
        if len(blind) > 1:  # each writer's file alone: a later set measures what earlier ones could not
            for f in blind:
                evaluate(f"blind {f.name} (aggregates only)", read_jsonl(f), False, False)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
