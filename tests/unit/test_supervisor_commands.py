"""The Rasa command lines survive any generated secret (token_urlsafe may start with "-"), and
Rasa is given the JWT secret, never an --auth-token (which travels in URLs)."""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import pytest

from bot.cluster import Cluster
from bot.settings import Settings
from bot.supervisor import Stack


def _auth_token(cmd: list[str]) -> str:
    # Parsed the way Rasa's argparse does: "--jwt-secret -x" would be an error.
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("-t", "--auth-token")
    parser.add_argument("--jwt-secret")
    parser.add_argument("--jwt-method")
    known, _ = parser.parse_known_args(cmd[2:])
    assert known.auth_token is None and known.jwt_method == "HS256"
    return known.jwt_secret


def test_a_token_starting_with_a_dash_reaches_rasa_whole(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, rasa_token="-Lx9_token").resolved()
    assert _auth_token(Stack(settings, 5005, 5055, 8000).commands()["rasa"]) == "-Lx9_token"
    cluster = Cluster(settings, log_dir=tmp_path / "logs")
    rasa = [cmd for name, cmd in cluster.commands().items() if name.startswith("rasa")]
    assert rasa and all(_auth_token(cmd) == "-Lx9_token" for cmd in rasa)


def test_rasa_calls_carry_a_signed_short_lived_token_not_the_secret() -> None:
    import jwt

    from bot.rasa_auth import JWT_LIFETIME, RasaAuth

    secret = "-Lx9_" + "s" * 40  # generated secrets are 43 characters (token_urlsafe(32))
    auth = RasaAuth(secret)
    header = auth.header()["Authorization"]
    assert header.startswith("Bearer ") and secret not in header
    claims = jwt.decode(header.removeprefix("Bearer "), secret, algorithms=["HS256"])
    assert claims["user"]["role"] == "admin"  # what Rasa's API asks of a caller that is not the sender
    assert 0 < claims["exp"] - time.time() <= JWT_LIFETIME
    assert auth.header()["Authorization"] == header  # reused until half its life is gone
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(header.removeprefix("Bearer "), secret[::-1], algorithms=["HS256"])
