"""Operator accounts, passwords (argon2id), sessions, CSRF, lockout and login rate limits.

Plain module apart from the FastAPI dependencies at the end. Session cookies hold a random
token; the database keeps only its SHA-256, with the session's CSRF token (synchroniser
pattern: every form and every state-changing fetch carries it back).
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.console import throttle
from bot.db.base import utcnow
from bot.db.console import ROLES, ConsoleSession, Operator
from bot.settings import ConsoleSettings

COOKIE = "hotline_console"
PRE_COOKIE = "hotline_console_pre"  # anonymous cookie behind the login form's CSRF token
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"

# argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): a login costs tens of
# milliseconds here, not half a second, while a stolen hash stays expensive to crack.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
_DUMMY_HASH = _hasher.hash("not-a-password-" + secrets.token_hex(8))
MIN_PASSWORD = 12


class AccountError(ValueError):
    pass


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"password must have at least {MIN_PASSWORD} characters")
    return _hasher.hash(password)


def verify_password(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def sha256(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def parse_languages(value: str) -> str:
    tags = [t.strip().lower() for t in value.replace(" ", ",").split(",") if t.strip()]
    if not tags or any(not t.replace("-", "").isalnum() or len(t) > 16 for t in tags):
        raise AccountError("languages: comma-separated tags such as es,en")
    return ",".join(dict.fromkeys(tags))


def create_operator(db: Session, username: str, password: str, role: str = "operator",
                    languages: str = "es", display_name: str | None = None) -> Operator:
    username = username.strip().lower()
    if not username or len(username) > 64 or not all(c.isalnum() or c in "._-" for c in username):
        raise AccountError("username: letters, digits, '.', '_' or '-'")
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    if db.scalars(select(Operator).where(Operator.username == username)).first():
        raise AccountError(f"operator {username!r} exists")
    op = Operator(username=username, display_name=(display_name or username)[:128],
                  password_hash=hash_password(password), role=role, languages=parse_languages(languages))
    db.add(op)
    db.flush()
    return op


def disable_operator(db: Session, username: str) -> Operator:
    return set_active(db, username, False)


@dataclass(frozen=True)
class LoginResult:
    operator: Operator | None
    reason: str  # ok | bad_credentials | disabled | paused | slowed
    wait_seconds: int = 0  # paused or slowed: for how long


@dataclass(frozen=True)
class Client:
    """Who is signing in, as far as throttling goes: the address (from the trusted proxy's
    header when there is one) and the browser's device cookie."""

    address: str
    device_cookie: str | None = None


def authenticate(db: Session, username: str, password: str, cfg: ConsoleSettings, secret: str,
                 client: Client, now: datetime | None = None) -> LoginResult:
    """Checks a password under the sign-in throttle (bot/console/throttle.py).

    Every attempt costs one argon2 verification (against the account's hash, or a dummy one for
    an unknown username), whatever the account's state, and an unknown, disabled or paused
    username is counted and paused exactly like a known one: neither the time taken nor the
    answer tells which usernames exist or are disabled.
    """
    now = now or utcnow()
    name = username.strip().lower()
    user = throttle.username_key(secret, name)
    device = throttle.device_client(secret, client.device_cookie, name)
    trusted = device is not None
    client_key = device or throttle.client_key(secret, client.address)
    op = db.scalars(select(Operator).where(Operator.username == name)).first()
    good = verify_password(op.password_hash if op is not None else _DUMMY_HASH, password)
    verdict = throttle.check(db, user, client_key, trusted, now)
    if verdict.state != "open":
        return LoginResult(None, verdict.state, verdict.wait_seconds)
    if not good or op is None or not op.active:
        after = throttle.failed(db, user, client_key, trusted, cfg, now)
        if after.state == "paused":
            return LoginResult(None, "paused", after.wait_seconds)
        return LoginResult(None, "disabled" if good and op is not None else "bad_credentials")
    throttle.succeeded(db, user, client_key)
    op.last_login_at = now
    if _hasher.check_needs_rehash(op.password_hash):
        op.password_hash = _hasher.hash(password)
    return LoginResult(op, "ok")


def find_operator(db: Session, username: str) -> Operator:
    op = db.scalars(select(Operator).where(Operator.username == username.strip().lower())).first()
    if op is None:
        raise AccountError(f"no operator {username!r}")
    return op


def lift_pauses(db: Session, secret: str, username: str) -> int:
    """Lifts every sign-in pause of an operator (all clients, and the username-wide backoff)."""
    op = find_operator(db, username)
    return throttle.lift(db, throttle.username_key(secret, op.username))


def pauses_of(db: Session, secret: str, op: Operator) -> throttle.Pauses:
    return throttle.pauses(db, throttle.username_key(secret, op.username))


def set_active(db: Session, username: str, active: bool) -> Operator:
    op = find_operator(db, username)
    op.active = active
    if not active:
        db.execute(delete(ConsoleSession).where(ConsoleSession.operator_id == op.id))
    return op


def reset_password(db: Session, username: str, password: str | None = None) -> tuple[Operator, str]:
    """Sets a new password (generated when none is given) that must be changed at the next
    sign-in, and ends the operator's sessions. Returns the password, to hand over once."""
    op = find_operator(db, username)
    password = password or secrets.token_urlsafe(12)
    op.password_hash = hash_password(password)
    op.must_change_password = True
    db.execute(delete(ConsoleSession).where(ConsoleSession.operator_id == op.id))
    return op, password


def change_password(db: Session, op: Operator, current: str, new: str) -> None:
    if not verify_password(op.password_hash, current):
        raise AccountError("current password is wrong")
    if new == current:
        raise AccountError("choose a password different from the current one")
    op.password_hash = hash_password(new)
    op.must_change_password = False


def start_session(db: Session, op: Operator) -> tuple[str, ConsoleSession]:
    raw = secrets.token_urlsafe(32)
    sess = ConsoleSession(token_hash=sha256(raw), operator_id=op.id, csrf_token=secrets.token_urlsafe(32))
    db.add(sess)
    db.flush()
    return raw, sess


def load_session(db: Session, raw: str | None, cfg: ConsoleSettings, now: datetime | None = None,
                 touch: bool = True) -> tuple[ConsoleSession, Operator] | None:
    """The live session for a cookie value (touched unless `touch` is False); None when absent,
    idle too long, or the operator is disabled."""
    if not raw:
        return None
    now = now or utcnow()
    sess = db.get(ConsoleSession, sha256(raw))
    if sess is None:
        return None
    op = db.get(Operator, sess.operator_id)
    if op is None or not op.active or now - sess.last_seen_at > timedelta(minutes=cfg.idle_minutes):
        db.delete(sess)
        db.flush()
        return None
    if touch:
        sess.last_seen_at = now
    return sess, op


def end_session(db: Session, raw: str | None) -> None:
    if raw:
        db.execute(delete(ConsoleSession).where(ConsoleSession.token_hash == sha256(raw)))


def csrf_ok(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected).encode(), str(given).encode())


def login_csrf(secret: str, pre_cookie: str) -> str:
    """The login form's token: bound to the anonymous pre-cookie, so a forged post fails."""
    return hmac.new(secret.encode(), b"console-login:" + pre_cookie.encode(), hashlib.sha256).hexdigest()


class RateLimiter:
    """Sliding-window counter per key, in process memory."""

    def __init__(self, limit: int, window: float = 60.0) -> None:
        self.limit, self.window = limit, window
        self._hits: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def allow(self, key: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        with self._lock:
            hits = self._hits[key]
            while hits and now - hits[0] > self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return False
            hits.append(now)
            if len(self._hits) > 10_000:  # forget idle keys
                for k in [k for k, v in self._hits.items() if not v]:
                    del self._hits[k]
            return True


def is_https(scheme: str, forwarded_proto: str | None, trust_proxy: bool) -> bool:
    if scheme == "https":
        return True
    return bool(trust_proxy and forwarded_proto and forwarded_proto.split(",")[0].strip().lower() == "https")


def cookie_kwargs(secure: bool) -> dict:
    return {"httponly": True, "secure": secure, "samesite": "strict", "path": "/"}
