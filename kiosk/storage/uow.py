"""Unit of work: one SQLite transaction with the repositories that work inside it."""

from __future__ import annotations

from collections.abc import Iterable
from types import TracebackType
from typing import Self

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.storage.engine import WRITE
from kiosk.storage.models import FormSubmissionRow
from kiosk.storage.numbers import NumberBlocks
from kiosk.storage.outbox import Outbox
from kiosk.storage.print_jobs import PrintJobRepository
from kiosk.storage.settings import Settings
from kiosk.storage.tickets import TicketRepository


class UnitOfWork:
    """`with uow:` opens a transaction; `commit()` keeps it, leaving without commit undoes it."""

    session: Session
    tickets: TicketRepository
    outbox: Outbox
    print_jobs: PrintJobRepository
    settings: Settings
    numbers: NumberBlocks

    def __init__(self, sessions: sessionmaker[Session], station_id: str, *, write: bool) -> None:
        self._sessions = sessions
        self._station_id = station_id
        self._write = write

    def __enter__(self) -> Self:
        self.session = self._sessions()
        if self._write:
            self.session.connection(execution_options=WRITE)
        self.tickets = TicketRepository(self.session)
        self.outbox = Outbox(self.session, self._station_id)
        self.print_jobs = PrintJobRepository(self.session)
        self.settings = Settings(self.session)
        self.numbers = NumberBlocks(self.session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # close() rolls back whatever was not committed, without expiring what was read.
        self.session.close()

    def forms_of(self, ticket_ids: Iterable[str]) -> set[str]:
        """Which of these tickets have a form submission."""
        ids = list(ticket_ids)
        if not ids:
            return set()
        query = select(FormSubmissionRow.ticket_id).where(FormSubmissionRow.ticket_id.in_(ids))
        return set(self.session.scalars(query))

    def commit(self) -> None:
        """Make the transaction's changes durable (synchronous=FULL: on disk when this returns)."""
        self.session.commit()
