"""Routes for complaints: the admin's list, view and answer; a station's status lookup."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from kiosk.domain.complaint import ComplaintStatus
from sync.protocol import ComplaintAnswer, ComplaintOut, ComplaintStatusOut, ErrorBody
from sync.server.auth import require_role
from sync.server.complaints import (
    answer_complaint,
    get_complaint,
    list_complaints,
    station_status,
)
from sync.server.db import retrying
from sync.server.routes.deps import AUTH_ERRORS, Admin, Server, Station

_UNKNOWN: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "No complaint has this tracking number"}
}

admin_router = APIRouter(
    prefix="/admin/complaints",
    dependencies=[Admin],
    responses={
        401: {"model": ErrorBody, "description": "No admin token, or an unknown one"},
        422: {"model": ErrorBody, "description": "A field is not valid (named in `field`)"},
    },
)
router = APIRouter()


@admin_router.get("", response_model=list[ComplaintOut])
def get_complaints(state: Server, status: ComplaintStatus | None = None) -> list[ComplaintOut]:
    """Complaints, oldest first, with the citizen's text and contact (only those in
    `status`, if given; at most 500)."""
    with state.db.read() as conn:
        return list_complaints(conn, status)


@admin_router.get("/{tracking}", response_model=ComplaintOut, responses=_UNKNOWN)
def get_one_complaint(tracking: str, state: Server) -> ComplaintOut:
    """One complaint by its tracking number (`ADU-K7QF2M9X`; case and dashes do not matter)."""
    with state.db.read() as conn:
        return get_complaint(conn, tracking)


@admin_router.post("/{tracking}/answer", response_model=ComplaintOut, responses=_UNKNOWN)
def post_answer(tracking: str, body: ComplaintAnswer, state: Server) -> ComplaintOut:
    """Answer a complaint and set its status (`in_progress`, `answered`, `closed`)."""

    def work() -> ComplaintOut:
        with state.db.write() as conn:
            return answer_complaint(conn, tracking, body, state.now())

    return retrying(work)


@router.get(
    "/complaints/{tracking}",
    response_model=ComplaintStatusOut,
    responses={**AUTH_ERRORS, **_UNKNOWN},
)
def get_complaint_status(tracking: str, state: Server, station: Station) -> ComplaintStatusOut:
    """A complaint's status for a kiosk: agency, category, status, dates and the hall's
    answer; never the citizen's text or contact."""
    require_role(station, "kiosk", "counter")
    with state.db.read() as conn:
        return station_status(conn, tracking)
