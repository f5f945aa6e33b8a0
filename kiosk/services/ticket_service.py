"""Issuing tickets and moving them through the queue; each change writes its event."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from kiosk.clock import Clock, service_day
from kiosk.domain.catalogue import Service
from kiosk.domain.forms import Answers
from kiosk.domain.numbering import NumbersExhausted
from kiosk.domain.queue import callable_by, next_ticket
from kiosk.domain.schedule import availability
from kiosk.domain.text import Text
from kiosk.domain.ticket import (
    AT_COUNTER,
    IN_QUEUE,
    MAX_NOTE,
    InvalidTransition,
    Outcome,
    PriorityClass,
    Ticket,
    TicketStatus,
    check_transition,
)
from kiosk.errors import (
    PriorityNotAllowed,
    ServiceClosed,
    TicketNotFound,
    TicketStateError,
    UnknownService,
)
from kiosk.services.catalogue_service import CatalogueService
from kiosk.services.dto import TicketView
from kiosk.services.form_service import FormService
from kiosk.services.numbering import take_number
from kiosk.services.print_jobs import PrintRequest, attach_job
from kiosk.services.queue_service import QueueService
from kiosk.services.ticket_events import ticket_payload
from kiosk.storage.store import Store
from kiosk.storage.uow import UnitOfWork

S = TicketStatus


class TicketService:
    """The ticket use cases shared by kiosk, counter and CLI."""

    def __init__(
        self,
        store: Store,
        catalogues: CatalogueService,
        queues: QueueService,
        clock: Clock,
        forms: FormService,
    ) -> None:
        self._store = store
        self._forms = forms
        self._catalogues = catalogues
        self._queues = queues
        self._clock = clock

    def issue(
        self,
        service_code: str,
        priority: PriorityClass | None = None,
        *,
        print_with: PrintRequest | None = None,
        answers: Answers | None = None,
    ) -> TicketView:
        """Give the next number of a service, if it can issue now; raises with the reason if not.

        With `print_with`, the ticket is rendered to printer bytes in the same
        transaction and waits in state `issued` until the print result is recorded.
        With `answers`, the service's form is checked first (FormInvalid names every
        wrong field) and stored with the ticket, in the same transaction.
        """
        catalogue = self._catalogues.current()
        service = catalogue.service(service_code)
        if service is None:
            raise UnknownService(service_code)
        _check_priority(service, priority)
        checked = self._forms.check(service, answers) if answers is not None else None
        now = self._clock.now()
        day = service_day(now)
        with self._store.uow(write=True) as uow:
            holding = uow.tickets.holding_place(day, service.code)
            avail = availability(
                service, catalogue, now, holding, always_open=self._queues.always_open
            )
            if not avail.can_issue:
                raise ServiceClosed(avail.message)
            status = S.ISSUED if print_with else S.WAITING
            ticket = self._new_ticket(uow, service, status, priority, now)
            uow.session.flush()
            if checked is not None:
                self._forms.store(uow, ticket.id, checked, now)
            view = self._queues.views(uow, [ticket])[0]
            if print_with is not None:
                view = attach_job(uow, view, print_with, now, copy=False)
            uow.commit()
        return view

    def issue_at_counter(
        self, service_code: str, counter: int, priority: PriorityClass | None = None
    ) -> TicketView:
        """A walk-in served at once: a new number of the service, called and served here.

        The clerk has the citizen in front of them, so hours and quota do not stop it.
        """
        service = self._catalogues.current().service(service_code)
        if service is None:
            raise UnknownService(service_code)
        _check_priority(service, priority)
        now = self._clock.now()
        with self._store.uow(write=True) as uow:
            ticket = self._new_ticket(uow, service, S.WAITING, priority, now)
            called = self.apply(uow, ticket, S.CALLED, now, counter_number=counter)
            serving = self.apply(uow, called, S.SERVING, now)
            view = self._queues.views(uow, [serving])[0]
            uow.commit()
        return view

    def _new_ticket(
        self,
        uow: UnitOfWork,
        service: Service,
        status: TicketStatus,
        priority: PriorityClass | None,
        now: datetime,
    ) -> Ticket:
        """A new ticket with the service's next number, stored with its `ticket.issued`."""
        day = service_day(now)
        ticket = Ticket(
            id=str(uuid.uuid4()),
            service_code=service.code,
            service_day=day,
            prefix=service.prefix,
            number=self._take_number(uow, service.code, day, service.prefix),
            status=status,
            priority=priority,
            issued_at=now,
            queued_at=now,
            station_id=self._store.station_id,
        )
        uow.tickets.add(ticket)
        uow.outbox.add("ticket.issued", ticket_payload(ticket), now)
        return ticket

    def today(self) -> list[TicketView]:
        """Today's tickets, oldest first."""
        with self._store.uow() as uow:
            tickets = uow.tickets.of_day(service_day(self._clock.now()))
            return self._queues.views(uow, tickets)

    def last_issued_here(self) -> TicketView | None:
        """The newest ticket this station issued today (for "reprint the last ticket")."""
        with self._store.uow() as uow:
            mine = [
                t
                for t in uow.tickets.of_day(service_day(self._clock.now()))
                if t.station_id == self._store.station_id
            ]
            return self._queues.views(uow, mine[-1:])[0] if mine else None

    def get(self, ticket_id: str) -> TicketView:
        """One ticket by id."""
        with self._store.uow() as uow:
            return self._queues.views(uow, [self._load(uow, ticket_id)])[0]

    def find(self, number: str) -> TicketView:
        """Today's ticket with a printed number such as `A-012`."""
        prefix, _, digits = number.strip().upper().rpartition("-")
        if not prefix or not digits.isdigit():
            raise TicketNotFound(_no_number(number))
        with self._store.uow() as uow:
            found = uow.tickets.find_number(service_day(self._clock.now()), prefix, int(digits))
            if found is None:
                raise TicketNotFound(_no_number(number))
            return self._queues.views(uow, [found])[0]

    def call_next(
        self, counter_number: int, service_codes: Sequence[str], *, own_only: bool = False
    ) -> TicketView | None:
        """Call the next ticket of these services to a counter; None when nobody waits.

        `own_only` (a counter cut off from the server): only tickets this station
        issued itself, which no other counter can be calling (docs/sync-protocol.md).
        """
        now = self._clock.now()
        with self._store.uow(write=True) as uow:
            tickets = uow.tickets.of_day(service_day(now), service_codes)
            if own_only:
                tickets = [t for t in tickets if t.station_id == self._store.station_id]
            ticket = next_ticket(tickets, counter_number)
            if ticket is None:
                return None
            moved = self.apply(uow, ticket, S.CALLED, now, counter_number=counter_number)
            view = self._queues.views(uow, [moved])[0]
            uow.commit()
        return view

    def call(self, ticket_id: str, counter_number: int) -> TicketView:
        """Call one ticket to a counter (e.g. the citizen at the desk showed its QR)."""
        now = self._clock.now()
        with self._store.uow(write=True) as uow:
            ticket = self._load(uow, ticket_id)
            if ticket.status in AT_COUNTER and ticket.counter_number != counter_number:
                raise TicketStateError(
                    Text(
                        f"Tiket {ticket.label} sudah dipanggil Loket {ticket.counter_number}.",
                        f"Ticket {ticket.label} was already called by counter "
                        f"{ticket.counter_number}.",
                    )
                )
            if ticket.status is S.CALLED:
                return self.view(uow, ticket)  # already this counter's: no second call
            if ticket.status in IN_QUEUE and not callable_by(ticket, counter_number):
                raise TicketStateError(
                    Text(
                        f"Tiket {ticket.label} dialihkan ke Loket {ticket.target_counter}.",
                        f"Ticket {ticket.label} was sent to counter {ticket.target_counter}.",
                    )
                )
            moved = self.apply(uow, ticket, S.CALLED, now, counter_number=counter_number)
            view = self._queues.views(uow, [moved])[0]
            uow.commit()
        return view

    def recall(self, ticket_id: str) -> TicketView:
        """Call the same ticket again (announced again, no new ticket)."""
        return self.move(ticket_id, S.CALLED, only_from=S.CALLED)

    def start_serving(self, ticket_id: str) -> TicketView:
        """The citizen is at the counter."""
        return self.move(ticket_id, S.SERVING)

    def finish(
        self, ticket_id: str, outcome: Outcome = Outcome.SELESAI, note: str | None = None
    ) -> TicketView:
        """Service over, with how it ended and the clerk's optional note."""
        return self.move(ticket_id, S.DONE, outcome=outcome, note=clean_note(note))

    def no_show(self, ticket_id: str) -> TicketView:
        """Called, but the citizen did not come."""
        return self.move(ticket_id, S.NO_SHOW)

    def cancel(self, ticket_id: str) -> TicketView:
        """Cancel a ticket; its number is never given again."""
        return self.move(ticket_id, S.CANCELLED)

    def restore(self, ticket_id: str) -> TicketView:
        """Put a cancelled or no-show ticket back in the queue (staff)."""
        return self.move(ticket_id, S.WAITING)

    def move(
        self,
        ticket_id: str,
        target: TicketStatus,
        *,
        only_from: TicketStatus | None = None,
        **extra: Any,
    ) -> TicketView:
        """Move a ticket to `target` (only from `only_from`, if given), setting `extra` fields."""
        now = self._clock.now()
        with self._store.uow(write=True) as uow:
            ticket = self._load(uow, ticket_id)
            if only_from is not None and ticket.status is not only_from:
                raise _state_error(ticket, InvalidTransition(ticket.status, target))
            moved = self.apply(uow, ticket, target, now, **extra)
            view = self._queues.views(uow, [moved])[0]
            uow.commit()
        return view

    def apply(
        self,
        uow: UnitOfWork,
        ticket: Ticket,
        target: TicketStatus,
        now: datetime,
        counter_number: int | None = None,
        **extra: Any,
    ) -> Ticket:
        """Move a ticket inside an open unit of work and record the event.

        `extra` sets further fields of the ticket with the move (an outcome, a note, the
        service of a transfer).
        """
        try:
            check_transition(ticket.status, target)
        except InvalidTransition as exc:
            raise _state_error(ticket, exc) from exc
        changes = _changes(ticket, target, now, counter_number)
        moved = dataclasses.replace(ticket, status=target, **{**changes, **extra})
        if moved.service_code != ticket.service_code and moved.origin_service is None:
            # Moved to another service: it keeps the one it was issued for, for reports.
            moved = dataclasses.replace(moved, origin_service=ticket.service_code)
        uow.tickets.save(moved)
        event = "ticket.recalled" if ticket.status is S.CALLED is target else f"ticket.{target}"
        uow.outbox.add(event, ticket_payload(moved), now)
        return moved

    def view(self, uow: UnitOfWork, ticket: Ticket) -> TicketView:
        """One ticket as a view, inside an open unit of work."""
        return self._queues.views(uow, [ticket])[0]

    @staticmethod
    def _take_number(uow: UnitOfWork, service_code: str, day: date, prefix: str) -> int:
        try:
            return take_number(uow, service_code, day, prefix)
        except NumbersExhausted as exc:
            raise ServiceClosed(
                Text(
                    "Nomor antrean layanan ini habis sampai server dapat dihubungi lagi.",
                    "This service has run out of ticket numbers until the server is reachable.",
                )
            ) from exc

    @staticmethod
    def _load(uow: UnitOfWork, ticket_id: str) -> Ticket:
        ticket = uow.tickets.get(ticket_id)
        if ticket is None:
            raise TicketNotFound(_no_number(ticket_id))
        return ticket


def _changes(
    ticket: Ticket, target: TicketStatus, now: datetime, counter_number: int | None
) -> dict[str, Any]:
    if target is S.CALLED and ticket.status is S.CALLED:
        return {"recall_count": ticket.recall_count + 1, "called_at": now}
    if target is S.CALLED:
        return {
            "called_at": now,
            "counter_number": counter_number,
            "recall_count": 0,
            "serving_at": None,
            "target_counter": None,
        }
    if target is S.TRANSFERRED:
        # It waits again at its new service, keeping the time it first queued.
        return {"called_at": None, "counter_number": None, "serving_at": None, "recall_count": 0}
    if target is S.HELD:
        return {}
    if target is S.SERVING:
        return {"serving_at": now}
    if target is S.PRINT_FAILED:
        return {"print_failed": True}
    if target in (S.DONE, S.NO_SHOW, S.CANCELLED):
        return {"finished_at": now}
    if target is S.WAITING and ticket.status in (S.ISSUED, S.PRINT_FAILED):
        return {}
    if target is S.WAITING and ticket.status is S.HELD:
        # Back in the queue for the counter that held it: the citizen returns to that clerk.
        return {"called_at": None, "counter_number": None, "target_counter": ticket.counter_number}
    if target is S.WAITING:
        return {"called_at": None, "counter_number": None, "finished_at": None}
    return {}


def _check_priority(service: Service, priority: PriorityClass | None) -> None:
    if priority is not None and not service.priority_allowed:
        raise PriorityNotAllowed(
            Text(
                f"Layanan {service.name.id} tidak memiliki antrean prioritas.",
                f"The service {service.name.en} has no priority queue.",
            )
        )


def clean_note(note: str | None) -> str | None:
    """A clerk's note as stored: trimmed, at most MAX_NOTE characters, None when empty."""
    text = " ".join((note or "").split())
    return text[:MAX_NOTE] or None


def _no_number(number: str) -> Text:
    return Text(
        f"Tiket '{number}' tidak ditemukan hari ini.", f"No ticket '{number}' found for today."
    )


def _state_error(ticket: Ticket, exc: InvalidTransition) -> TicketStateError:
    return TicketStateError(
        Text(
            f"Tiket {ticket.label} berstatus '{exc.current}' "
            f"dan tidak dapat menjadi '{exc.target}'.",
            f"Ticket {ticket.label} is '{exc.current}' and cannot become '{exc.target}'.",
        )
    )
