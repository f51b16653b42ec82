#!/usr/bin/env python3
"""Recall per kind of identifying detail, words kept, speed and memory of bot.privacy.redaction.

    OMP_NUM_THREADS=1 .venv/bin/python bench/redaction.py [--show] [--no-blind]

Sets:
- bench/data/redaction_dev.txt: the development set, written by the redaction engineer
  (markup: [[kind:text]] identifying spans, {{word}} words that must survive);
- bench/data/blind/redaction_*.jsonl: blind sets written by helpers who never read the
  redaction code ({"id","lang","text","spans":[{"start","end","kind"}],"keep":[...],
  "writer"}); a missing file is skipped with a message. Only aggregates are printed for
  blind sets, never their text.

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
Speed: CPU time of redact() per message over the dev set (mean, p99) and on a
300-character message; memory: bytes allocated by importing the module and loading the
gazetteer (tracemalloc), and the gazetteer's own arrays.
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


def score(rows: list[dict], show: bool) -> dict:
    from bot.privacy.redaction import redact, redact_spans

    caught, partial, total = Counter(), Counter(), Counter()
    words_kept = words_all = keep_ok = keep_all = 0
    failures = []
    for row in rows:
        text = row["text"]
        removed = bytearray(len(text))
        for s, e, _ in redact_spans(text, row.get("lang")):
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
        output = redact(text, row.get("lang"))
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
            print(f"  {kind:10} {t:5} {r['caught'][kind]:7} {r['partial'][kind]:7} {r['caught'][kind] / t:7.3f}")
    t = sum(r["total"].values())
    if t:
        print(f"  {'all':10} {t:5} {sum(r['caught'].values()):7} {sum(r['partial'].values()):7} "
              f"{sum(r['caught'].values()) / t:7.3f}")
    k, a = r["kept"]
    print(f"  non-identifying words kept: {k}/{a} = {k / max(a, 1):.3f}")
    k, a = r["keep"]
    print(f"  keep words verbatim: {k}/{a} = {k / max(a, 1):.3f}")


def speed(rows: list[dict]) -> None:
    from bot.privacy.redaction import redact

    texts = [r["text"] for r in rows]
    for t in texts:
        redact(t)  # warm caches as a running gateway would have them
    times = []
    for t in texts:
        start = time.process_time()
        for _ in range(20):
            redact(t)
        times.append((time.process_time() - start) / 20)
    long = (" ".join(texts))[:300]
    start = time.process_time()
    for _ in range(200):
        redact(long)
    per_long = (time.process_time() - start) / 200
    times.sort()
    print(f"\nspeed (CPU): mean {statistics.mean(times) * 1000:.3f} ms, p99 {times[int(0.99 * (len(times) - 1))] * 1000:.3f} ms"
          f" per dev message; {per_long * 1000:.3f} ms for a 300-character message")


def memory() -> None:
    tracemalloc.start()
    start = time.perf_counter()
    from bot.privacy.gazetteer import gazetteer
    from bot.privacy.redaction import redact

    redact("me llamo Ana")
    seconds = time.perf_counter() - start
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    g = gazetteer()
    print(f"memory: {current / 1e6:.1f} MB held after import and first call (peak {peak / 1e6:.1f} MB while loading), "
          f"gazetteer arrays {g.nbytes() / 1e6:.2f} MB for {len(g)} words; load {seconds:.2f} s (under tracemalloc)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print each miss of the dev set (never of blind sets)")
    ap.add_argument("--no-blind", action="store_true")
    args = ap.parse_args()
    memory()
    dev = parse_markup(DEV)
    report(f"dev set ({DEV.relative_to(ROOT)})", score(dev, args.show))
    if not args.no_blind:
        files = sorted(BLIND.glob("redaction_*.jsonl")) if BLIND.exists() else []
        if not files:
            print(f"\nblind set: no {BLIND.relative_to(ROOT)}/redaction_*.jsonl yet; skipped")
        allrows = []
        for path in files:
            rows = load_jsonl(path)
            allrows += rows
            report(f"blind set {path.name}", score(rows, False))
        if len(files) > 1:
            report("blind sets together", score(allrows, False))
        writers = defaultdict(list)
        for row in allrows:
            writers[row.get("writer", "?")].append(row)
    speed(dev)


if __name__ == "__main__":
    main()
