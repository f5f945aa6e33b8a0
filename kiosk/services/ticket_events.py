"""A ticket as an event's payload, and back: the snapshot every `ticket.*` event carries.

Each event carries the whole ticket after the change, so a station or the server
that applies events in the server's order ends with the same ticket.
No personal data is ever part of a ticket.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from kiosk.domain.ticket import Outcome, PriorityClass, Ticket, TicketStatus


class BadSnapshot(ValueError):
    """An event's payload does not describe a ticket."""


def ticket_payload(t: Ticket) -> dict[str, Any]:
    """What an event says of a ticket."""
    return {
        "ticket_id": t.id,
        "number": t.label,
        "service": t.service_code,
        "service_day": t.service_day.isoformat(),
        "status": t.status.value,
        "priority": t.priority.value if t.priority else None,
        "issued_at": t.issued_at.isoformat(),
        "queued_at": t.queued_at.isoformat(),
        "called_at": _iso(t.called_at),
        "counter": t.counter_number,
        "recall_count": t.recall_count,
        "print_failed": t.print_failed,
        "serving_at": _iso(t.serving_at),
        "finished_at": _iso(t.finished_at),
        "station": t.station_id,
        "outcome": t.outcome.value if t.outcome else None,
        "note": t.note,
        "origin_service": t.origin_service,
        "target_counter": t.target_counter,
    }


def ticket_from_payload(p: Mapping[str, Any], issuer: str) -> Ticket:
    """The ticket an event's payload describes; `issuer` when the payload names no station."""
    try:
        prefix, _, digits = str(p["number"]).rpartition("-")
        if not prefix or not digits.isdigit():
            raise BadSnapshot(f"number {p['number']!r}")
        priority = p.get("priority")
        return Ticket(
            id=str(p["ticket_id"]),
            service_code=str(p["service"]),
            service_day=date.fromisoformat(str(p["service_day"])),
            prefix=prefix,
            number=int(digits),
            status=TicketStatus(p["status"]),
            priority=PriorityClass(priority) if priority else None,
            issued_at=_time(p["issued_at"]),
            queued_at=_time(p["queued_at"]),
            station_id=str(p.get("station") or issuer),
            print_failed=bool(p.get("print_failed", False)),
            called_at=_time(p.get("called_at")),
            counter_number=_int(p.get("counter")),
            serving_at=_time(p.get("serving_at")),
            finished_at=_time(p.get("finished_at")),
            recall_count=int(p.get("recall_count") or 0),
            outcome=Outcome(p["outcome"]) if p.get("outcome") else None,
            note=_str(p.get("note")),
            origin_service=_str(p.get("origin_service")),
            target_counter=_int(p.get("target_counter")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise BadSnapshot(str(exc)) from exc


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _time(value: Any) -> Any:
    if value is None:
        return None
    parsed = datetime.fromisoformat(str(value))
    if parsed.tzinfo is None:
        raise BadSnapshot(f"time without zone: {value}")
    return parsed


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def _str(value: Any) -> str | None:
    return None if value is None else str(value)
