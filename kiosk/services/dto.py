"""Plain, frozen results of the use cases: safe to hand to screens and threads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.clock import local
from kiosk.domain.schedule import Availability
from kiosk.domain.text import Text


@dataclass(frozen=True, slots=True)
class TicketView:
    """A ticket with what a citizen or a clerk wants to know about it."""

    id: str
    number: str
    service_code: str
    service_name: Text
    agency_code: str
    agency_name: Text
    status: str
    priority: str | None
    issued_at: datetime
    people_ahead: int
    estimated_wait_minutes: int
    print_failed: bool
    counter_number: int | None
    qr_payload: str
    station_id: str
    print_job_id: str | None = None
    #: When it entered the queue (kept across a transfer): the waiting time counts from here.
    queued_at: datetime | None = None
    called_at: datetime | None = None
    serving_at: datetime | None = None
    recall_count: int = 0
    has_form: bool = False
    outcome: str | None = None
    note: str | None = None
    #: The service it was issued for, when it was transferred away from it.
    origin_service: str | None = None
    #: Transferred to (or held for) one counter: only that counter calls it.
    target_counter: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The ticket as one JSON object (CLI `--json`)."""
        return {
            "id": self.id,
            "number": self.number,
            "service": self.service_code,
            "service_name": self.service_name.id,
            "agency": self.agency_code,
            "status": self.status,
            "priority": self.priority,
            "issued_at": local(self.issued_at).isoformat(timespec="seconds"),
            "people_ahead": self.people_ahead,
            "estimated_wait_minutes": self.estimated_wait_minutes,
            "print_failed": self.print_failed,
            "counter": self.counter_number,
        }


@dataclass(frozen=True, slots=True)
class ServiceStatus:
    """A service as the catalogue shows it right now: open or not, and its queue."""

    code: str
    prefix: str
    name: Text
    agency_code: str
    availability: Availability
    waiting: int
    estimated_wait_minutes: int
    daily_quota: int | None
    nominal_minutes: int


@dataclass(frozen=True, slots=True)
class PrintJobView:
    """A stored print job: the exact bytes to send, and where."""

    id: str
    ticket_id: str | None
    kind: str
    printer: str
    data: bytes
    copy: bool
    attempts: int
    printed: bool
    last_error: str | None
