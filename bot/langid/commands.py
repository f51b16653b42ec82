"""`hotline langid`: one language tag per input line."""
from __future__ import annotations

import argparse
import sys

from bot.langid import identify_with_confidence


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "langid",
        help="identify the language of each line on stdin",
        description="Reads lines on stdin, writes one tag per line on stdout ('und' when unsure).",
    )
    p.add_argument("--confidence", action="store_true", help="also print the confidence, tab-separated")
    p.set_defaults(func=handler)


def handler(args: argparse.Namespace) -> int:
    for line in sys.stdin:
        tag, conf = identify_with_confidence(line.rstrip("\n"))
        sys.stdout.write(f"{tag}\t{conf:.3f}\n" if args.confidence else f"{tag}\n")
        sys.stdout.flush()
    return 0
