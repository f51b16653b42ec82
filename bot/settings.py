"""Runtime settings, from HOTLINE_* environment variables.

Secrets that are not given are generated once and kept in the data dir, so a
restart keeps pseudonyms stable and operators keep their token.
"""
from __future__ import annotations

import os
import secrets
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HOTLINE_", extra="ignore")

    data_dir: Path = Path("./var")
    database_url: str | None = None
    operator_token: str | None = None
    secret_key: str | None = None

    rasa_url: str = "http://127.0.0.1:5005"
    rasa_token: str | None = None
    # Bearer token Rasa sends with each NLG call (endpoints.yml): the NLG route stores numbered
    # menus per conversation, so only Rasa may call it, even where nginx exposes it.
    nlg_token: str | None = None
    actions_url: str = "http://127.0.0.1:5055"
    # Rasa's SQL tracker store; the gateway erases from it on request and on purge.
    tracker_db_url: str | None = None
    # Dialogue slower than this is treated as down and the person gets the fallback.
    rasa_timeout: float = Field(5.0, gt=0)
    # Turns each gateway process has in flight at Rasa at once; the rest wait their turn.
    rasa_concurrency: int = Field(8, ge=1)
    # Several gateway instances (make run-cluster): console live updates go through Redis
    # pub/sub (bot/console/notifier.py reads it from the environment) and /healthz reports it.
    redis_url: str | None = None

    gateway_host: str = "127.0.0.1"
    gateway_port: int = 8000
    rasa_port: int = 5005
    actions_port: int = 5055

    # An empty service directory gets the fictitious sample (marked [SAMPLE]) at start-up.
    load_sample_directory: bool = True

    # Send only strings a native speaker reviewed (fuzzy drafts fall back to Spanish).
    reviewed_only: bool = False

    # The web phone simulator (/simulator, /channels/simulator): off unless enabled. `hotline run`
    # (make run) enables it; a request that is not straight from loopback needs simulator_token.
    simulator: bool = False
    simulator_token: str | None = None

    def resolved(self) -> "Settings":
        """Returns a copy with every path absolute and every secret present."""
        data_dir = self.data_dir.expanduser().resolve()
        data_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(data_dir, 0o700)
        values = self.model_dump()
        values["data_dir"] = data_dir
        values["database_url"] = database_url(self)
        values["tracker_db_url"] = self.tracker_db_url or f"sqlite:///{data_dir / 'rasa_tracker.db'}"
        values["secret_key"] = self.secret_key or _stored_secret(data_dir / "secret_key")
        values["operator_token"] = self.operator_token or _stored_secret(data_dir / "operator_token")
        values["rasa_token"] = self.rasa_token or _stored_secret(data_dir / "rasa_token")
        values["nlg_token"] = self.nlg_token or _stored_secret(data_dir / "nlg_token")
        values["simulator_token"] = self.simulator_token or _stored_secret(data_dir / "simulator_token")
        return Settings.model_construct(**values)

    @property
    def sqlite_tracker_path(self) -> Path | None:
        url = self.tracker_db_url or ""
        return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def database_url(settings: Settings | None = None) -> str:
    """The gateway database's URL, without reading or generating any secret: all the action
    server needs (the service directory)."""
    s = settings or Settings()
    return s.database_url or f"sqlite:///{s.data_dir.expanduser().resolve() / 'hotline.db'}"


def _stored_secret(path: Path) -> str:
    if path.exists():
        return path.read_text().strip()
    value = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(value)
    return value


@lru_cache
def get_settings() -> Settings:
    return Settings().resolved()
