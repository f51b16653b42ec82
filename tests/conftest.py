from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from bot.settings import REPO_ROOT, Settings, clear_settings_cache
from bot.supervisor import MODEL, RASA_BIN, Stack
from tests.fake_twilio import FakeTwilio
from tests.markers import add_markers, check_fixture_setup, starts


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    add_markers(items)  # rasa, postgres, ..., integration: from the fixtures each test uses


@pytest.hookimpl(tryfirst=True)
def pytest_fixture_setup(fixturedef: pytest.FixtureDef, request: pytest.FixtureRequest) -> None:
    check_fixture_setup(fixturedef, request)


class SettingsEnv:
    """Environment variables for one test. Settings are read once per process (cached), so each
    change forgets them all: whatever reads them next sees the new value."""

    def __init__(self, patch: pytest.MonkeyPatch) -> None:
        self._patch = patch

    def setenv(self, name: str, value: str) -> None:
        self._patch.setenv(name, value)
        clear_settings_cache()

    def delenv(self, name: str) -> None:
        self._patch.delenv(name, raising=False)
        clear_settings_cache()


@pytest.fixture
def settings_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[SettingsEnv]:
    """The one reset point of the cached settings, for a test that changes the environment."""
    clear_settings_cache()
    yield SettingsEnv(monkeypatch)
    clear_settings_cache()  # monkeypatch puts the variables back next: read afresh from then on


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
@starts("twilio_fake")
def fake_twilio() -> Iterator[FakeTwilio]:
    """A local fake of Twilio's REST API; the gateway's Twilio client points at it."""
    from bot.channels.commands import load_texts

    fake = FakeTwilio().start()
    fake.seed_templates({lang: load_texts()["templates"][lang] for lang in ("es", "en")})
    try:
        yield fake
    finally:
        fake.stop()


def twilio_env(fake: FakeTwilio, gateway_url: str) -> dict[str, str]:
    return {"TWILIO_AUTH_TOKEN": fake.auth_token, "TWILIO_ACCOUNT_SID": fake.account_sid,
            "TWILIO_SMS_FROM": "+15005550006", "TWILIO_WHATSAPP_FROM": "whatsapp:+14155238886",
            "TWILIO_API_BASE_URL": fake.url, "TWILIO_RETRY_BASE": "0.1", "PUBLIC_BASE_URL": gateway_url,
            "TWILIO_CONTENT_API_BASE_URL": fake.url,
            "TWILIO_WHATSAPP_TEMPLATES": ",".join(f"{lang}:{sid}" for lang, sid in fake.templates.items())}


@contextmanager
def running_stack(data_dir: Path, fake: FakeTwilio) -> Iterator[Stack]:
    """Rasa with the trained model, the action server and the gateway on free ports, until the end."""
    assert MODEL.exists(), f"no trained model at {MODEL}: run `make train`"
    settings = Settings(data_dir=data_dir).resolved()
    s = Stack(settings, rasa_port=free_port(), actions_port=free_port(), gateway_port=free_port(),
              log_dir=data_dir / "logs")
    s.extra_env.update(twilio_env(fake, s.gateway_url))
    s.start()
    try:
        s.wait_healthy(timeout=300)
        yield s
    finally:
        s.stop()


def gateway_clients(stack: Stack) -> Iterator[httpx.Client]:
    """The person's side of `stack` (simulator, health); a fixture at any scope."""
    with httpx.Client(base_url=stack.gateway_url, timeout=30.0) as client:
        yield client


def operator_clients(stack: Stack) -> Iterator[httpx.Client]:
    """The operator API of `stack`, with the operator token."""
    headers = {"Authorization": f"Bearer {stack.settings.operator_token}"}
    with httpx.Client(base_url=stack.gateway_url, timeout=30.0, headers=headers) as client:
        yield client


@pytest.fixture(scope="session")
@starts("rasa")
def stack(tmp_path_factory: pytest.TempPathFactory, fake_twilio: FakeTwilio) -> Iterator[Stack]:
    """The real system shared by the session. Tests that stop a part of it start that part again
    and check the stack is healthy before the next file (tests/system/test_component_failures.py)."""
    with running_stack(tmp_path_factory.mktemp("hotline-data"), fake_twilio) as s:
        yield s


gateway = pytest.fixture(scope="session", name="gateway")(gateway_clients)
operator = pytest.fixture(scope="session", name="operator")(operator_clients)


@pytest.fixture(scope="session")
@starts("rasa")
def rasa_bin() -> Path:
    """Rasa's own command (.venv-rasa), for tests that run its CLI or load the model in its Python."""
    assert RASA_BIN.exists(), f"no Rasa at {RASA_BIN}: run `make setup`"
    assert MODEL.exists(), f"no trained model at {MODEL}: run `make train`"
    return RASA_BIN


@pytest.fixture(scope="session")
@starts("postgres")
def postgres_url() -> Iterator[str]:
    """A throw-away PostgreSQL server (scripts/postgres.sh installs it when missing). If it
    cannot be had, the tests that need it FAIL, never skip: PostgreSQL is a supported database."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.fail("psycopg is not installed: .venv/bin/pip install 'psycopg[binary]==3.3.9'")
    script = REPO_ROOT / "scripts" / "postgres.sh"
    datadir = Path(tempfile.mkdtemp(prefix="hotline-pg-"))
    started = subprocess.run(["bash", str(script), "start", str(datadir), str(free_port()), "hotline_test"],
                             capture_output=True, text=True, timeout=900)
    if started.returncode != 0:
        shutil.rmtree(datadir, ignore_errors=True)
        pytest.fail(f"could not start PostgreSQL with {script}:\n{started.stderr[-2000:]}")
    try:
        yield started.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run(["bash", str(script), "stop", str(datadir)], capture_output=True, text=True, timeout=120)
        shutil.rmtree(datadir, ignore_errors=True)
