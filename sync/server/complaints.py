"""Complaints on the server: the admin's list, one complaint, the answer; the stations' lookup.

The admin sees everything, the citizen's contact included (to answer them). A station
asking for a tracking number gets what a public kiosk may show: agency, category,
status, dates and the hall's answer, never the text or the contact.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update

from kiosk.domain.complaint import ComplaintStatus, canonical_tracking
from sync.protocol import ComplaintAnswer, ComplaintOut, ComplaintStatusOut
from sync.server.conflicts import station_name
from sync.server.errors import ApiError
from sync.server.models import Complaint


def list_complaints(
    conn: Connection, status: ComplaintStatus | None = None, limit: int = 500
) -> list[ComplaintOut]:
    """Complaints, oldest first (only those in `status`, if given)."""
    query = select(Complaint.__table__).order_by(Complaint.filed_at, Complaint.tracking)
    if status is not None:
        query = query.where(Complaint.status == status.value)
    names: dict[str, str] = {}
    found = []
    for row in conn.execute(query.limit(limit)):
        if row.station_id not in names:
            names[row.station_id] = station_name(conn, row.station_id)
        found.append(_out(row._mapping, names[row.station_id]))
    return found


def get_complaint(conn: Connection, tracking: str) -> ComplaintOut:
    """One complaint by its tracking number (as typed: case and dashes do not matter)."""
    row = _row(conn, tracking)
    return _out(row, station_name(conn, row["station_id"]))


def answer_complaint(
    conn: Connection, tracking: str, body: ComplaintAnswer, now: datetime
) -> ComplaintOut:
    """Record the hall's answer and the complaint's new status."""
    row = _row(conn, tracking)
    answer = body.answer.strip() if body.answer else row["answer"]
    if body.status == "answered" and not answer:
        raise ApiError(
            422, "invalid_field", "answer: an answered complaint needs an answer", "answer"
        )
    values: dict[str, Any] = {"status": body.status, "updated_at": now}
    if body.answer:
        values.update(answer=answer, answered_at=now)
    conn.execute(update(Complaint).where(Complaint.id == row["id"]).values(**values))
    return get_complaint(conn, row["tracking"])


def station_status(conn: Connection, tracking: str) -> ComplaintStatusOut:
    """What a kiosk may show of a complaint: no text, no contact."""
    row = _row(conn, tracking)
    return ComplaintStatusOut(
        tracking=row["tracking"],
        agency=row["agency_code"],
        category=row["category"],
        status=row["status"],
        filed_at=row["filed_at"],
        received_at=row["received_at"],
        answered_at=row["answered_at"],
        answer=row["answer"],
    )


def _row(conn: Connection, tracking: str) -> Any:
    canonical = canonical_tracking(tracking) if len(tracking) <= 40 else None
    row = None
    if canonical is not None:
        query = select(Complaint.__table__).where(Complaint.tracking == canonical)
        row = conn.execute(query).first()
    if row is None:
        raise ApiError(404, "complaint_unknown", "no complaint has this tracking number")
    return row._mapping


def _out(row: Any, station: str) -> ComplaintOut:
    return ComplaintOut(
        tracking=row["tracking"],
        agency=row["agency_code"],
        category=row["category"],
        text=row["text"],
        contact=row["contact"],
        contact_kind=row["contact_kind"],
        unreadable=row["unreadable"],
        ticket_id=row["ticket_id"],
        ticket_number=row["ticket_number"],
        station=station,
        filed_at=row["filed_at"],
        received_at=row["received_at"],
        status=row["status"],
        answer=row["answer"],
        answered_at=row["answered_at"],
        updated_at=row["updated_at"],
    )
