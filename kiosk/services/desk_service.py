"""The counter desk's use cases beyond a plain call: its queue and figures, hold, transfer,
walk-ins and scanned tickets. Calls themselves go through the server (sync.client.calls).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from statistics import fmean

from sqlalchemy.exc import IntegrityError

from kiosk.clock import Clock, service_day
from kiosk.domain.queue import callable_by, calling_order, queue_entries, streak_of
from kiosk.domain.text import Text
from kiosk.domain.ticket import AT_COUNTER, IN_QUEUE, PriorityClass, Ticket, TicketStatus
from kiosk.domain.ticket_token import InvalidTicketToken, TicketClaim
from kiosk.errors import TicketNotFound, TicketStateError, UnknownService
from kiosk.services.catalogue_service import CatalogueService
from kiosk.services.dto import TicketView
from kiosk.services.queue_service import QueueService
from kiosk.services.ticket_service import TicketService, clean_note
from kiosk.storage.store import Store

S = TicketStatus


class ScanRefused(TicketNotFound):
    """A scanned code is not a ticket of this hall, or not of today."""


@dataclass(frozen=True, slots=True)
class DeskStats:
    """Today's figures of one counter; minutes are None before there is anything to average."""

    served: int
    waiting: int
    no_show: int
    average_wait_minutes: float | None
    average_service_minutes: float | None


class DeskService:
    """What a counter needs besides calling: its queue, its figures, and moving tickets on."""

    def __init__(
        self,
        store: Store,
        tickets: TicketService,
        queues: QueueService,
        catalogues: CatalogueService,
        clock: Clock,
    ) -> None:
        self._store = store
        self._tickets = tickets
        self._queues = queues
        self._catalogues = catalogues
        self._clock = clock

    def queue(self, counter: int, services: Sequence[str]) -> list[TicketView]:
        """The tickets this counter may call, in the order they will be called."""
        with self._store.uow() as uow:
            tickets = uow.tickets.of_day(self._today(), services)
            pool = [t for t in tickets if t.status in IN_QUEUE and callable_by(t, counter)]
            order = calling_order(queue_entries(pool), streak_of(tickets))
            by_id = {t.id: t for t in pool}
            return self._queues.views(uow, [by_id[e.ticket_id] for e in order])

    def at_counter(self, counter: int) -> list[TicketView]:
        """Today's tickets called, being served or held at this counter, newest call first."""
        with self._store.uow() as uow:
            mine = [
                t
                for t in uow.tickets.of_day(self._today())
                if t.counter_number == counter and t.status in AT_COUNTER
            ]
            mine.sort(key=lambda t: t.called_at or t.queued_at, reverse=True)
            return self._queues.views(uow, mine)

    def stats(self, counter: int, services: Sequence[str]) -> DeskStats:
        """Served, waiting and absent today, and the average wait and service time here."""
        with self._store.uow() as uow:
            today = uow.tickets.of_day(self._today())
        mine = [t for t in today if t.counter_number == counter]
        done = [t for t in mine if t.status is S.DONE]
        codes = set(services)
        waiting = [
            t
            for t in today
            if t.service_code in codes and t.status in IN_QUEUE and callable_by(t, counter)
        ]
        waits = [(t.called_at - t.queued_at).total_seconds() / 60 for t in mine if t.called_at]
        spans = [m for m in map(_service_minutes, done) if m is not None]
        return DeskStats(
            served=len(done),
            waiting=len(waiting),
            no_show=sum(1 for t in mine if t.status is S.NO_SHOW),
            average_wait_minutes=fmean(waits) if waits else None,
            average_service_minutes=fmean(spans) if spans else None,
        )

    def hold(self, ticket_id: str) -> TicketView:
        """The citizen steps away to complete their documents; the counter keeps the ticket."""
        return self._tickets.move(ticket_id, S.HELD)

    def return_to_queue(self, ticket_id: str) -> TicketView:
        """A held ticket queues again, for the counter that held it, with its first queue time."""
        return self._tickets.move(ticket_id, S.WAITING, only_from=S.HELD)

    def transfer(
        self, ticket_id: str, service_code: str, counter: int | None = None, note: str | None = None
    ) -> TicketView:
        """Send a ticket to another service (and, if named, one counter of it).

        It keeps the time it first entered the queue, so it stands ahead of everyone who
        arrived after it (docs/queue-rules.md).
        """
        catalogue = self._catalogues.current()
        service = catalogue.service(service_code)
        if service is None:
            raise UnknownService(service_code)
        serving = {c.number for c in catalogue.counters_for(service.code)}
        if counter is not None and counter not in serving:
            raise TicketStateError(
                Text(
                    f"Loket {counter} tidak melayani {service.name.id}.",
                    f"Counter {counter} does not serve {service.name.en}.",
                )
            )
        return self._tickets.move(
            ticket_id,
            S.TRANSFERRED,
            service_code=service.code,
            target_counter=counter,
            note=clean_note(note),
        )

    def walk_in(
        self, service_code: str, counter: int, priority: PriorityClass | None = None
    ) -> TicketView:
        """Serve a citizen who came straight to the desk: a ticket, called and served here."""
        return self._tickets.issue_at_counter(service_code, counter, priority)

    def scan(self, qr_text: str) -> TicketView:
        """The ticket a scanned QR names. One issued at a kiosk that has not synced yet is
        taken in from the QR's signed details (the kiosk's own events follow later)."""
        try:
            claim = self._queues.claim_of(qr_text)
        except InvalidTicketToken as exc:
            raise ScanRefused(
                Text(
                    "Kode QR ini bukan tiket sah MPP ini. Minta warga menunjukkan tiketnya, "
                    "atau cari nomornya.",
                    "This QR code is not a genuine ticket of this hall. Ask for the ticket, "
                    "or look its number up.",
                )
            ) from exc
        day = service_day(claim.issued_at)
        if day != self._today():
            raise ScanRefused(
                Text(
                    f"Tiket {claim.number} berlaku tanggal {day:%d-%m-%Y}, bukan hari ini.",
                    f"Ticket {claim.number} is for {day:%d-%m-%Y}, not today.",
                )
            )
        with self._store.uow(write=True) as uow:
            ticket = uow.tickets.get(claim.ticket_id)
            if ticket is None:
                ticket = _from_claim(claim)
                if self._catalogues.current().service(ticket.service_code) is None:
                    raise UnknownService(ticket.service_code)
                uow.tickets.add(ticket)
                try:
                    uow.session.flush()
                except IntegrityError as exc:
                    raise ScanRefused(
                        Text(
                            f"Nomor {claim.number} sudah dipakai tiket lain hari ini.",
                            f"The number {claim.number} belongs to another ticket today.",
                        )
                    ) from exc
            view = self._queues.views(uow, [ticket])[0]
            uow.commit()
        return view

    def _today(self) -> date:
        return service_day(self._clock.now())


def _service_minutes(t: Ticket) -> float | None:
    """From the start of service (or the call) to its end."""
    start = t.serving_at or t.called_at
    if start is None or t.finished_at is None:
        return None
    return (t.finished_at - start).total_seconds() / 60


def _from_claim(claim: TicketClaim) -> Ticket:
    prefix, _, digits = claim.number.rpartition("-")
    return Ticket(
        id=claim.ticket_id,
        service_code=claim.service_code.upper(),
        service_day=service_day(claim.issued_at),
        prefix=prefix,
        number=int(digits),
        status=S.WAITING,
        priority=None,  # the QR does not say; the kiosk's own event will, when it syncs
        issued_at=claim.issued_at,
        queued_at=claim.issued_at,
        station_id=claim.station_id,
    )
