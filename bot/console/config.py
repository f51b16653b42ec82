"""Console settings, from HOTLINE_CONSOLE_* environment variables (all optional)."""
from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ConsoleSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HOTLINE_CONSOLE_", extra="ignore")

    # A session unused for this long is over; the operator signs in again.
    idle_minutes: float = Field(30.0, gt=0)
    # Consecutive wrong passwords before the account is locked, and for how long.
    max_failed_logins: int = Field(5, ge=1)
    lockout_minutes: float = Field(15.0, gt=0)
    # Login attempts allowed per client address per minute (all usernames together): against
    # spraying passwords over many usernames. Guessing one username is throttled per (username,
    # client) in bot/console/throttle.py; an office behind one address starts a shift together.
    login_rate_per_minute: int = Field(30, ge=1)
    # Trust X-Forwarded-Proto, and X-Forwarded-For for the client's address (sign-in throttle and
    # rate limit), from the reverse proxy. Only where the gateway is reachable through it alone.
    trust_proxy: bool = False
    # Dashboard and export: counts from 1 to min_cell - 1 are hidden (small-cell suppression).
    min_cell: int = Field(10, ge=5)
    # An unclaimed immediate case sounds again this often (seconds) until someone claims it.
    alert_repeat_seconds: float = Field(10.0, ge=2)


@lru_cache
def get_console_settings() -> ConsoleSettings:
    return ConsoleSettings()
