#!/usr/bin/env python3
"""Recall per kind of identifying detail, words kept, false positives, speed and memory of
bot.privacy.redaction (rules + learned tagger).

    OMP_NUM_THREADS=1 .venv/bin/python bench/redaction.py [--show SET] [--no-blind] [--rules-only]

Sets, all in one run:
- team sets (written by the redaction engineers; they measure development, they are not
  blind): bench/data/redaction_dev.txt (the first engineer's) and redaction_dev3.txt (the
  second's, written one message at a time; markup: [[kind:text]] identifying spans, {{word}}
  words that must survive), redaction_dev4.txt (the third's, 177 messages written before
  the third round's changes, to choose them by; same markup), redaction_dev5.txt (the seventh
  round's 195 messages of addresses as typed on a phone, most written to choose that round's
  changes; same markup), bench/data/redaction_dev6.jsonl (320 messages in es/pt/en/fr/ht
  written by a helper who never read the redaction code, 2026-12-07, in the blind sets' jsonl
  format; the twelfth round's development set), redaction_dev7.jsonl, redaction_dev8.jsonl and
  redaction_dev9.jsonl (300 messages each in the same format, by helpers who never read the redaction
  code, 2026-12-07; dev8, addresses and exact locations, is the fourteenth round's: position words
  inside spans, simple prepositions and articles and the town after an address outside, a postal
  code alone is an address; dev9, 519 names of which 57% have no naming cue and 72 IDs, is the
  fifteenth round's), bench/data/redaction_dev2.jsonl (generated from templates and
  values the tagger never saw in training, see scripts/build_redaction_corpus.py; the set
  the tagger's thresholds and the rules/tagger combination are chosen on), and, for
  reference only, the training set
  bench/data/redaction_train.jsonl (the tagger learned it: its figures say nothing about
  generalisation);
- blind sets: every bench/data/blind/redaction_*.jsonl, written by helpers who never read
  the redaction code ({"id","lang","text","spans":[{"start","end","kind"}],"keep":[...],
  "writer"}), per file, per writer and pooled; a missing file is skipped with a message.
  Only aggregates are printed for blind sets, never their text;
- false positives: the project's NLU examples (data/nlu/*.yml, entity markup removed),
  which hold no identifiers: how many redact() changes.

Definitions (character positions, on redact_spans(), which redact() replaces):
- a gold span is CAUGHT when none of its alphanumeric characters survives, i.e. every
  one of them lies inside a redacted span; PARTIAL when some but not all do; MISSED when
  none do. Recall per kind = caught / spans of that kind (the label given, [NAME] or
  [HANDLE], does not matter: only whether the characters are gone).
- non-identifying words: alphanumeric runs of the text that overlap no gold span; one is
  KEPT when none of its characters is redacted. Kept fraction = kept / all such words.
- keep words ({{...}} or "keep"): strings that must come back verbatim; one passes when
  it still occurs in the output of redact() as often as in the text.
Targets (issue #18): recall >= 0.98 per kind, kept >= 0.95, per set.
Speed: CPU time of redact() per message over the team sets (mean, p99, max) and on
messages of 300 and 1,600 characters (the longest the gateway keeps); memory: bytes
allocated by importing the module and the first call (tracemalloc), the gazetteer's arrays
and the tagger's weights.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEV = ROOT / "bench" / "data" / "redaction_dev.txt"
TRAIN = ROOT / "bench" / "data" / "redaction_train.jsonl"
BLIND = ROOT / "bench" / "data" / "blind"
KINDS = ("name", "handle", "address", "id_number", "phone", "email")
_MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(.+?)\}\}")
_WORD = re.compile(r"[^\W_]+")


def parse_markup(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        lang, _, marked = line.partition("\t")
        text, spans, keep, last = [], [], [], 0
        pos = 0
        for m in _MARK.finditer(marked):
            text.append(marked[last:m.start()])
            pos += m.start() - last
            inner = m.group(2) if m.group(1) else m.group(3)
            if m.group(1):
                assert m.group(1) in KINDS, f"{path}:{n}: unknown kind {m.group(1)}"
                spans.append({"start": pos, "end": pos + len(inner), "kind": m.group(1)})
            else:
                keep.append(inner)
            text.append(inner)
            pos += len(inner)
            last = m.end()
        text.append(marked[last:])
        rows.append({"id": f"dev-{n}", "lang": lang, "text": "".join(text), "spans": spans, "keep": keep})
    return rows


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _spans_fn(rules_only: bool):
    if rules_only:
        from bot.privacy.rules import rule_spans

        return lambda text, lang=None: rule_spans(text)
    from bot.privacy.redaction import redact_spans

    return redact_spans


def _apply(text: str, spans) -> str:
    out, last = [], 0
    for s, e, label in spans:
        out.append(text[last:s])
        out.append(f"[{label}]")
        last = e
    out.append(text[last:])
    return "".join(out)


def score(rows: list[dict], show: bool, rules_only: bool = False) -> dict:
    spans_of = _spans_fn(rules_only)
    caught, partial, total = Counter(), Counter(), Counter()
    words_kept = words_all = keep_ok = keep_all = 0
    failures = []
    for row in rows:
        text = row["text"]
        found = spans_of(text, row.get("lang"))
        removed = bytearray(len(text))
        for s, e, _ in found:
            removed[s:e] = b"\1" * (e - s)
        gold = bytearray(len(text))
        for sp in row["spans"]:
            kind = sp["kind"]
            total[kind] += 1
            chars = [i for i in range(sp["start"], sp["end"]) if text[i].isalnum()]
            gone = sum(removed[i] for i in chars)
            gold[sp["start"]:sp["end"]] = b"\1" * (sp["end"] - sp["start"])
            if chars and gone == len(chars):
                caught[kind] += 1
            else:
                partial[kind] += bool(gone)
                failures.append(("missed" if not gone else "partial", kind, text[sp["start"]:sp["end"]], text))
        for m in _WORD.finditer(text):
            if any(gold[m.start():m.end()]):
                continue
            words_all += 1
            if not any(removed[m.start():m.end()]):
                words_kept += 1
            else:
                failures.append(("over", "word", m.group(), text))
        output = _apply(text, found)
        for word in row.get("keep", []):
            keep_all += 1
            if output.count(word) >= text.count(word):
                keep_ok += 1
            else:
                failures.append(("lost", "keep", word, text))
    if show:
        for f in failures:
            print(f"  {f[0]:8} {f[1]:9} {f[2]!r:40} in {f[3]!r}")
    return {"caught": caught, "partial": partial, "total": total, "kept": (words_kept, words_all),
            "keep": (keep_ok, keep_all), "n": len(rows)}


def report(name: str, r: dict) -> None:
    print(f"\n{name}: {r['n']} messages")
    print(f"  {'kind':10} {'spans':>5} {'caught':>7} {'partial':>7} {'recall':>7}")
    for kind in KINDS:
        t = r["total"][kind]
        if t:
            flag = "" if r["caught"][kind] / t >= 0.98 else "  < 0.98"
            print(f"  {kind:10} {t:5} {r['caught'][kind]:7} {r['partial'][kind]:7} {r['caught'][kind] / t:7.3f}{flag}")
    t = sum(r["total"].values())
    if t:
        print(f"  {'all':10} {t:5} {sum(r['caught'].values()):7} {sum(r['partial'].values()):7} "
              f"{sum(r['caught'].values()) / t:7.3f}")
    k, a = r["kept"]
    print(f"  non-identifying words kept: {k}/{a} = {k / max(a, 1):.3f}")
    k, a = r["keep"]
    print(f"  keep words verbatim: {k}/{a} = {k / max(a, 1):.3f}")


_ENTITY = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\{[^}]*\}")


def nlu_examples() -> list[str]:
    """The project's NLU training examples (no identifiers in them), entity markup removed."""
    out = []
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith("- ") and not stripped.startswith(("- intent:", "- synonym:", "- regex:", "- lookup:")):
                out.append(_ENTITY.sub(lambda m: m.group(1) or m.group(2), stripped[2:]))
    return out


def false_positives(show: bool, rules_only: bool) -> None:
    spans_of = _spans_fn(rules_only)
    examples = nlu_examples()
    changed = [(t, _apply(t, spans_of(t))) for t in examples]
    changed = [(t, r) for t, r in changed if r != t]
    print(f"\nfalse positives on the project's NLU examples (data/nlu/*.yml, no identifiers): "
          f"{len(changed)} of {len(examples)} changed")
    if show:
        for t, r in changed:
            print(f"  {t!r} -> {r!r}")


def speed(rows: list[dict], rules_only: bool) -> None:
    spans_of = _spans_fn(rules_only)
    texts = [r["text"] for r in rows]
    for t in texts:
        spans_of(t)  # warm caches as a running gateway would have them
    times = []
    for t in texts:
        start = time.process_time()
        for _ in range(5):
            spans_of(t)
        times.append((time.process_time() - start) / 5)
    joined = " ".join(texts)

    def per_call(text: str, n: int) -> float:
        start = time.process_time()
        for _ in range(n):
            spans_of(text)
        return (time.process_time() - start) / n

    times.sort()
    print(f"\nspeed (CPU, {len(texts)} team messages, mean {statistics.mean(len(t) for t in texts):.0f} characters): "
          f"mean {statistics.mean(times) * 1000:.3f} ms, p99 {times[int(0.99 * (len(times) - 1))] * 1000:.3f} ms, "
          f"max {times[-1] * 1000:.3f} ms per message; {per_call(joined[:300], 100) * 1000:.3f} ms for 300 characters, "
          f"{per_call(joined[:1600], 20) * 1000:.3f} ms for 1,600 characters")


def memory(rules_only: bool) -> None:
    tracemalloc.start()
    start = time.perf_counter()
    from bot.privacy.gazetteer import gazetteer

    spans_of = _spans_fn(rules_only)
    spans_of("me llamo Ana")
    seconds = time.perf_counter() - start
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    g = gazetteer()
    line = (f"memory: {current / 1e6:.1f} MB held after import and first call (peak {peak / 1e6:.1f} MB while loading), "
            f"gazetteer arrays {g.nbytes() / 1e6:.2f} MB for {len(g)} words")
    if not rules_only:
        from bot.privacy.redaction import ADDRESS_TAGGER, TAGGER

        line += f", tagger {len(TAGGER.weights)} features, address tagger {len(ADDRESS_TAGGER.weights)}"
    print(line + f"; load {seconds:.2f} s (under tracemalloc)")


def team_sets() -> list[tuple[str, list[dict]]]:
    sets = []
    for path in sorted(DEV.parent.glob("redaction_dev*.*")):
        rows = parse_markup(path) if path.suffix == ".txt" else load_jsonl(path)
        sets.append((path.relative_to(ROOT).as_posix(), rows))
    return sets


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", metavar="SET", help="print each miss of this team set (a path or 'nlu'; never a blind set)")
    ap.add_argument("--no-blind", action="store_true")
    ap.add_argument("--train", action="store_true", help="also report the training set (reference only)")
    ap.add_argument("--rules-only", action="store_true", help="measure the rules without the tagger (for comparison)")
    args = ap.parse_args()
    memory(args.rules_only)
    print("detector: " + ("rules only" if args.rules_only else "rules + tagger"))
    team = team_sets()
    if args.train:
        team.append((TRAIN.relative_to(ROOT).as_posix(), load_jsonl(TRAIN)))
    for name, rows in team:
        report(f"team set {name}", score(rows, args.show == name, args.rules_only))
    if not args.no_blind:
        files = sorted(BLIND.glob("redaction_*.jsonl")) if BLIND.exists() else []
        if not files:
            print(f"\nblind set: no {BLIND.relative_to(ROOT)}/redaction_*.jsonl yet; skipped")
        allrows = []
        for path in files:
            rows = load_jsonl(path)
            allrows += rows
            report(f"blind set {path.name}", score(rows, False, args.rules_only))
        writers = defaultdict(list)
        for row in allrows:
            writers[row.get("writer", "?")].append(row)
        if len(writers) > 1:
            for writer, rows in sorted(writers.items()):
                report(f"blind sets, writer {writer}", score(rows, False, args.rules_only))
        if len(files) > 1:
            report("blind sets pooled", score(allrows, False, args.rules_only))
    false_positives(args.show == "nlu", args.rules_only)
    speed([row for name, rows in team if "train" not in name for row in rows], args.rules_only)


if __name__ == "__main__":
    main()
