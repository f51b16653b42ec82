"""The Rasa command lines survive any generated token (token_urlsafe may start with "-")."""
from __future__ import annotations

import argparse
from pathlib import Path

from bot.cluster import Cluster
from bot.settings import Settings
from bot.supervisor import Stack


def _auth_token(cmd: list[str]) -> str:
    # Parsed the way Rasa's argparse does: "--auth-token -x" would be an error.
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("-t", "--auth-token")
    known, _ = parser.parse_known_args(cmd[2:])
    return known.auth_token


def test_a_token_starting_with_a_dash_reaches_rasa_whole(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, rasa_token="-Lx9_token").resolved()
    assert _auth_token(Stack(settings, 5005, 5055, 8000).commands()["rasa"]) == "-Lx9_token"
    cluster = Cluster(settings, log_dir=tmp_path / "logs")
    rasa = [cmd for name, cmd in cluster.commands().items() if name.startswith("rasa")]
    assert rasa and all(_auth_token(cmd) == "-Lx9_token" for cmd in rasa)
