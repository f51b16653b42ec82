"""The database layer the channel tests run on: a migrated SQLite file, copied for each test,
with conversation keys in the test's own directory (tests/bot/channels/test_queue.py has its
own `sessions`, on SQLite and PostgreSQL)."""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import sessionmaker

from bot.db.session import make_engine, make_sessionmaker, migrate
from bot.privacy import datakeys, handles


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("channels") / "template.db"
    migrate(f"sqlite:///{path}")
    return path


@pytest.fixture
def sessions(migrated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[sessionmaker]:
    monkeypatch.delenv(handles.ENV_KEYS, raising=False)
    monkeypatch.delenv(datakeys.ENV_MASTERS, raising=False)
    shutil.copy(migrated, tmp_path / "channels.db")
    engine = make_engine(f"sqlite:///{tmp_path / 'channels.db'}")
    yield make_sessionmaker(engine, datakeys.Vault(tmp_path))  # words are sealed with conversation keys
    engine.dispose()
