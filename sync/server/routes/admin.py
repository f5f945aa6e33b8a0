"""Routes for the hall's administrator (admin bearer token): stations, conflicts, catalogue."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from sync.protocol import CatalogueOut, ConflictOut, EnrolCode, ErrorBody, StationAdd, StationOut
from sync.server.catalogue import import_catalogue
from sync.server.conflicts import list_conflicts
from sync.server.db import retrying
from sync.server.enrolment import add_station, list_stations, revoke
from sync.server.errors import ApiError
from sync.server.routes.deps import Admin, Server

router = APIRouter(
    prefix="/admin",
    dependencies=[Admin],
    responses={
        401: {"model": ErrorBody, "description": "No admin token, or an unknown one"},
        422: {"model": ErrorBody, "description": "A field is not valid (named in `field`)"},
    },
)

#: Media types a catalogue upload may come as.
TOML_TYPES = ("application/toml", "text/plain", "text/x-toml", "application/x-toml")


@router.get("/stations", response_model=list[StationOut])
def get_stations(state: Server) -> list[StationOut]:
    """Every station of the hall, with what the server saw of it and its gaps."""
    with state.db.session() as session:
        return list_stations(session)


@router.post("/stations", response_model=EnrolCode, status_code=201)
def post_station(body: StationAdd, state: Server) -> EnrolCode:
    """Add a station; the one-time code in the answer enrols it (valid 7 days)."""

    def work() -> EnrolCode:
        with state.db.session() as session:
            return add_station(session, body.name, body.role, state.now())

    return retrying(work)


@router.delete(
    "/stations/{name_or_id}",
    response_model=StationOut,
    responses={404: {"model": ErrorBody, "description": "No such station"}},
)
def delete_station(name_or_id: str, state: Server) -> StationOut:
    """Revoke a station (by station id or name): its token stops working at once."""
    if len(name_or_id) > 80 or not name_or_id.isprintable():
        raise ApiError(404, "station_unknown", "no station has this name or id")
    with state.db.session() as session:
        revoked = revoke(session, name_or_id, state.now())
    state.tokens.forget()
    return revoked


@router.get("/conflicts", response_model=list[ConflictOut])
def get_conflicts(state: Server) -> list[ConflictOut]:
    """Unresolved merge conflicts, oldest first."""
    with state.db.read() as conn:
        return list_conflicts(conn)


@router.put(
    "/catalogue",
    response_model=CatalogueOut,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {t: {"schema": {"type": "string"}} for t in TOML_TYPES[:2]},
        }
    },
    responses={
        413: {"model": ErrorBody, "description": "The file is too large"},
        415: {"model": ErrorBody, "description": "Not sent as TOML text"},
    },
)
async def put_catalogue(request: Request, state: Server) -> CatalogueOut:
    """Import the hall's catalogue (TOML text); a file that does not validate changes nothing."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in TOML_TYPES:
        message = "send the catalogue as TOML text (Content-Type: application/toml)"
        raise ApiError(415, "unsupported_media_type", message)
    content = await request.body()

    def work() -> CatalogueOut:
        with state.db.write() as conn:
            return import_catalogue(conn, content, state.now())

    return await run_in_threadpool(retrying, work)
