"""The Rasa command lines carry no secret (argv is readable by every user: `ps`); Rasa gets its
JWT secret whole from a private file, even one starting with "-"; the other processes get only
the secrets they need; nothing printed at start-up is a secret."""
from __future__ import annotations

import argparse
import stat
import time
from pathlib import Path

import pytest

from bot.cluster import Cluster
from bot.settings import Settings
from bot.supervisor import Stack, banner, child_env
from rasa_addons.launch import rasa_argv


def _parsed(argv: list[str]) -> argparse.Namespace:
    # Parsed the way Rasa's argparse does: "--jwt-secret -x" would be an error.
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("-t", "--auth-token")
    parser.add_argument("--jwt-secret")
    parser.add_argument("--jwt-method")
    known, _ = parser.parse_known_args(argv[1:])
    assert known.auth_token is None and known.jwt_method == "HS256"
    return known


def _rasa_commands(tmp_path: Path, secret: str) -> list[list[str]]:
    settings = Settings(data_dir=tmp_path, rasa_token=secret).resolved()
    cluster = Cluster(settings, log_dir=tmp_path / "logs")
    return [Stack(settings, 5005, 5055, 8000).commands()["rasa"],
            *[cmd for name, cmd in cluster.commands().items() if name.startswith("rasa")]]


def test_no_rasa_command_line_carries_the_secret_and_rasa_still_gets_it_whole(tmp_path: Path) -> None:
    secret = "-Lx9_" + "t" * 38  # token_urlsafe may start with "-"
    commands = _rasa_commands(tmp_path, secret)
    assert len(commands) == 3
    for cmd in commands:
        assert not any(secret in arg for arg in cmd), cmd
        assert cmd[1:3] == ["-m", "rasa_addons.launch"]
        secret_file = Path(cmd[cmd.index("--jwt-secret-file") + 1])
        assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
        argv = rasa_argv(cmd[3:])  # what Rasa's own parser is handed, in memory
        assert argv[1] == "run" and _parsed(argv).jwt_secret == secret


@pytest.mark.parametrize("name", ["rasa", "actions", "rasa-2", "actions-1"])
def test_rasa_and_the_action_servers_get_none_of_the_gateways_secrets(name: str) -> None:
    env = {"HOTLINE_SECRET_KEY": "k", "HOTLINE_OPERATOR_TOKEN": "o", "HOTLINE_RASA_TOKEN": "r",
           "HOTLINE_HANDLE_KEYS": "h", "HOTLINE_SIMULATOR_TOKEN": "s", "TWILIO_AUTH_TOKEN": "t",
           "TWILIO_ACCOUNT_SID": "AC", "HOTLINE_NLG_TOKEN": "n", "HOTLINE_DATABASE_URL": "sqlite:///x",
           "HOTLINE_TRACKER_DB_URL": "sqlite:///y", "PATH": "/usr/bin"}
    got = child_env(name, env)
    assert not {"HOTLINE_SECRET_KEY", "HOTLINE_OPERATOR_TOKEN", "HOTLINE_RASA_TOKEN", "HOTLINE_HANDLE_KEYS",
                "HOTLINE_SIMULATOR_TOKEN", "TWILIO_AUTH_TOKEN", "TWILIO_ACCOUNT_SID"} & set(got)
    if name.startswith("rasa"):  # Rasa calls the NLG endpoint and keeps the tracker
        assert got["HOTLINE_NLG_TOKEN"] == "n" and "HOTLINE_TRACKER_DB_URL" in got and "HOTLINE_DATABASE_URL" not in got
    else:  # the action server reads the directory
        assert "HOTLINE_NLG_TOKEN" not in got and got["HOTLINE_DATABASE_URL"] == "sqlite:///x"
    assert child_env("gateway-1", env) == env


def test_the_start_up_banner_says_where_the_operator_token_is_not_what_it_is(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path).resolved()
    text = banner(Stack(settings, 5005, 5055, 8000), settings)
    assert settings.operator_token not in text and str(tmp_path / "operator_token") in text
    for secret in (settings.secret_key, settings.rasa_token, settings.nlg_token, settings.simulator_token):
        assert secret not in text


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
