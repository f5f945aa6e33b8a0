"""Tickets on the server: a `ticket.*` event's payload (a `TicketState`) to and from table rows.

A station's payload is checked beyond its schema here, so that nothing that reaches
the database can fail there: lengths, number ranges and years the columns can hold.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Row

from kiosk.domain.ticket import TicketStatus
from sync.protocol import TicketState

STATUSES = tuple(s.value for s in TicketStatus)
#: Event types whose payload is a ticket's whole state after the change.
STATE_EVENTS = frozenset({f"ticket.{s}" for s in STATUSES} | {"ticket.recalled"})
#: Statuses a ticket has before it stands in the queue, and in the queue.
PRE_QUEUE = frozenset({"issued", "print_failed"})
IN_QUEUE = frozenset({"waiting", "transferred"})
#: Statuses in which a ticket belongs to the counter that called it.
HELD = frozenset({"called", "serving", "held", "done"})

_TICKET_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_SERVICE = re.compile(r"^[A-Za-z0-9_.-]{1,24}$")
_PREFIX = re.compile(r"^[A-Za-z0-9_.]{1,24}$")
MAX_NUMBER = 999_999_999
MAX_RECALLS = 1_000_000
YEARS = (2000, 9998)


class PayloadError(ValueError):
    """A ticket payload the server cannot take; `field` is its dotted place in the event."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


def parse_state(payload: dict[str, Any]) -> TicketState:
    """The payload as a TicketState, checked so that every value fits the ticket table."""
    try:
        state = TicketState.model_validate(payload)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in ("payload", *first["loc"]))
        raise PayloadError(where, first["msg"]) from exc
    if not _TICKET_ID.match(state.ticket_id):
        raise PayloadError("payload.ticket_id", "1 to 64 letters, digits, '-' or '_'")
    if not _SERVICE.match(state.service):
        raise PayloadError("payload.service", "1 to 24 letters, digits, '.', '-' or '_'")
    split_number(state.number)
    if state.counter is not None and not 1 <= state.counter <= 999:
        raise PayloadError("payload.counter", "a counter number is 1 to 999")
    if not 0 <= state.recall_count <= MAX_RECALLS:
        raise PayloadError("payload.recall_count", f"must be 0 to {MAX_RECALLS}")
    _check_years(state)
    return state


def split_number(label: str) -> tuple[str, int]:
    """`A1-003` → (`A1`, 3); a PayloadError for anything else."""
    prefix, dash, digits = label.rpartition("-")
    if not dash or not _PREFIX.match(prefix) or not digits.isascii() or not digits.isdigit():
        raise PayloadError("payload.number", "a ticket number looks like PREFIX-NNN")
    number = int(digits)
    if number > MAX_NUMBER:
        raise PayloadError("payload.number", f"the number is above {MAX_NUMBER}")
    return prefix, number


def _check_years(state: TicketState) -> None:
    low, high = YEARS
    for name in ("service_day", "issued_at", "queued_at", "called_at", "serving_at", "finished_at"):
        value: date | datetime | None = getattr(state, name)
        if value is not None and not low <= value.year <= high:
            raise PayloadError(f"payload.{name}", f"the year must be {low} to {high}")


def row_values(state: TicketState, station_id: str, event_id: str, now: datetime) -> dict[str, Any]:
    """The ticket table's columns for this state (`station_id`: the issuing station)."""
    prefix, number = split_number(state.number)
    return {
        "id": state.ticket_id,
        "service_code": state.service,
        "service_day": state.service_day,
        "prefix": prefix,
        "number": number,
        "status": state.status,
        "priority": state.priority,
        "issued_at": state.issued_at,
        "queued_at": state.queued_at,
        "called_at": state.called_at,
        "counter": state.counter,
        "recall_count": state.recall_count,
        "print_failed": state.print_failed,
        "serving_at": state.serving_at,
        "finished_at": state.finished_at,
        "outcome": state.outcome,
        "note": state.note,
        "origin_service": state.origin_service,
        "target_counter": state.target_counter,
        "station_id": station_id,
        "last_event_id": event_id,
        "updated_at": now,
    }


def state_of(row: Row[Any] | dict[str, Any]) -> TicketState:
    """A ticket row (or its column values) as the wire's TicketState."""
    values = row if isinstance(row, dict) else row._mapping
    return TicketState(
        ticket_id=values["id"],
        number=f"{values['prefix']}-{values['number']:03d}",
        service=values["service_code"],
        service_day=values["service_day"],
        status=values["status"],
        priority=values["priority"],
        issued_at=values["issued_at"],
        queued_at=values["queued_at"],
        called_at=values["called_at"],
        counter=values["counter"],
        recall_count=values["recall_count"],
        print_failed=bool(values["print_failed"]),
        serving_at=values["serving_at"],
        finished_at=values["finished_at"],
        outcome=values["outcome"],
        note=values["note"],
        origin_service=values["origin_service"],
        target_counter=values["target_counter"],
    )


def payload_of(row: Row[Any] | dict[str, Any]) -> dict[str, Any]:
    """The payload of a server-made `ticket.*` event for a ticket row: the keys a station writes.

    `station` names the issuing station: a station takes the event's own station as the
    issuer when the payload names none, which for a server-made event is the counter
    that called, not the kiosk that issued the ticket.
    """
    values = row if isinstance(row, dict) else row._mapping
    return {**state_of(row).model_dump(mode="json"), "station": values["station_id"]}


def number_key(values: dict[str, Any]) -> tuple[str, date, int]:
    """What must be unique among tickets: the printed number (prefix and number) on a day."""
    return (values["prefix"], values["service_day"], values["number"])
