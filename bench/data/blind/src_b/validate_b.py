"""Validate writer b's blind files: JSON, keys, labels, ids, coverage, redaction offsets.

Run from anywhere: python3 validate_b.py   (exits 1 and lists the problems if any)
"""
import json
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
BLIND = HERE.parent
REPO = BLIND.parents[2]
W = "b"
LEVELS = {"immediate", "priority", "refer", "info"}
CONV_LEVELS = LEVELS | {"stop", "edge"}
STYLES = {"plain", "short", "typo", "no_accents", "abbrev", "slang", "regional", "code_switch",
          "run_on", "indirect", "third_party", "hesitant", "formal", "caps", "emoji"}
KINDS = {"name", "handle", "address", "id_number", "phone", "email"}
LANGS = {"en", "fr", "es"}
CONV_LANGS = LANGS | {"ay", "quc", "nah"}
EXPECT_KEYS = {"handoff", "reply_lang", "must_mention_any", "must_not_mention", "erased"}
problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def load(name):
    rows = []
    for n, line in enumerate((BLIND / name).read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            bad(f"{name}:{n}", f"invalid JSON ({exc})")
    return rows


def check_keys(name, row, keys, where):
    if set(row) != keys:
        bad(where, f"keys {sorted(set(row) ^ keys)} differ in {name}")
    if row.get("writer") != W:
        bad(where, "writer is not b")


def unique_ids(name, rows):
    for i, count in Counter(r.get("id") for r in rows).items():
        if count > 1:
            bad(name, f"duplicate id {i}")


def screening():
    name = f"screening_{W}.jsonl"
    rows = load(name)
    unique_ids(name, rows)
    for r in rows:
        where = f"{name} {r.get('id')}"
        check_keys(name, r, {"id", "lang", "messages", "expected", "indicators", "note", "writer"}, where)
        if r["lang"] not in LANGS or r["expected"] not in LEVELS:
            bad(where, "lang or level")
        if not r["messages"] or not all(isinstance(m, str) and m.strip() for m in r["messages"]):
            bad(where, "messages")
        if not r["indicators"] or not r["note"]:
            bad(where, "indicators/note empty")
    return Counter((r["lang"], r["expected"]) for r in rows)


def nlu():
    name = f"nlu_{W}.jsonl"
    rows = load(name)
    domain = yaml.safe_load((REPO / "domain.yml").read_text(encoding="utf-8"))
    intents = set(domain["intents"]) - {"nlu_fallback"}
    for n, r in enumerate(rows, 1):
        where = f"{name}:{n}"
        check_keys(name, r, {"text", "lang", "intent", "style", "writer"}, where)
        if r["lang"] not in LANGS or r["intent"] not in intents or r["style"] not in STYLES:
            bad(where, f"label {r['lang']}/{r['intent']}/{r['style']}")
        if not r["text"].strip():
            bad(where, "empty text")
    for lang in LANGS:
        missing = intents - {r["intent"] for r in rows if r["lang"] == lang}
        if missing:
            bad(name, f"{lang} lacks {sorted(missing)}")
    dup = [t for t, c in Counter((r["lang"], r["text"].lower()) for r in rows).items() if c > 1]
    if dup:
        bad(name, f"duplicates {dup}")
    return Counter(r["lang"] for r in rows)


def conversations():
    name = f"conversations_{W}.jsonl"
    rows = load(name)
    unique_ids(name, rows)
    for r in rows:
        where = f"{name} {r.get('id')}"
        check_keys(name, r, {"id", "lang", "channel", "turns", "expect", "level", "note", "writer"}, where)
        if r["lang"] not in CONV_LANGS or r["level"] not in CONV_LEVELS or r["channel"] not in {"sms", "whatsapp"}:
            bad(where, "lang/level/channel")
        if not r["turns"] or not all(isinstance(t, str) and t.strip() for t in r["turns"]):
            bad(where, "turns")
        if any(len(t) > 1600 for t in r["turns"]):
            bad(where, "turn over 1,600 characters")
        e = r["expect"]
        if not e or set(e) - EXPECT_KEYS:
            bad(where, f"expect keys {sorted(e)}")
        if e.get("handoff", "none") not in {"immediate", "priority", "none"}:
            bad(where, "handoff value")
        if "reply_lang" in e and e["reply_lang"] not in LANGS | {"pt"}:
            bad(where, "reply_lang")
        for key in ("must_mention_any", "must_not_mention"):
            for s in e.get(key, []):
                if s != s.lower():
                    bad(where, f"{key} not lower case: {s}")
        if "erased" in e and not isinstance(e["erased"], bool):
            bad(where, "erased not a bool")
        if r["level"] == "stop" and e.get("erased") is not True:
            bad(where, "stop without erased")
        if r["level"] in {"immediate", "priority"} and e.get("handoff") != r["level"]:
            bad(where, "handoff differs from level")
    return Counter(r["level"] for r in rows), Counter(r["lang"] for r in rows)


def redaction():
    name = f"redaction_{W}.jsonl"
    rows = load(name)
    unique_ids(name, rows)
    for r in rows:
        where = f"{name} {r.get('id')}"
        check_keys(name, r, {"id", "lang", "text", "spans", "keep", "writer"}, where)
        text = r["text"]
        if r["lang"] not in LANGS:
            bad(where, "lang")
        last_end = -1
        for s in r["spans"]:
            if set(s) != {"start", "end", "kind"} or s["kind"] not in KINDS:
                bad(where, f"span {s}")
                continue
            if not 0 <= s["start"] < s["end"] <= len(text):
                bad(where, f"span out of range {s}")
            piece = text[s["start"]:s["end"]]
            if piece != piece.strip() or not piece:
                bad(where, f"span has edge whitespace: {piece!r}")
            if s["start"] < last_end:
                bad(where, "spans overlap or are unsorted")
            last_end = s["end"]
        for k in r["keep"]:
            starts = [i for i in range(len(text)) if text.startswith(k, i)]
            free = [i for i in starts if all(i + len(k) <= s["start"] or i >= s["end"] for s in r["spans"])]
            if not free:
                bad(where, f"keep {k!r} absent or only inside a span")
    return (Counter(r["lang"] for r in rows), Counter(s["kind"] for r in rows for s in r["spans"]))


if __name__ == "__main__":
    figures = {"screening": screening(), "nlu": nlu(), "conversations": conversations(), "redaction": redaction()}
    for k, v in figures.items():
        print(k, v)
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")
