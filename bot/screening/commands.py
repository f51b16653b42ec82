"""`hotline screen`: JSON Lines in, JSON Lines out, one result per input line.

    echo '{"lang": "es", "messages": ["me tienen encerrada"]}' | hotline screen

Input line: {"lang": "es", "messages": ["...", ...], "age": 15?, "answers": {...}?}.
Output line: {"risk_level": ..., "indicators": [{"id": ..., "span": ...}], "rule": ...}
(with --full: the whole ScreeningResult.to_dict()). A line that cannot be screened gives
{"error": ..., "line": N} in its place and the command exits 1 at the end. Blank input
lines are skipped. Spans are redacted; nothing is logged.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from bot.screening.detector import DetectorUnavailable, detector
from bot.screening.engine import screen


def _request(raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ValueError("each line must be a JSON object")
    lang = raw.get("lang")
    messages = raw.get("messages")
    if not isinstance(lang, str) or not lang:
        raise ValueError('"lang" must be a non-empty string')
    if not isinstance(messages, list) or not all(isinstance(m, str) for m in messages):
        raise ValueError('"messages" must be a list of strings')
    age = raw.get("age")
    if age is not None and (isinstance(age, bool) or not isinstance(age, int)):
        raise ValueError('"age" must be an integer')
    answers = raw.get("answers")
    if answers is not None and (not isinstance(answers, dict)
                                or not all(isinstance(v, (str, bool)) or v is None for v in answers.values())):
        raise ValueError('"answers" must be an object of strings or booleans')
    return {"messages": messages, "lang": lang, "age": age, "answers": answers}


def run(stdin: TextIO, stdout: TextIO, full: bool = False) -> int:
    status = 0
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            result = screen(**_request(json.loads(line)))
        except (ValueError, TypeError, RecursionError) as exc:  # JSONDecodeError is a ValueError
            status = 1
            out: dict[str, Any] = {"error": f"{type(exc).__name__}: {exc}", "line": number}
        else:
            out = result.to_dict() if full else {
                "risk_level": result.risk_level,
                "indicators": [{"id": m.id, "span": m.span} for m in result.indicators],
                "rule": result.rule,
            }
        stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        stdout.flush()
    return status


def handler(args: argparse.Namespace) -> int:
    try:
        detector()  # no screening without its model: say so once, before reading input
    except DetectorUnavailable as exc:
        print(f"hotline screen: {exc}", file=sys.stderr)
        return 2
    return run(sys.stdin, sys.stdout, full=args.full)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("screen", help="trafficking screening of JSON Lines conversations (stdin -> stdout)")
    p.add_argument("--full", action="store_true", help="print the whole result (age band, needs, weights)")
    p.set_defaults(func=handler)
