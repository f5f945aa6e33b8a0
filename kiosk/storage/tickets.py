"""Queries and writes on tickets and the daily number counters."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, func, or_, select, update
from sqlalchemy.orm import Session

from kiosk.domain.ticket import IN_QUEUE, RELEASED, Outcome, PriorityClass, Ticket, TicketStatus
from kiosk.storage.models import DailyCounterRow, TicketRow


class TicketRepository:
    """Tickets of the station's store, as domain objects."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def next_number(self, service_code: str, day: date) -> int:
        """Take the next number of a service on a hall day (call inside a write transaction)."""
        taken = self._session.execute(
            update(DailyCounterRow)
            .where(DailyCounterRow.service_code == service_code)
            .where(DailyCounterRow.service_day == day)
            .values(last_number=DailyCounterRow.last_number + 1)
            .returning(DailyCounterRow.last_number)
        ).scalar_one_or_none()
        if taken is not None:
            return int(taken)
        self._session.add(
            DailyCounterRow(service_code=service_code, service_day=day, last_number=1)
        )
        self._session.flush()
        return 1

    def add(self, ticket: Ticket) -> None:
        """Store a new ticket."""
        self._session.add(_to_row(ticket))

    def save(self, ticket: Ticket) -> None:
        """Write a changed ticket back."""
        self._session.merge(_to_row(ticket))

    def get(self, ticket_id: str) -> Ticket | None:
        """A ticket by id."""
        row = self._session.get(TicketRow, ticket_id)
        return _to_domain(row) if row else None

    def find_number(self, day: date, prefix: str, number: int) -> Ticket | None:
        """A ticket by its printed number on a day."""
        row = self._session.scalars(
            select(TicketRow).where(
                TicketRow.service_day == day, TicketRow.prefix == prefix, TicketRow.number == number
            )
        ).first()
        return _to_domain(row) if row else None

    def holder(self, prefix: str, day: date, number: int) -> str | None:
        """The id of the ticket holding a printed number (prefix, number) on a day, if any."""
        return self._session.scalar(
            select(TicketRow.id).where(
                TicketRow.prefix == prefix,
                TicketRow.service_day == day,
                TicketRow.number == number,
            )
        )

    def of_day(self, day: date, service_codes: Iterable[str] | None = None) -> list[Ticket]:
        """All tickets of a hall day, oldest first, optionally for some services only.

        Read as plain rows, not ORM objects: the live queue figures read a whole
        busy day (thousands of tickets) every few seconds.
        """
        table = TicketRow.__table__
        query = select(table).where(table.c.service_day == day)
        if service_codes is not None:
            query = query.where(table.c.service_code.in_(list(service_codes)))
        rows = self._session.execute(query.order_by(table.c.issued_at, table.c.number))
        return [_to_domain(r) for r in rows]

    def of_days(self, first: date, last: date) -> list[Ticket]:
        """Every ticket of the hall days `first` … `last`, for reports (plain rows, as above)."""
        table = TicketRow.__table__
        query = select(table).where(table.c.service_day.between(first, last))
        return [_to_domain(r) for r in self._session.execute(query)]

    def live(
        self, day: date, since: datetime, service_codes: Iterable[str] | None = None
    ) -> list[Ticket]:
        """What the live queue figures need: tickets in the queue or being printed, and
        tickets called since `since` (for the calling order, service times, open counters).
        """
        table = TicketRow.__table__
        live_states = [s.value for s in (*IN_QUEUE, TicketStatus.ISSUED, TicketStatus.PRINT_FAILED)]
        query = select(table).where(
            table.c.service_day == day,
            or_(table.c.status.in_(live_states), table.c.called_at >= since),
        )
        if service_codes is not None:
            query = query.where(table.c.service_code.in_(list(service_codes)))
        return [_to_domain(r) for r in self._session.execute(query)]

    def holding_places(self, day: date) -> dict[str, int]:
        """Per service, today's tickets that count against its quota."""
        query = (
            select(TicketRow.service_code, func.count())
            .where(
                TicketRow.service_day == day,
                TicketRow.status.not_in([s.value for s in RELEASED]),
            )
            .group_by(TicketRow.service_code)
        )
        return {code: int(count) for code, count in self._session.execute(query)}

    def waiting(self, day: date, service_codes: Sequence[str]) -> list[Ticket]:
        """Tickets standing in the queue of these services today."""
        rows = self._session.scalars(
            select(TicketRow).where(
                TicketRow.service_day == day,
                TicketRow.service_code.in_(service_codes),
                TicketRow.status.in_([s.value for s in IN_QUEUE]),
            )
        )
        return [_to_domain(r) for r in rows]

    def in_states(self, states: Iterable[TicketStatus]) -> list[Ticket]:
        """Tickets of any day in these states (few: those awaiting a print outcome)."""
        rows = self._session.scalars(
            select(TicketRow).where(TicketRow.status.in_([s.value for s in states]))
        )
        return [_to_domain(r) for r in rows]

    def holding_place(self, day: date, service_code: str) -> int:
        """Today's tickets of a service that count against its quota."""
        query = select(func.count()).where(
            TicketRow.service_day == day,
            TicketRow.service_code == service_code,
            TicketRow.status.not_in([s.value for s in RELEASED]),
        )
        return int(self._session.scalar(query) or 0)

    def called(self, day: date, service_codes: Sequence[str]) -> list[Ticket]:
        """Today's tickets of these services that were ever called, in calling order."""
        rows = self._session.scalars(
            select(TicketRow)
            .where(
                TicketRow.service_day == day,
                TicketRow.service_code.in_(service_codes),
                TicketRow.called_at.is_not(None),
            )
            .order_by(TicketRow.called_at)
        )
        return [_to_domain(r) for r in rows]


def _to_row(t: Ticket) -> TicketRow:
    return TicketRow(
        id=t.id,
        service_code=t.service_code,
        service_day=t.service_day,
        prefix=t.prefix,
        number=t.number,
        status=t.status.value,
        priority=t.priority.value if t.priority else None,
        print_failed=t.print_failed,
        station_id=t.station_id,
        issued_at=t.issued_at,
        queued_at=t.queued_at,
        called_at=t.called_at,
        counter_number=t.counter_number,
        serving_at=t.serving_at,
        finished_at=t.finished_at,
        recall_count=t.recall_count,
        outcome=t.outcome.value if t.outcome else None,
        note=t.note,
        origin_service=t.origin_service,
        target_counter=t.target_counter,
    )


def _to_domain(r: TicketRow | Row[Any]) -> Ticket:
    return Ticket(
        id=r.id,
        service_code=r.service_code,
        service_day=r.service_day,
        prefix=r.prefix,
        number=r.number,
        status=TicketStatus(r.status),
        priority=PriorityClass(r.priority) if r.priority else None,
        issued_at=r.issued_at,
        queued_at=r.queued_at,
        station_id=r.station_id,
        print_failed=r.print_failed,
        called_at=r.called_at,
        counter_number=r.counter_number,
        serving_at=r.serving_at,
        finished_at=r.finished_at,
        recall_count=r.recall_count,
        outcome=Outcome(r.outcome) if r.outcome else None,
        note=r.note,
        origin_service=r.origin_service,
        target_counter=r.target_counter,
    )
