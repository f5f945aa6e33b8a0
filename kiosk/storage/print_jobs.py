"""Print jobs in the store: the bytes rendered once, and how each attempt went."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.storage.models import PrintJobRow, TicketRow


class PrintJobRepository:
    """Rows of the `print_job` table."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, row: PrintJobRow) -> None:
        """Store a new job."""
        self._session.add(row)

    def get(self, job_id: str) -> PrintJobRow | None:
        """A job by id."""
        return self._session.get(PrintJobRow, job_id)

    def last_attempt(self, ticket_id: str) -> datetime | None:
        """When a ticket's jobs were last sent to a printer."""
        query = (
            select(PrintJobRow.last_attempt_at)
            .where(PrintJobRow.ticket_id == ticket_id, PrintJobRow.last_attempt_at.is_not(None))
            .order_by(PrintJobRow.last_attempt_at.desc())
            .limit(1)
        )
        return self._session.scalar(query)

    def last_of_kind(self, kind: str) -> PrintJobRow | None:
        """The newest job of a kind ("ticket", "receipt") made at this station."""
        query = select(PrintJobRow).where(PrintJobRow.kind == kind)
        return self._session.scalars(query.order_by(PrintJobRow.created_at.desc()).limit(1)).first()

    def failures_on(self, day: date) -> int:
        """Tickets of a hall day whose printing failed at least once."""
        query = select(func.count()).where(TicketRow.service_day == day, TicketRow.print_failed)
        return int(self._session.scalar(query) or 0)
