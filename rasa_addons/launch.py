"""Starts `rasa` with its JWT secret read from a file.

`rasa run --jwt-secret=…` puts the secret in the process's argv, which every user of the
machine can read (`ps`, /proc/<pid>/cmdline); an environment variable is inherited by whatever
Rasa starts. Here the secret is read from a private file (mode 0600) and handed to Rasa's own
argument parser in memory: the exec'd command line carries only the file's path.

    python -m rasa_addons.launch --jwt-secret-file PATH run --enable-api …
"""
from __future__ import annotations

import sys
from pathlib import Path

FLAG = "--jwt-secret-file"


def rasa_argv(argv: list[str]) -> list[str]:
    """The argv Rasa's parser sees: the file's content instead of the file flag."""
    if FLAG not in argv:
        return ["rasa", *argv]
    i = argv.index(FLAG)
    secret = Path(argv[i + 1]).read_text(encoding="utf-8").strip()
    if not secret:
        raise SystemExit(f"{FLAG}: {argv[i + 1]} is empty")
    # One argument: a secret starting with "-" would otherwise be taken for an option.
    return ["rasa", *argv[:i], *argv[i + 2:], f"--jwt-secret={secret}"]


def main() -> None:
    sys.argv = rasa_argv(sys.argv[1:])
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
