from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from bot.gateway.dialogue import Dialogue
from bot.gateway.state import GatewayState


def get_state(request: Request) -> GatewayState:
    return request.app.state.hotline


State = Annotated[GatewayState, Depends(get_state)]


def get_db(state: State) -> Iterator[Session]:
    with state.sessions() as db:
        yield db


DB = Annotated[Session, Depends(get_db)]


def get_dialogue(state: State) -> Dialogue:
    return Dialogue(state)


DialogueDep = Annotated[Dialogue, Depends(get_dialogue)]

_bearer = HTTPBearer(auto_error=False)


Bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def _check_bearer(creds: HTTPAuthorizationCredentials | None, token: str | None, what: str) -> None:
    """401 unless the request carries this bearer token (an unset token matches nothing)."""
    token = token or ""
    if creds is None or not token or not hmac.compare_digest(creds.credentials.encode(), token.encode()):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, f"{what} required",
                            headers={"WWW-Authenticate": "Bearer"})


def require_operator(state: State, creds: Bearer) -> None:
    _check_bearer(creds, state.settings.operator_token, "operator token")


def require_rasa(state: State, creds: Bearer) -> None:
    """Rasa's own calls (the NLG endpoint): the bearer token it has from endpoints.yml."""
    _check_bearer(creds, state.settings.nlg_token, "Rasa's NLG token")


_LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
# Set by a reverse proxy: the request came from elsewhere, even though its peer is loopback.
_FORWARDED = ("x-forwarded-for", "x-real-ip", "forwarded")


def require_simulator_access(request: Request, state: State, creds: Bearer) -> None:
    """The simulator answers a request straight from this machine; anything else (another
    host, or a proxy such as the cluster's nginx) needs the simulator token."""
    peer = request.client.host if request.client else ""
    if peer in _LOOPBACK and not any(h in request.headers for h in _FORWARDED):
        return
    _check_bearer(creds, state.settings.simulator_token, "simulator token")
