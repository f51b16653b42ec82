"""Screening sensitivity and over-escalation, on the scenario file and on the holdout.

    .venv/bin/python bench/screening.py [--verbose]

For each file: % of `immediate` rated immediate (target 100%), % of `priority`-or-higher
rated priority-or-higher (target >= 95%), % of `info`+`refer` escalated to priority or
immediate (target <= 15%). The holdout (bench/data/screening_holdout.yml) was written
before the engine; it must never be used to tune patterns: report it as it comes out.
Exit code 1 when a target is missed.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.screening import screen  # noqa: E402

FILES = {
    "scenarios": ROOT / "tests" / "data" / "screening_scenarios.yml",
    "holdout": ROOT / "bench" / "data" / "screening_holdout.yml",
}
RANK = {"info": 0, "refer": 1, "priority": 2, "immediate": 3}


def _pct(hits: int, total: int) -> str:
    return f"{100 * hits / total:5.1f}% ({hits}/{total})" if total else "  n/a"


def evaluate(path: Path, verbose: bool = False) -> dict[str, float | None]:
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["scenarios"]
    imm = imm_ok = high = high_ok = low = low_up = exact = 0
    for case in cases:
        got = screen(case["messages"], case["lang"], case.get("answers"), case.get("age")).risk_level
        want = case["expected"]
        exact += got == want
        if want == "immediate":
            imm += 1
            imm_ok += got == "immediate"
        if RANK[want] >= RANK["priority"]:
            high += 1
            high_ok += RANK[got] >= RANK["priority"]
        else:
            low += 1
            low_up += RANK[got] >= RANK["priority"]
        if verbose and got != want:
            print(f"    {case['id']}: expected {want}, got {got}")
    print(f"  immediate rated immediate          {_pct(imm_ok, imm)}   target 100%")
    print(f"  priority+ rated priority+          {_pct(high_ok, high)}   target >= 95%")
    print(f"  info/refer escalated to priority+  {_pct(low_up, low)}   target <= 15%")
    print(f"  exact level                        {_pct(exact, len(cases))}")
    return {"immediate": imm_ok / imm if imm else None, "priority": high_ok / high if high else None,
            "over": low_up / low if low else None}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="list every case whose level differs")
    args = ap.parse_args()
    ok = True
    for name, path in FILES.items():
        print(f"{name}: {path.relative_to(ROOT)}")
        r = evaluate(path, args.verbose)
        ok &= (r["immediate"] in (None, 1.0) and (r["priority"] is None or r["priority"] >= 0.95)
               and (r["over"] is None or r["over"] <= 0.15))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
