"""Runs Rasa, the action server and the gateway together (`hotline run`, used by make run
and by the integration tests), waits until all are healthy, and stops them all on Ctrl-C."""
from __future__ import annotations

from collections.abc import Callable

import argparse
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bot.privacy import keyfile
from bot.privacy.datakeys import new_master
from bot.privacy.purge import DailyPurge
from bot.rasa_auth import RasaAuth
from bot.settings import REPO_ROOT, Settings

RASA_BIN = Settings().rasa_bin  # HOTLINE_RASA_BIN
RASA_PYTHON = RASA_BIN.parent / "python"
MODEL = REPO_ROOT / "models" / "hotline.tar.gz"
HOST = "127.0.0.1"


# Secrets each kind of process does without: Rasa renders nothing itself and never sees an
# address; the action server reads only the directory. Neither gets the pseudonym key, the
# operator token, the handle keys or Twilio's credentials (nor Rasa's JWT secret: a file).
_SECRETS = ("HOTLINE_SECRET_KEY", "HOTLINE_OPERATOR_TOKEN", "HOTLINE_RASA_TOKEN", "HOTLINE_HANDLE_KEYS",
            "HOTLINE_SIMULATOR_TOKEN", "HOTLINE_DATA_KEYS")
_NOT_FOR = {"rasa": _SECRETS + ("HOTLINE_DATABASE_URL",), "actions": _SECRETS + ("HOTLINE_NLG_TOKEN",)}


def child_env(name: str, env: dict[str, str]) -> dict[str, str]:
    """The environment of process `name` ("rasa-2" is a "rasa"): only the secrets it needs."""
    drop = _NOT_FOR.get(name.split("-")[0], ())
    return {k: v for k, v in env.items() if k not in drop and not (drop and k.startswith("TWILIO_"))}


@dataclass
class Stack:
    settings: Settings  # resolved: secrets present, paths absolute
    rasa_port: int = 5005
    actions_port: int = 5055
    gateway_port: int = 8000
    model: Path = MODEL
    log_dir: Path | None = None  # None: children write to this terminal
    extra_env: dict[str, str] = field(default_factory=dict)
    procs: dict[str, subprocess.Popen] = field(default_factory=dict)

    @property
    def gateway_url(self) -> str:
        return f"http://{HOST}:{self.gateway_port}"

    @property
    def rasa_url(self) -> str:
        return f"http://{HOST}:{self.rasa_port}"

    @property
    def actions_url(self) -> str:
        return f"http://{HOST}:{self.actions_port}"

    def env(self) -> dict[str, str]:
        s = self.settings
        tracker_url = s.tracker_db_url or ""
        env = dict(os.environ)
        env.update({
            "HOTLINE_DATA_DIR": str(s.data_dir),
            "HOTLINE_DATABASE_URL": s.database_url or "",
            "HOTLINE_TRACKER_DB_URL": tracker_url,
            "HOTLINE_TRACKER_DIALECT": tracker_url.split(":", 1)[0].split("+", 1)[0],
            # Where Rasa's tracker store finds its master key (a path; only Rasa reads the file).
            "HOTLINE_TRACKER_KEY_FILE": str(self.tracker_key_file()),
            "HOTLINE_RASA_URL": self.rasa_url,
            "HOTLINE_RASA_TOKEN": s.rasa_token or "",
            "HOTLINE_ACTIONS_URL": self.actions_url,
            "HOTLINE_ACTIONS_WEBHOOK": f"{self.actions_url}/webhook",
            "HOTLINE_NLG_URL": f"{self.gateway_url}/nlg",
            "HOTLINE_NLG_TOKEN": s.nlg_token or "",
            # make run is the one place the simulator is on by default: a development machine,
            # the gateway on loopback. Requests through a proxy still need the simulator token.
            "HOTLINE_SIMULATOR": os.environ.get("HOTLINE_SIMULATOR", "true"),
            "SANIC_HOST": HOST,  # the action server listens on loopback only
            "RASA_TELEMETRY_ENABLED": "false",
            "TF_CPP_MIN_LOG_LEVEL": "2",
            "PYTHONUNBUFFERED": "1",
        })
        env.update(self.extra_env)
        return env

    def commands(self) -> dict[str, list[str]]:
        py = sys.executable
        return {
            "rasa": RasaAuth.rasa_run(str(RASA_PYTHON), str(self.jwt_secret_file()),
                                      "--enable-api", "-i", HOST, "-p", str(self.rasa_port), "-m", str(self.model),
                                      "--endpoints", "endpoints.yml", "--credentials", "credentials.yml"),
            "actions": [py, "-m", "rasa_sdk", "--actions", "actions", "-p", str(self.actions_port)],
            "gateway": [py, "-m", "uvicorn", "bot.gateway.app:create_app", "--factory", "--host", HOST,
                        "--port", str(self.gateway_port), "--no-access-log"],
        }

    def tracker_key_file(self) -> Path:
        """The master key of Rasa's tracker store (rasa_addons/tracker_store.py), made once here
        so that every Rasa replica reads the same one."""
        path = self.settings.data_dir / "tracker_keys"
        if not path.exists():
            keyfile.create(path, new_master)
        return path

    def jwt_secret_file(self) -> Path:
        """Rasa's JWT secret in a private file for rasa_addons.launch (never in argv or env)."""
        path = self.settings.data_dir / "run" / "rasa_jwt_secret"
        path.parent.mkdir(mode=0o700, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(self.settings.rasa_token or "")
        return path

    def start(self, *names: str) -> None:
        cmds = self.commands()
        env = self.env()
        for name in names or tuple(cmds):
            out = None
            if self.log_dir:
                self.log_dir.mkdir(parents=True, exist_ok=True)
                out = open(self.log_dir / f"{name}.log", "ab")  # noqa: SIM115
            # Own session: Ctrl-C reaches the supervisor, which stops children in order.
            self.procs[name] = subprocess.Popen(cmds[name], cwd=REPO_ROOT, env=child_env(name, env), stdout=out,
                                                stderr=subprocess.STDOUT if out else None,
                                                start_new_session=True)

    def stop(self, *names: str, timeout: float = 15.0) -> None:
        targets = [n for n in (names or tuple(self.procs)) if n in self.procs]
        for name in targets:
            proc = self.procs[name]
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for name in targets:
            proc = self.procs.pop(name)
            try:
                proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()

    def dead(self) -> list[str]:
        return [n for n, p in self.procs.items() if p.poll() is not None]

    def wait_healthy(self, timeout: float = 300.0) -> dict:
        deadline = time.monotonic() + timeout
        last: dict = {}
        while time.monotonic() < deadline:
            if dead := self.dead():
                raise RuntimeError(f"process exited during start-up: {', '.join(dead)}")
            try:
                resp = httpx.get(f"{self.gateway_url}/healthz", timeout=3.0)
                last = resp.json()
                if resp.status_code == 200:
                    return last
            except (httpx.HTTPError, ValueError):
                pass
            time.sleep(0.5)
        raise TimeoutError(f"not healthy after {timeout:.0f}s: {last}")


def banner(stack: Stack, settings: Settings) -> str:
    """What `hotline run` prints when everything is up: where things are, never a secret."""
    return (
        "\nhotline-triage is up:\n"
        f"  phone simulator   {stack.gateway_url}/simulator\n"
        f"  health            {stack.gateway_url}/healthz\n"
        f"  operator API      {stack.gateway_url}/api/handoffs  (Authorization: Bearer <token>)\n"
        f"  operator console  {stack.gateway_url}/console  (accounts: hotline operators add)\n"
        f"  OpenAPI schema    {stack.gateway_url}/openapi.json\n"
        f"  Rasa              {stack.rasa_url}\n"
        f"  action server     {stack.actions_url}\n"
        f"  operator token    {token_source(settings)}\n"
        f"  data dir          {settings.data_dir}\n"
        "Press Ctrl-C to stop.")


def token_source(settings: Settings) -> str:
    """Where the operator token is: a secret is never printed (terminals are logged and shared)."""
    if Settings().operator_token:  # given by environment (resolved settings always have one)
        return "from HOTLINE_OPERATOR_TOKEN"
    return f"in {settings.data_dir / 'operator_token'}"


def wait_up(stack: Stack, stopping: Callable[[], bool]) -> bool:
    """Waits until every part is healthy (True) or Ctrl-C comes first (False)."""
    while not stopping():
        try:
            stack.wait_healthy(timeout=1.0)
            return True
        except TimeoutError:
            continue
    return False


def watch(stack: Stack, stopping: Callable[[], bool]) -> int:
    """Until Ctrl-C: 0; 1 as soon as a process dies (the caller then stops everything)."""
    while not stopping():
        if dead := stack.dead():
            print(f"{', '.join(dead)} stopped unexpectedly; stopping everything.", file=sys.stderr)
            return 1
        time.sleep(0.5)
    return 0


def run(args: argparse.Namespace) -> int:
    settings = Settings(**({"data_dir": args.data_dir} if args.data_dir else {})).resolved()
    if not MODEL.exists():
        print(f"No trained model at {MODEL}. Run `make train` (or `make run`).", file=sys.stderr)
        return 1
    if not RASA_BIN.exists():
        print(f"Rasa is not installed at {RASA_BIN}. Run `make setup`.", file=sys.stderr)
        return 1
    stack = Stack(settings, args.rasa_port, args.actions_port, args.gateway_port)
    stopping = False

    def _stop(_sig: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    print("Starting Rasa, the action server and the gateway…", flush=True)
    stack.start()
    purger = DailyPurge(settings)  # retention: once when up, then every 24 hours
    try:
        if wait_up(stack, lambda: stopping):
            print(banner(stack, settings), flush=True)
            purger.start()
        return watch(stack, lambda: stopping)
    except RuntimeError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    finally:
        print("Stopping…", flush=True)
        purger.stop()
        stack.stop()


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="start Rasa, the action server and the gateway")
    p.add_argument("--data-dir", type=Path, default=None)
    p.add_argument("--rasa-port", type=int, default=5005)
    p.add_argument("--actions-port", type=int, default=5055)
    p.add_argument("--gateway-port", type=int, default=8000)
    p.set_defaults(func=run)
