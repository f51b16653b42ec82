"""The `hotline` command. Each feature adds its subcommands from its own module."""
from __future__ import annotations

import argparse
import importlib
import sys

# Modules exposing `register(subparsers)`; a feature not built yet is skipped.
COMMAND_MODULES = (
    "bot.supervisor",
    "bot.cluster",
    "bot.gateway.commands",
    "bot.i18n.commands",
    "bot.langid.commands",
    "bot.screening.commands",
    "bot.privacy.commands",
    "bot.channels.commands",
    "services.commands",
    "bot.console.commands",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hotline", description="hotline-triage tools")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
