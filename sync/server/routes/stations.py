"""Routes the stations use: health, enrolment, events, number leases, calls, the catalogue."""

from __future__ import annotations

from typing import Annotated, cast

from fastapi import APIRouter, Header, Response

from kiosk import __version__
from sync.protocol import (
    PROTOCOL_VERSION,
    BatchReply,
    CallReply,
    CallRequest,
    CatalogueOut,
    EnrolCheckReply,
    EnrolCheckRequest,
    EnrolReply,
    EnrolRequest,
    ErrorBody,
    EventBatch,
    Health,
    LeaseReply,
    LeaseRequest,
    Role,
)
from sync.server import calls, numbers
from sync.server.auth import require_role
from sync.server.catalogue import current_file, hall_name
from sync.server.db import retrying
from sync.server.enrolment import check_code, enrol, enrol_reply
from sync.server.errors import ApiError
from sync.server.hall import hall_key
from sync.server.ingest import ingest_batch
from sync.server.routes.deps import AUTH_ERRORS, Server, Station, json_reply

router = APIRouter()


@router.get("/health", response_model=Health)
def health(state: Server) -> Health:
    """The server is up: protocol, program version, time and the hall's name."""
    with state.db.read() as conn:
        hall = hall_name(state.catalogues.current(conn))
    return Health(protocol=PROTOCOL_VERSION, version=__version__, time=state.now(), hall=hall)


@router.post(
    "/enrol",
    response_model=EnrolReply,
    responses={
        403: {"model": ErrorBody, "description": "Unknown, used or expired code"},
        409: {"model": ErrorBody, "description": "Another enrolled station has this id"},
        422: {"model": ErrorBody, "description": "A field is not valid"},
    },
)
def enrol_station(request: EnrolRequest, state: Server) -> EnrolReply:
    """Trade a one-time code (from `mpp-server station add`) for the station's token."""

    def work() -> EnrolReply:
        with state.db.session() as session:
            station, token = enrol(session, request, state.now())
            conn = session.connection()
            hall = hall_name(state.catalogues.current(conn))
            return enrol_reply(station, token, hall, hall_key(conn))

    return retrying(work)


@router.post(
    "/enrol/check",
    response_model=EnrolCheckReply,
    responses={
        403: {"model": ErrorBody, "description": "Unknown, used or expired code"},
        422: {"model": ErrorBody, "description": "A field is not valid"},
    },
)
def check_enrolment(request: EnrolCheckRequest, state: Server) -> EnrolCheckReply:
    """Which station a one-time code is for (the setup wizard's "Test"); the code stays unused."""
    with state.db.session() as session:
        station = check_code(session, request.code, state.now())
        hall = hall_name(state.catalogues.current(session.connection()))
        return EnrolCheckReply(name=station.name, role=cast(Role, station.role), hall_name=hall)


@router.post("/events", response_model=BatchReply, responses=AUTH_ERRORS)
def push_events(batch: EventBatch, state: Server, station: Station) -> Response:
    """Store a batch of the station's events: one result per event, and its gaps."""
    reply = ingest_batch(state.db, station, batch, state.now())
    if any(r.outcome in ("stored", "conflict") for r in reply.results):
        state.wrote_feed()
    return json_reply(reply)


@router.post("/numbers/lease", response_model=LeaseReply, responses=AUTH_ERRORS)
def lease_numbers(request: LeaseRequest, state: Server, station: Station) -> LeaseReply:
    """Blocks of ticket numbers for a hall day (kiosks and counters)."""
    require_role(station, "kiosk", "counter")
    with state.db.read() as conn:
        codes = numbers.check_services(request, state.catalogues.current(conn))

    def work() -> LeaseReply:
        with state.db.write() as conn:
            lock = not state.db.is_sqlite
            return numbers.lease(conn, station, request, codes, state.now(), lock)

    return retrying(work)


@router.post(
    "/calls",
    response_model=CallReply,
    responses={**AUTH_ERRORS, 404: {"model": ErrorBody, "description": "Unknown ticket"}},
)
def call_ticket(request: CallRequest, state: Server, station: Station) -> Response:
    """Call a ticket, or the next of some services, to a counter; the server arbitrates."""
    require_role(station, "counter")
    if request.ticket_id is None and not request.services:
        raise ApiError(422, "invalid_field", "services: give ticket_id or services", "services")

    reply = retrying(lambda: calls.call_ticket(state.db, station, request, state.now()))
    if reply.event is not None and reply.event.feed_seq == 0:
        state.wrote_feed()
    return json_reply(reply)


@router.get(
    "/catalogue",
    response_model=CatalogueOut,
    responses={
        304: {"description": "Not modified: the ETag matches"},
        404: {"model": ErrorBody, "description": "No catalogue imported yet"},
        **AUTH_ERRORS,
    },
)
def get_catalogue(
    state: Server,
    station: Station,
    response: Response,
    if_none_match: Annotated[str | None, Header()] = None,
) -> CatalogueOut | Response:
    """The hall's catalogue file with `ETag: "<sha256>"`; 304 when it is the one you have."""
    with state.db.read() as conn:
        current = current_file(conn)
    if current is None:
        raise ApiError(404, "no_catalogue", "no catalogue has been imported on the server")
    etag = f'"{current.sha256}"'
    if if_none_match is not None and _matches(if_none_match, etag):
        return Response(status_code=304, headers={"ETag": etag})
    response.headers["ETag"] = etag
    return current


def _matches(header: str, etag: str) -> bool:
    tags = [t.strip().removeprefix("W/") for t in header.split(",")]
    return "*" in tags or etag in tags
