#!/usr/bin/env python3
"""Intent macro-F1 per language of the Rasa NLU pipeline, on a held-out split of data/nlu/.

    .venv/bin/python bench/nlu.py [--test-share 0.2] [--seeds 13,7,1] [--keep] [--config F]

Every data/nlu/<lang>.yml is split per intent (stratified, seeded): a share of each
intent's examples is held out per language, the rest of every language is pooled into
one training file, as in the real multilingual model. Per seed, one temporary NLU-only model is
trained with config.yml (`rasa train nlu` in .venv-rasa), then `rasa test nlu` runs once
per reported language; the figure is the "macro avg" F1 of its intent_report.json
(Rasa reverts FallbackClassifier predictions before scoring, so this is the
classifier's intent). Everything is written to a temporary directory, removed at the
end unless --keep. Never touches models/ or the full model. Takes several minutes.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
NLU_DIR = ROOT / "data" / "nlu"
RASA = ROOT / ".venv-rasa" / "bin" / "rasa"
CONFIG = ROOT / "config.yml"
REPORTED = ["es", "en", "fr", "pt", "ht"]
TARGETS = {"es": 0.92, "en": 0.92, "fr": 0.92, "pt": 0.92}


def read_examples(path: Path) -> dict[str, list[str]]:
    """intent -> example lines, verbatim (entity annotations kept)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: dict[str, list[str]] = {}
    for item in data.get("nlu", []):
        if "intent" not in item:
            continue  # synonyms, regexes, lookups: not split
        lines = [ln.strip()[2:] for ln in str(item.get("examples", "")).splitlines()
                 if ln.strip().startswith("- ")]
        out.setdefault(item["intent"], []).extend(lines)
    return out


def split(examples: dict[str, list[str]], share: float, rng: random.Random
          ) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    train: dict[str, list[str]] = {}
    test: dict[str, list[str]] = {}
    for intent, lines in sorted(examples.items()):
        lines = list(dict.fromkeys(lines))
        rng.shuffle(lines)
        n_test = round(len(lines) * share) if len(lines) >= 5 else 0
        n_test = max(n_test, 1) if len(lines) >= 5 else 0
        test[intent], train[intent] = lines[:n_test], lines[n_test:]
    return train, {k: v for k, v in test.items() if v}


def write_nlu(path: Path, parts: list[dict[str, list[str]]]) -> int:
    merged: dict[str, list[str]] = {}
    for part in parts:
        for intent, lines in part.items():
            merged.setdefault(intent, []).extend(lines)
    out = ['version: "3.1"', "nlu:"]
    for intent, lines in merged.items():
        if not lines:
            continue
        out.append(f"- intent: {intent}")
        out.append("  examples: |")
        out.extend(f"    - {ln}" for ln in lines)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return sum(len(v) for v in merged.values())


def run(cmd: list[str], cwd: Path) -> None:
    # PYTHONPATH: the pipeline's own components (nlu_components/) from a temporary cwd.
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2",
               RASA_CACHE_DIRECTORY=str(cwd / ".rasa-cache"), PYTHONPATH=str(ROOT))
    proc = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-4000:])
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd[:3])}")


def confusions(result_dir: Path, top: int = 6) -> list[str]:
    errors_file = result_dir / "intent_errors.json"
    if not errors_file.exists():
        return []
    errors = json.loads(errors_file.read_text(encoding="utf-8"))
    pairs = Counter((e["intent"], e["intent_prediction"]["name"]) for e in errors)
    lines = []
    for (gold, pred), n in pairs.most_common(top):
        texts = [e["text"] for e in errors
                 if e["intent"] == gold and e["intent_prediction"]["name"] == pred][:2]
        lines.append(f"    {n}× {gold} → {pred}: " + " | ".join(repr(t) for t in texts))
    return lines


def measure(seed: int, args: argparse.Namespace, tmp: Path) -> list[tuple[str, float | None, int, list[str]]]:
    """Train on one seeded split, test per language: (lang, macro-F1, test n, confusions)."""
    tmp.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    trains, tests = [], {}
    for path in sorted(NLU_DIR.glob("*.yml")):
        lang = path.stem
        train, test = split(read_examples(path), args.test_share, rng)
        trains.append(train)
        if lang in REPORTED and test:
            tests[lang] = test
    n_train = write_nlu(tmp / "train.yml", trains)
    print(f"seed {seed}: training on {n_train} examples "
          f"({', '.join(sorted(p.stem for p in NLU_DIR.glob('*.yml')))})", flush=True)
    t0 = time.monotonic()
    run([str(RASA), "train", "nlu", "--config", str(args.config), "--nlu", str(tmp / "train.yml"),
         "--out", str(tmp / "models"), "--fixed-model-name", "bench"], cwd=tmp)
    model = tmp / "models" / "bench.tar.gz"
    print(f"seed {seed}: trained in {time.monotonic() - t0:.0f} s", flush=True)
    rows = []
    for lang in REPORTED:
        if lang not in tests:
            rows.append((lang, None, 0, []))
            continue
        n = write_nlu(tmp / f"test_{lang}.yml", [tests[lang]])
        out = tmp / f"results_{lang}"
        run([str(RASA), "test", "nlu", "--nlu", str(tmp / f"test_{lang}.yml"),
             "--model", str(model), "--out", str(out)], cwd=tmp)
        report = json.loads((out / "intent_report.json").read_text(encoding="utf-8"))
        rows.append((lang, report["macro avg"]["f1-score"], n, confusions(out)))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--test-share", type=float, default=0.2)
    ap.add_argument("--seeds", default="13,7,1",
                    help="comma-separated split seeds; the target is checked on the mean and the lowest")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    ap.add_argument("--config", type=Path, default=CONFIG, help="pipeline to measure (default config.yml)")
    args = ap.parse_args(argv)
    if not RASA.exists():
        raise SystemExit(f"{RASA} not found: run `make setup` first")

    seeds = [int(x) for x in args.seeds.split(",") if x.strip()]
    tmp = Path(tempfile.mkdtemp(prefix="hotline-nlu-bench-"))
    try:
        per_seed = {}
        for seed in seeds:
            per_seed[seed] = measure(seed, args, tmp / f"seed{seed}")
        print(f"\n{'lang':<5} {'test n':>6} " + " ".join(f"{'seed ' + str(s):>8}" for s in seeds)
              + f" {'mean':>6} {'lowest':>6} {'target':>7}")
        failed = False
        for i, lang in enumerate(REPORTED):
            f1s = [per_seed[s][i][1] for s in seeds]
            n = per_seed[seeds[0]][i][2]
            if any(f is None for f in f1s):
                print(f"{lang:<5} {n:>6} " + " ".join(f"{'-':>8}" for _ in seeds))
                continue
            mean, low, target = sum(f1s) / len(f1s), min(f1s), TARGETS.get(lang)
            mark = "" if target is None else ("ok" if mean >= target else "BELOW")
            failed |= mark == "BELOW"
            print(f"{lang:<5} {n:>6} " + " ".join(f"{f:>8.3f}" for f in f1s) + f" {mean:>6.3f} {low:>6.3f} "
                  f"{('≥ %.2f' % target) if target else '-':>7} {mark}")
        for lang, _, _, conf in per_seed[seeds[0]]:
            if conf:
                print(f"\n{lang}, seed {seeds[0]}: most frequent confusions (gold → predicted)")
                print("\n".join(conf))
        if args.keep:
            print(f"\nreports kept in {tmp}")
        return 1 if failed else 0
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
