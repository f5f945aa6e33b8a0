"""What happens around printing: results recorded, keep-or-cancel after a failure, reprints.

A ticket whose print failed is never left silently waiting: the citizen is shown
the number and QR and chooses to keep it (it waits, flagged) or cancel it; no
answer within `ANSWER_WINDOW` cancels it. Numbers are never reused; staff can
restore a cancelled ticket.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from kiosk.clock import Clock, service_day
from kiosk.domain.text import Text
from kiosk.domain.ticket import TicketStatus
from kiosk.errors import TicketNotFound, TicketStateError
from kiosk.services.dto import PrintJobView, TicketView
from kiosk.services.print_jobs import PrintRequest, attach_job
from kiosk.services.ticket_service import TicketService
from kiosk.storage.models import PrintJobRow
from kiosk.storage.store import Store
from kiosk.storage.uow import UnitOfWork

S = TicketStatus
ANSWER_WINDOW = timedelta(seconds=60)
_ERROR_CHARS = 500


@dataclass(frozen=True, slots=True)
class ReceiptRecord:
    """What the hall keeps of a printed tanda terima."""

    receipt_number: str
    officer: str
    requirements: tuple[str, ...]  # the service's requirements, in Indonesian
    received: tuple[bool, ...] | None  # ticked by the counter; None: printed unticked

    def payload(self, ticket_id: str) -> dict[str, Any]:
        """The `receipt.issued` event's payload."""
        checklist = (
            [
                {"requirement": r, "received": ok}
                for r, ok in zip(self.requirements, self.received, strict=True)
            ]
            if self.received is not None
            else None
        )
        return {
            "ticket_id": ticket_id,
            "receipt_number": self.receipt_number,
            "officer": self.officer,
            "checklist": checklist,
        }


class PrintService:
    """Print jobs and the ticket states that depend on them."""

    def __init__(self, store: Store, tickets: TicketService, clock: Clock) -> None:
        self._store = store
        self._tickets = tickets
        self._clock = clock

    def job(self, job_id: str) -> PrintJobView:
        """A stored job with its bytes."""
        with self._store.uow() as uow:
            return _job_view(self._row(uow, job_id))

    def record(self, job_id: str, ok: bool, error: str | None = None) -> TicketView | None:
        """Record one attempt; a ticket still being printed becomes waiting or print-failed."""
        now = self._clock.now()
        with self._store.uow(write=True) as uow:
            row = self._row(uow, job_id)
            row.attempts += 1
            row.last_attempt_at = now
            row.printed_at = now if ok else row.printed_at
            row.last_error = None if ok else (error or "unknown")[:_ERROR_CHARS]
            view = None
            ticket = uow.tickets.get(row.ticket_id) if row.ticket_id else None
            if ticket is not None:
                # Only the ticket's own print decides its state (not a receipt for it).
                if row.kind == "ticket" and ticket.status in (S.ISSUED, S.PRINT_FAILED):
                    target = S.WAITING if ok else S.PRINT_FAILED
                    if target is not ticket.status:
                        ticket = self._tickets.apply(uow, ticket, target, now)
                view = dataclasses.replace(self._tickets.view(uow, ticket), print_job_id=row.id)
            uow.commit()
        return view

    def keep(self, ticket_id: str) -> TicketView:
        """The citizen noted the number after a failed print: the ticket waits, flagged."""
        with self._store.uow(write=True) as uow:
            ticket = uow.tickets.get(ticket_id)
            if ticket is None:
                raise TicketNotFound(Text("Tiket tidak ditemukan.", "Ticket not found."))
            if ticket.status is not S.PRINT_FAILED:
                raise TicketStateError(
                    Text(
                        f"Tiket {ticket.label} tidak sedang menunggu keputusan "
                        "setelah gagal cetak.",
                        f"Ticket {ticket.label} is not awaiting a decision after a failed print.",
                    )
                )
            kept = self._tickets.apply(uow, ticket, S.WAITING, self._clock.now())
            view = self._tickets.view(uow, kept)
            uow.commit()
        return view

    def expire_unanswered(self) -> list[str]:
        """Cancel tickets whose print outcome nobody answered in time; returns their numbers.

        Covers a print failure left unanswered for `ANSWER_WINDOW` and a ticket
        left mid-print by a crash or a power cut.
        """
        now = self._clock.now()
        expired: list[str] = []
        with self._store.uow(write=True) as uow:
            for ticket in uow.tickets.in_states([S.ISSUED, S.PRINT_FAILED]):
                last = uow.print_jobs.last_attempt(ticket.id) or ticket.issued_at
                if now - last >= ANSWER_WINDOW:
                    self._tickets.apply(uow, ticket, S.CANCELLED, now)
                    expired.append(ticket.label)
            uow.commit()
        return expired

    def reprint(self, ticket_id: str, request: PrintRequest) -> TicketView:
        """A new job for a ticket, rendered as a copy; the ticket's state does not change."""
        now = self._clock.now()
        with self._store.uow(write=True) as uow:
            ticket = uow.tickets.get(ticket_id)
            if ticket is None:
                raise TicketNotFound(Text("Tiket tidak ditemukan.", "Ticket not found."))
            view = attach_job(uow, self._tickets.view(uow, ticket), request, now, copy=True)
            uow.outbox.add("ticket.reprinted", {"ticket_id": ticket.id}, now)
            uow.commit()
        return view

    def add_receipt(self, ticket_id: str, receipt: ReceiptRecord, printer: str, data: bytes) -> str:
        """Keep a rendered tanda terima with its ticket, and record it (its number, officer
        and checklist) for sync; its job id."""
        job_id = str(uuid.uuid4())
        now = self._clock.now()
        with self._store.uow(write=True) as uow:
            uow.print_jobs.add(
                PrintJobRow(
                    id=job_id,
                    ticket_id=ticket_id,
                    kind="receipt",
                    printer=printer,
                    data=data,
                    copy=False,
                    created_at=now,
                    attempts=0,
                )
            )
            uow.outbox.add("receipt.issued", receipt.payload(ticket_id), now)
            uow.commit()
        return job_id

    def last_receipt(self) -> PrintJobView | None:
        """The newest tanda terima printed (or tried) at this station, with its bytes."""
        with self._store.uow() as uow:
            row = uow.print_jobs.last_of_kind("receipt")
            return _job_view(row) if row is not None else None

    def failures_today(self) -> int:
        """Tickets of today whose printing failed at least once (shown to staff)."""
        with self._store.uow() as uow:
            return uow.print_jobs.failures_on(service_day(self._clock.now()))

    @staticmethod
    def _row(uow: UnitOfWork, job_id: str) -> PrintJobRow:
        row = uow.print_jobs.get(job_id)
        if row is None:
            raise TicketNotFound(Text("Pekerjaan cetak tidak ditemukan.", "Print job not found."))
        return row


def _job_view(row: PrintJobRow) -> PrintJobView:
    return PrintJobView(
        id=row.id,
        ticket_id=row.ticket_id,
        kind=row.kind,
        printer=row.printer,
        data=row.data,
        copy=row.copy,
        attempts=row.attempts,
        printed=row.printed_at is not None,
        last_error=row.last_error,
    )
