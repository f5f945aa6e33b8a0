"""What route handlers depend on: the server's state and who is asking."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from sync.protocol import ErrorBody
from sync.server.auth import StationAuth, check_admin
from sync.server.state import ServerState

_bearer = HTTPBearer(auto_error=False, description="A station token, or an admin token")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]

#: Error answers every authenticated route may give, for the OpenAPI document.
AUTH_ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": ErrorBody, "description": "No token, or an unknown or revoked one"},
    403: {"model": ErrorBody, "description": "This station's role may not do this"},
    422: {"model": ErrorBody, "description": "A field is not valid (named in `field`)"},
}


# The dependencies are coroutines: a plain function would cost each request a trip
# through the thread pool. Only a token not seen lately goes to the database (in a thread).


async def server(request: Request) -> ServerState:
    """The state of the app handling this request."""
    state: ServerState = request.app.state.server
    return state


Server = Annotated[ServerState, Depends(server)]


async def station(state: Server, credentials: Credentials) -> StationAuth:
    """The station whose bearer token came with the request (401 otherwise)."""
    token = credentials.credentials if credentials is not None else None
    known = state.tokens.cached(token)
    if known is not None:
        return known
    return await run_in_threadpool(state.tokens.check, token, state.now())


async def admin(state: Server, credentials: Credentials) -> None:
    """Pass only with an admin bearer token (401 otherwise)."""
    token = credentials.credentials if credentials is not None else None
    await run_in_threadpool(check_admin, state.db, token)


Station = Annotated[StationAuth, Depends(station)]
Admin = Depends(admin)


def json_reply(reply: BaseModel) -> Response:
    """A reply model as JSON, serialised once (FastAPI would validate it again on the way out).

    The busiest routes return this; their `response_model` still documents the body.
    """
    return Response(reply.model_dump_json(), media_type="application/json")
