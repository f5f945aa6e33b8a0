"""What route handlers depend on: the server's state and who is asking."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from sync.protocol import ErrorBody
from sync.server.auth import StationAuth, check_admin, station_for_token
from sync.server.state import ServerState

_bearer = HTTPBearer(auto_error=False, description="A station token, or an admin token")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]

#: Error answers every authenticated route may give, for the OpenAPI document.
AUTH_ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": ErrorBody, "description": "No token, or an unknown or revoked one"},
    403: {"model": ErrorBody, "description": "This station's role may not do this"},
    422: {"model": ErrorBody, "description": "A field is not valid (named in `field`)"},
}


def server(request: Request) -> ServerState:
    """The state of the app handling this request."""
    state: ServerState = request.app.state.server
    return state


Server = Annotated[ServerState, Depends(server)]


def station(state: Server, credentials: Credentials) -> StationAuth:
    """The station whose bearer token came with the request (401 otherwise)."""
    token = credentials.credentials if credentials is not None else None
    return station_for_token(state.db, token, state.now())


def admin(state: Server, credentials: Credentials) -> None:
    """Pass only with an admin bearer token (401 otherwise)."""
    check_admin(state.db, credentials.credentials if credentials is not None else None)


Station = Annotated[StationAuth, Depends(station)]
Admin = Depends(admin)
