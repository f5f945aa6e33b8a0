"""The whole hall's report, read from the server's database.

The server has every station's tickets (its `ticket` table, the state after the last
event) and every counter's sign-ins: the stations' `officer.signed_in` and
`officer.signed_out` events, which it stores as they came (the officer's name, the
counter, the times; never a PIN). From these it names the officer of every ticket
called at a counter whose station has synced its sign-ins.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Connection, select

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.text import Text
from kiosk.domain.ticket import Outcome, PriorityClass, Ticket, TicketStatus
from kiosk.reports.facts import AttendanceSpan, SurveyAnswer, collect_facts
from kiosk.reports.figures import Grouping, Report, build_report
from kiosk.reports.periods import Period
from sync.server.feedback import survey_records
from sync.server.models import Event
from sync.server.models import Ticket as TicketRow

SIGN_EVENTS = ("officer.signed_in", "officer.signed_out")
E = TypeVar("E", PriorityClass, Outcome)
SOURCE = Text("Server MPP (semua stasiun)", "Hall server (every station)")


def hall_report(
    conn: Connection,
    catalogue: Catalogue | None,
    period: Period,
    now: datetime,
    by: Grouping = Grouping.HALL,
    surveys: Iterable[SurveyAnswer] | None = None,
) -> Report:
    """The report of a period over every station's tickets, sign-ins and survey answers
    (those the server keeps, unless `surveys` are given)."""
    tickets = period_tickets(conn, period.first, period.last)
    if surveys is None:
        surveys = survey_records(conn, period.first, period.last)
    facts = collect_facts(tickets, catalogue, attendance(conn, period))
    notes = [] if catalogue is not None else [_NO_CATALOGUE]
    return build_report(
        facts,
        surveys,
        catalogue,
        period,
        by=by,
        source=SOURCE,
        generated_at=now,
        notes=notes,
    )


def period_tickets(conn: Connection, first: date, last: date) -> list[Ticket]:
    """The hall's tickets of the days `first` … `last`, as domain tickets."""
    table = TicketRow.__table__
    query = select(table).where(table.c.service_day.between(first, last))
    return [_ticket(row._mapping) for row in conn.execute(query)]


def attendance(conn: Connection, period: Period) -> list[AttendanceSpan]:
    """Every sign-in that may cover a ticket of the period, from the officers' events.

    A sign-in and its sign-out carry the same `attendance_id`; the sign-out's `at` ends
    it. A sign-in is never taken to reach into the next day (see OfficerFinder).
    """
    query = select(Event.type, Event.payload).where(
        Event.type.in_(SIGN_EVENTS),
        Event.occurred_at >= period.start - timedelta(days=1),
        Event.occurred_at < period.end + timedelta(days=1),
    )
    spans: dict[str, dict[str, Any]] = {}
    for kind, text in conn.execute(query):
        span = _span_of(kind, text)
        if span is not None:
            key = span.pop("id")
            spans[key] = {**spans.get(key, {}), **{k: v for k, v in span.items() if v}}
    return [
        AttendanceSpan(s["officer"], s["counter"], s["start"], s.get("end"))
        for s in spans.values()
        if {"officer", "counter", "start"} <= s.keys()
    ]


def _span_of(kind: str, text: str) -> dict[str, Any] | None:
    """The parts of a sign-in a payload gives; None for one that cannot be read."""
    try:
        payload = json.loads(text)
        counter = int(payload["counter"])
        start = datetime.fromisoformat(str(payload["signed_in_at"]))
        at = datetime.fromisoformat(str(payload["at"]))
        officer = " ".join(str(payload["officer"]).split())[:80]
        key = str(payload["attendance_id"])
    except (ValueError, KeyError, TypeError):
        return None
    if start.tzinfo is None or at.tzinfo is None or not officer:
        return None  # a station always writes aware times; anything else is not ours
    end = at if kind == "officer.signed_out" else None
    return {"id": key, "officer": officer, "counter": counter, "start": start, "end": end}


def _ticket(row: Any) -> Ticket:
    status = TicketStatus(row["status"])
    return Ticket(
        id=row["id"],
        service_code=row["service_code"],
        service_day=row["service_day"],
        prefix=row["prefix"],
        number=row["number"],
        status=status,
        priority=_enum(PriorityClass, row["priority"]),
        issued_at=row["issued_at"],
        queued_at=row["queued_at"],
        station_id=row["station_id"],
        print_failed=bool(row["print_failed"]),
        called_at=row["called_at"],
        counter_number=row["counter"],
        serving_at=row["serving_at"],
        finished_at=row["finished_at"],
        recall_count=row["recall_count"],
        outcome=_enum(Outcome, row["outcome"]),
        origin_service=row["origin_service"],
    )


def _enum(kind: type[E], value: str | None) -> E | None:
    if value is None:
        return None
    try:
        return kind(value)
    except ValueError:
        return None  # a newer station's value this server does not know


_NO_CATALOGUE = Text(
    "Server belum punya katalog (mpp-server catalog import): nama layanan, instansi dan "
    "waktu standar tidak diketahui.",
    "The server has no catalogue yet (mpp-server catalog import): service and agency names "
    "and standard times are unknown.",
)
