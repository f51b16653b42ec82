#!/usr/bin/env python3
"""Train the redaction tagger (bot/privacy/tagger.py) and write bot/privacy/data/tagger.json.gz.

    .venv/bin/python scripts/train_redaction_tagger.py [--epochs 8] [--dev bench/data/redaction_dev2.jsonl] [--threshold NAME=4]

Averaged perceptron (Collins 2002; the averaging as in Honnibal's tagger), decoded greedily
left to right with the two previous predicted labels as features, on the team's corpus
bench/data/redaction_train.jsonl (scripts/build_redaction_corpus.py). Never on the blind
sets or shared/data/realistic. A token's gold label is the kind of the gold span it
overlaps. Deterministic: fixed seed, sorted features.

With --dev, a threshold per label (the margin over "O" a span needs) is chosen on the dev
set: of those that keep that label's recall within 0.002 of its best, the one that takes
the fewest ordinary-word characters, the lowest on a tie. The model records the training file's SHA-256, so a test can
tell when the corpus changed and the model was not retrained.

The address tagger (bot/privacy/data/tagger_address.json.gz, used by redaction.py for ADDRESS
only) is the same kind of model, trained on the same corpus plus more messages written whole
by training writers (issue #18, round 16):

    .venv/bin/python scripts/train_redaction_tagger.py --epochs 12 --extras --only ADDRESS \
        --out bot/privacy/data/tagger_address.json.gz --add-copies 5 \
        --add scripts/redaction_corpus/handwritten/writer_p.jsonl (and _q, _ya, _yb) \
        --threshold NAME=4 --threshold ADDRESS=64

(--extras: the address-extent features of tagger.extra_static; about 5 minutes on one core.)

The name tagger (bot/privacy/data/tagger_name.json.gz, used by redaction.py for NAME only, joined
with the first model's names) likewise, with the name features of tagger.name_static and
name_history (issue #18, rounds 17 and 18; about 6 minutes on one core):

    .venv/bin/python scripts/train_redaction_tagger.py --epochs 8 --name-extras --only NAME \
        --out bot/privacy/data/tagger_name.json.gz --add-copies 5 \
        --add scripts/redaction_corpus/handwritten/writer_p.jsonl (and _q, _ya, _yb, _za, _zb, _zc, _zd) \
        --threshold NAME=24 --threshold NAME_EDGE=1 --threshold NAME_WORD=32

Of each --add file the messages the corpus builder would put in dev2 (build_redaction_corpus._in_dev)
are left out; each other message is added as written and in --add-copies spellings
(build_redaction_corpus.augment). Every training file's path and SHA-256 are recorded
("train_files"), as the corpus's are.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.privacy.rules import rule_spans  # noqa: E402
from bot.privacy.tagger import (  # noqa: E402
    DEFAULT_MODEL, EXTRAS_VERSION, FEATURES_VERSION, FORMAT, LABEL_OF_KIND, LABELS, NAME_EXTRAS_VERSION, Tagger,
    _NameState, extra_history, history_features, name_history, static_features,
)

TRAIN = ROOT / "bench" / "data" / "redaction_train.jsonl"
SEED = 18


def gold_labels(toks, spans) -> list[str]:
    labels = ["O"] * len(toks)
    for i, t in enumerate(toks):
        for sp in spans:
            if sp["start"] < t.end and t.start < sp["end"]:
                labels[i] = LABEL_OF_KIND[sp["kind"]]
                break
    return labels


class Perceptron:
    def __init__(self) -> None:
        self.weights: dict[str, dict[int, float]] = defaultdict(dict)
        self._totals: dict[tuple[str, int], float] = defaultdict(float)
        self._stamps: dict[tuple[str, int], int] = defaultdict(int)
        self.i = 0

    def predict(self, feats: list[str]) -> int:
        scores = [0.0] * len(LABELS)
        for f in feats:
            w = self.weights.get(f)
            if w:
                for j, v in w.items():
                    scores[j] += v
        return max(range(len(LABELS)), key=lambda j: (scores[j], -j))

    def update(self, truth: int, guess: int, feats: list[str]) -> None:
        self.i += 1
        if truth == guess:
            return
        for f in feats:
            w = self.weights[f]
            for j, delta in ((truth, 1.0), (guess, -1.0)):
                key = (f, j)
                v = w.get(j, 0.0)
                self._totals[key] += (self.i - self._stamps[key]) * v
                self._stamps[key] = self.i
                w[j] = v + delta

    def averaged(self) -> dict[str, dict[int, float]]:
        out: dict[str, dict[int, float]] = {}
        for f, w in self.weights.items():
            avg = {}
            for j, v in w.items():
                key = (f, j)
                total = self._totals[key] + (self.i - self._stamps[key]) * v
                a = round(total / self.i, 3)
                if abs(a) >= 0.001:
                    avg[j] = a
            if avg:
                out[f] = avg
        return out


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def added_rows(paths: list[Path], copies: int) -> list[dict]:
    """The training-split messages of hand-written files, each also in `copies` spellings."""
    sys.path.insert(0, str(ROOT / "scripts"))
    sys.path.insert(0, str(ROOT / "scripts" / "redaction_corpus"))
    from build_redaction_corpus import _in_dev, augment

    rng = random.Random(SEED + 7)
    rows = []
    for path in paths:
        for row in load(path):
            if not _in_dev(row["text"]):
                rows += [row] + [augment(dict(row), rng) for _ in range(copies)]
    return rows


def _relative(path: Path) -> str:
    path = path.resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name


def train(rows: list[dict], epochs: int, extras: bool = False, name_extras: bool = False) -> Perceptron:
    rng = random.Random(SEED)
    prepared = []
    start = time.time()
    for row in rows:
        toks, static = static_features(row["text"], rule_spans(row["text"]), extras, name_extras)
        if toks:
            prepared.append((static, [LABELS.index(g) for g in gold_labels(toks, row["spans"])]))
    print(f"features of {len(prepared)} messages ({time.time() - start:.0f} s)", flush=True)
    model = Perceptron()
    for epoch in range(epochs):
        rng.shuffle(prepared)
        errors = total = 0
        start = time.time()
        for static, gold in prepared:
            prev1 = prev2 = "<s>"
            since = None
            state = _NameState()
            for feats, truth in zip(static, gold):
                if name_extras:  # the separator and folded word end its list (tagger.static_features)
                    sep, word = feats[-2], feats[-1]
                    feats, named = feats[:-2], name_history(*state.history(word, sep))
                else:
                    named = []
                if extras:  # the token's place kind and separator end its list (tagger.static_features)
                    since = None if since is None else since + 1
                    feats = feats[:-2] + extra_history(prev1, feats[-1], feats[-2], since)
                full = feats + named + history_features(prev1, prev2, feats[1][2:])
                guess = model.predict(full)
                model.update(truth, guess, full)
                errors += guess != truth
                total += 1
                prev2, prev1 = prev1, LABELS[guess]
                if name_extras:
                    state.add(word, LABELS[guess])
                if guess == 2:  # ADDRESS, as Tagger.tag counts it
                    since = 0
        print(f"epoch {epoch + 1}: token error {errors / total:.4f} ({time.time() - start:.0f} s)", flush=True)
    return model


def char_recall(tagger: Tagger, rows: list[dict], label: str, threshold: float) -> tuple[float, int]:
    """Recall of gold spans of one label with rules + tagger spans of that label at threshold,
    and the number of ordinary-word characters the tagger's spans of that label take."""
    tagger.thresholds = {**tagger.thresholds, label: threshold}
    caught = total = lost = 0
    for row in rows:
        text = row["text"]
        rules = rule_spans(text)
        removed = bytearray(len(text))
        for s, e, _ in rules:
            removed[s:e] = b"\1" * (e - s)
        mine = bytearray(len(text))
        for s, e, lab in tagger.tag(text, rules):
            if lab == label:
                removed[s:e] = b"\1" * (e - s)
                mine[s:e] = b"\1" * (e - s)
        gold = bytearray(len(text))
        for sp in row["spans"]:
            gold[sp["start"]:sp["end"]] = b"\1" * (sp["end"] - sp["start"])
            if LABEL_OF_KIND[sp["kind"]] != label:
                continue
            chars = [i for i in range(sp["start"], sp["end"]) if text[i].isalnum()]
            total += 1
            caught += all(removed[i] for i in chars)
        lost += sum(1 for i in range(len(text)) if mine[i] and not gold[i] and text[i].isalnum())
    return caught / max(total, 1), lost


def choose_thresholds(tagger: Tagger, dev: list[dict]) -> dict[str, float]:
    chosen = {}
    for label in LABELS[1:]:
        grid = [0.0, 2.0, 4.0, 8.0]
        results = [(t, *char_recall(tagger, dev, label, t)) for t in grid]
        best = max(r for _, r, _ in results)
        # fewest ordinary characters lost within the recall tolerance; the lowest threshold on a tie:
        # a higher one that saves nothing on generated text only costs recall on text people wrote
        pick = min((lost, t) for t, r, lost in results if r >= best - 0.002)[1]
        chosen[label] = pick
        tagger.thresholds[label] = pick
        print(f"  {label:8} " + "  ".join(f"{t:g}:{r:.3f}/{lost}" for t, r, lost in results) + f"  -> {pick:g}")
    return chosen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--train", type=Path, default=TRAIN)
    ap.add_argument("--dev", type=Path, help="choose thresholds on this set (the team's dev2)")
    ap.add_argument("--out", type=Path, default=DEFAULT_MODEL)
    ap.add_argument("--threshold", action="append", default=[], metavar="LABEL=T",
                    help="fix a label's threshold instead of choosing it (a limit the dev set cannot see, "
                         "such as false positives on the NLU examples); recorded in the model")
    ap.add_argument("--add", type=Path, action="append", default=[],
                    help="hand-written messages to train on too (their dev2 share left out)")
    ap.add_argument("--add-copies", type=int, default=2, help="spellings of each added message besides its own")
    ap.add_argument("--only", action="append", default=[], metavar="LABEL",
                    help="the labels redaction.py takes from this model (recorded; default all)")
    ap.add_argument("--extras", action="store_true", help="the address-extent features (tagger.EXTRAS_VERSION)")
    ap.add_argument("--name-extras", action="store_true", help="the name features (tagger.NAME_EXTRAS_VERSION)")
    ap.add_argument("--prune", type=float, default=0.0, help="drop averaged weights under this size (memory)")
    args = ap.parse_args()
    fixed = {label: float(t) for label, _, t in (arg.partition("=") for arg in args.threshold)}
    rows = load(args.train) + added_rows(args.add, args.add_copies)
    model = train(rows, args.epochs, args.extras, args.name_extras)
    weights = model.averaged()
    if args.prune:
        weights = {f: kept for f, w in weights.items() if (kept := {j: v for j, v in w.items() if abs(v) >= args.prune})}
    data = {
        "format": FORMAT, "features": FEATURES_VERSION, "labels": list(LABELS),
        "train_file": str(args.train.relative_to(ROOT)) if args.train.is_relative_to(ROOT) else args.train.name,
        "train_sha256": hashlib.sha256(args.train.read_bytes()).hexdigest(), "epochs": args.epochs,
        "train_files": [{"path": _relative(path), "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
                        for path in [args.train, *args.add]],
        "extras": EXTRAS_VERSION if args.extras else 0,
        **({"name_extras": NAME_EXTRAS_VERSION} if args.name_extras else {}),
        "used_for": args.only or list(LABELS[1:]), "add_copies": args.add_copies if args.add else 0,
        "thresholds": {label: 0.0 for label in LABELS[1:]},
        "weights": {f: sorted(w.items()) for f, w in sorted(weights.items())},
    }
    if args.dev:
        tagger = Tagger({f: tuple(w.items()) for f, w in weights.items()}, dict(data["thresholds"]),
                        {"extras": data["extras"], "name_extras": data.get("name_extras", 0)})
        data["thresholds"] = choose_thresholds(tagger, load(args.dev))
        data["thresholds_chosen_on"] = str(args.dev.relative_to(ROOT)) if args.dev.is_relative_to(ROOT) else args.dev.name
    if fixed:
        data["thresholds"].update(fixed)
        data["thresholds_fixed"] = fixed
        print("  fixed: " + ", ".join(f"{label} {t:g}" for label, t in sorted(fixed.items())))
    blob = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
    args.out.write_bytes(gzip.compress(blob, mtime=0))
    print(f"{args.out}: {len(weights)} features, {args.out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
