"""Shared fixtures for the console unit tests: the gateway app on a temporary data dir
(no Rasa needed: the console only reads and writes the gateway database)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bot.console import auth
from bot.gateway import store
from bot.gateway.app import create_app
from bot.settings import Settings
from tests.conftest import SettingsEnv

PASSWORD = "correct horse battery staple"


@pytest.fixture
def app(tmp_path: Path, settings_env: SettingsEnv):  # noqa: ANN201
    settings_env.delenv("HOTLINE_CONSOLE_TRUST_PROXY")
    settings = Settings(data_dir=tmp_path / "data", rasa_url="http://127.0.0.1:9", actions_url="http://127.0.0.1:9",
                        simulator=True).resolved()
    application = create_app(settings)
    with TestClient(application) as c:  # runs the lifespan: state, migrations
        application.state.test_client = c
        yield application


@pytest.fixture
def client(app) -> Iterator[TestClient]:  # noqa: ANN001
    yield app.state.test_client


def add_operator(app, username: str, role: str = "operator", languages: str = "es,en") -> None:  # noqa: ANN001
    with app.state.hotline.sessions() as db:
        auth.create_operator(db, username, PASSWORD, role, languages)
        db.commit()


def login_token(client: TestClient) -> str:
    page = client.get("/console/login")
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


def login(client: TestClient, username: str, password: str = PASSWORD):  # noqa: ANN201
    return client.post("/console/login", data={"csrf_token": login_token(client), "username": username,
                                               "password": password}, follow_redirects=False)


def csrf_of(client: TestClient) -> str:
    page = client.get("/console/queue")
    return re.search(r'data-csrf="([^"]+)"', page.text).group(1)


def open_handoff(app, key: str = "k1", language: str = "es", risk: str = "immediate",  # noqa: ANN001
                 text: str = "me tienen encerrada", channel: str = "whatsapp") -> int:
    with app.state.hotline.sessions() as db:
        conv = store.get_or_create_conversation(db, key, channel)
        conv.language = language
        handoff = store.create_or_raise_handoff(db, conv, "emergency", risk)
        store.add_message(db, key, "in", "person", text, handoff.id)
        db.commit()
        return handoff.id
