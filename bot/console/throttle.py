"""Sign-in throttling that a stranger cannot turn into a lockout. Plain module (SQLAlchemy).

Two counters for every attempted username, whether or not the account exists:

- per (username, client): the client is the browser's device cookie when it has already signed
  in as that username, otherwise its address. Five failures pause sign-in for that pair for 15
  minutes. Someone guessing from elsewhere pauses only themselves.
- per username from anywhere (client "*"): a spread-out guess (many addresses) makes each further
  attempt from a client without the device cookie wait, doubling from 2 s up to 5 minutes. It
  slows guessing to a few hundred a day at most; it never locks: the operator's own browser
  carries the device cookie and is not slowed, and a supervisor can lift either counter.

Both keys are HMACs with the gateway's secret key: no address and no typed username (which may
be a mistyped password) is stored.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.db.console import LoginThrottle
from bot.settings import ConsoleSettings

ANYWHERE = "*"
GLOBAL_FAILURES = 4  # × max_failed_logins failures of one username from anywhere before slowing
GLOBAL_WINDOW = timedelta(hours=1)  # the username-wide count starts again after a quiet hour
BACKOFF_BASE = 2.0  # seconds; doubles with each further failure
BACKOFF_CAP = 300.0
FORGET_AFTER = timedelta(days=1)
DEVICE_COOKIE = "hotline_console_device"
DEVICE_SLOTS = 8  # usernames one browser is trusted for (a shared desk computer)


def _key(secret: str, kind: str, value: str) -> str:
    return hmac.new(secret.encode(), f"console-{kind}:{value}".encode(), hashlib.sha256).hexdigest()


def username_key(secret: str, username: str) -> str:
    return _key(secret, "user", username.strip().lower())


def client_key(secret: str, address: str) -> str:
    return _key(secret, "client", address)


# --------------------------------------------------------------------------- device cookie

def _device_sig(secret: str, nonce: str, username: str) -> str:
    return _key(secret, "device", f"{nonce}:{username.strip().lower()}")[:24]


def device_client(secret: str, cookie: str | None, username: str) -> str | None:
    """The client key of this browser if it has signed in as `username` before, else None."""
    nonce, *sigs = (cookie or "").split(".")
    if not nonce or not sigs:
        return None
    want = _device_sig(secret, nonce, username)
    if any(hmac.compare_digest(want, s) for s in sigs):
        return _key(secret, "device-client", nonce)
    return None


def device_cookie_after_login(secret: str, cookie: str | None, username: str) -> str:
    """The device cookie, now also vouching for `username` (newest first, a few usernames)."""
    nonce, *sigs = (cookie or "").split(".")
    if not nonce or len(nonce) > 64:
        nonce, sigs = secrets.token_urlsafe(16), []
    sig = _device_sig(secret, nonce, username)
    sigs = [sig] + [s for s in sigs if s != sig]
    return ".".join([nonce, *sigs[:DEVICE_SLOTS]])


# --------------------------------------------------------------------------- counters

@dataclass(frozen=True)
class Verdict:
    state: str  # open | paused | slowed
    wait_seconds: int = 0


def _row(db: Session, user: str, client: str) -> LoginThrottle | None:
    return db.scalars(select(LoginThrottle).where(LoginThrottle.username_key == user,
                                                  LoginThrottle.client_key == client)).first()


def _row_or_new(db: Session, user: str, client: str, now: datetime) -> LoginThrottle:
    row = _row(db, user, client)
    if row is None:
        row = LoginThrottle(username_key=user, client_key=client, failures=0, last_failure_at=now)
        try:
            with db.begin_nested():
                db.add(row)
        except IntegrityError:  # another attempt created it at the same moment
            row = _row(db, user, client)
            assert row is not None
    return row


def _seconds(until: datetime, now: datetime) -> int:
    return max(1, int((until - now).total_seconds() + 0.999))


def check(db: Session, user: str, client: str, trusted: bool, now: datetime | None = None) -> Verdict:
    """Whether an attempt may be checked at all."""
    now = now or utcnow()
    pair = _row(db, user, client)
    if pair is not None and pair.blocked_until and pair.blocked_until > now:
        return Verdict("paused", _seconds(pair.blocked_until, now))
    if not trusted:
        anywhere = _row(db, user, ANYWHERE)
        if anywhere is not None and anywhere.blocked_until and anywhere.blocked_until > now:
            return Verdict("slowed", _seconds(anywhere.blocked_until, now))
    return Verdict("open")


def failed(db: Session, user: str, client: str, trusted: bool, cfg: ConsoleSettings,
           now: datetime | None = None) -> Verdict:
    """Counts a failed attempt; says whether this pair is now paused."""
    now = now or utcnow()
    db.execute(delete(LoginThrottle).where(LoginThrottle.last_failure_at < now - FORGET_AFTER))
    pair = _row_or_new(db, user, client, now)
    if now - pair.last_failure_at > timedelta(minutes=cfg.lockout_minutes):
        pair.failures = 0  # a failure long ago does not count towards a pause now
    pair.failures += 1
    pair.last_failure_at = now
    verdict = Verdict("open")
    if pair.failures >= cfg.max_failed_logins:
        pair.failures, pair.blocked_until = 0, now + timedelta(minutes=cfg.lockout_minutes)
        verdict = Verdict("paused", _seconds(pair.blocked_until, now))
    if not trusted:
        anywhere = _row_or_new(db, user, ANYWHERE, now)
        if now - anywhere.last_failure_at > GLOBAL_WINDOW:
            anywhere.failures = 0
        anywhere.failures += 1
        anywhere.last_failure_at = now
        over = anywhere.failures - GLOBAL_FAILURES * cfg.max_failed_logins
        if over >= 0:
            delay = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** min(over, 16))
            anywhere.blocked_until = now + timedelta(seconds=delay)
    return verdict


def succeeded(db: Session, user: str, client: str) -> None:
    """The pair's count starts again. (The username-wide count does not: it tracks others.)"""
    db.execute(delete(LoginThrottle).where(LoginThrottle.username_key == user,
                                           LoginThrottle.client_key == client))


@dataclass(frozen=True)
class Pauses:
    clients: int  # (username, client) pairs paused now
    slowed_seconds: int  # how long the username-wide backoff still runs (0: none)

    @property
    def any(self) -> bool:
        return bool(self.clients or self.slowed_seconds)


def pauses(db: Session, user: str, now: datetime | None = None) -> Pauses:
    now = now or utcnow()
    rows = db.scalars(select(LoginThrottle).where(LoginThrottle.username_key == user,
                                                  LoginThrottle.blocked_until > now)).all()
    clients = sum(1 for r in rows if r.client_key != ANYWHERE)
    slowed = next((_seconds(r.blocked_until, now) for r in rows
                   if r.client_key == ANYWHERE and r.blocked_until), 0)
    return Pauses(clients, slowed)


def lift(db: Session, user: str) -> int:
    """Removes every pause and count of one username; returns how many rows went."""
    return db.execute(delete(LoginThrottle).where(LoginThrottle.username_key == user)).rowcount or 0
