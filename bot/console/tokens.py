"""Scoped bearer tokens for the operator API.

`HOTLINE_OPERATOR_TOKEN` (or the generated `$DATA_DIR/operator_token`) stays valid as a
full-scope token. Further tokens are created with `hotline operators token-add NAME --scopes
...`; the database keeps only their SHA-256.
"""
from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.console.auth import AccountError, sha256
from bot.db.console import ApiToken

# transcripts:read: the person's words (transcript, summary quotes) in GET /api/handoffs/{id};
# handoffs:read alone gives the case without them.
SCOPES = ("handoffs:read", "handoffs:write", "stats:read", "transcripts:read")
FULL = frozenset(SCOPES)


@dataclass(frozen=True)
class TokenActor:
    label: str  # what the audit log records
    scopes: frozenset[str]


def create_token(db: Session, name: str, scopes: list[str]) -> str:
    bad = [s for s in scopes if s not in SCOPES]
    if bad or not scopes:
        raise AccountError(f"scopes must be among {', '.join(SCOPES)}")
    name = name.strip()
    if not name or len(name) > 64:
        raise AccountError("token name: 1 to 64 characters")
    if db.scalars(select(ApiToken).where(ApiToken.name == name)).first():
        raise AccountError(f"token {name!r} exists")
    raw = "hlt_" + secrets.token_urlsafe(32)
    db.add(ApiToken(name=name, token_hash=sha256(raw), scopes=" ".join(sorted(set(scopes)))))
    db.flush()
    return raw


def revoke_token(db: Session, name: str) -> None:
    tok = db.scalars(select(ApiToken).where(ApiToken.name == name)).first()
    if tok is None:
        raise AccountError(f"no token {name!r}")
    tok.active = False


def resolve(db: Session, master: str | None, raw: str) -> TokenActor | None:
    if master and hmac.compare_digest(raw.encode(), master.encode()):
        return TokenActor("token:operator", FULL)
    tok = db.scalars(select(ApiToken).where(ApiToken.token_hash == sha256(raw), ApiToken.active.is_(True))).first()
    if tok is None:
        return None
    return TokenActor(f"token:{tok.name}", frozenset(tok.scopes.split()))


_bearer = HTTPBearer(auto_error=False)


def require_scope(scope: str):  # noqa: ANN201
    """FastAPI dependency: a bearer token carrying `scope`; 401 without a valid token, 403 without the scope."""
    if scope not in SCOPES:
        raise ValueError(scope)

    def dependency(request: Request,
                   creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> TokenActor:
        state = request.app.state.hotline
        actor = None
        if creds is not None:
            with state.sessions() as db:
                actor = resolve(db, state.settings.operator_token, creds.credentials)
        if actor is None:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "operator token required",
                                headers={"WWW-Authenticate": "Bearer"})
        if scope not in actor.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"token lacks scope {scope}")
        request.state.api_actor = actor
        return actor

    dependency.__name__ = f"require_scope_{scope.replace(':', '_')}"
    return dependency
