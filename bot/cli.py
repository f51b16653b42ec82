"""The `hotline` command. Each feature adds its subcommands from its own module."""
from __future__ import annotations

import argparse
import sys

from bot import cluster, supervisor
from bot.channels import commands as channel_commands
from bot.console import commands as console_commands
from bot.i18n import commands as i18n_commands
from bot.langid import commands as langid_commands
from bot.privacy import commands as privacy_commands
from bot.screening import commands as screening_commands
from services import commands as directory_commands

# Modules exposing `register(subparsers)`, in the order `hotline --help` lists them.
COMMAND_MODULES = (
    supervisor,
    cluster,
    i18n_commands,
    langid_commands,
    screening_commands,
    privacy_commands,
    channel_commands,
    directory_commands,
    console_commands,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hotline", description="hotline-triage tools")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
