"""Live queue figures: which services can issue, how many wait, how long it takes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from kiosk.clock import Clock, service_day
from kiosk.domain.catalogue import Catalogue, Service
from kiosk.domain.queue import ServiceQueue
from kiosk.domain.schedule import availability
from kiosk.domain.text import Text
from kiosk.domain.ticket import IN_QUEUE, Ticket, TicketStatus
from kiosk.domain.ticket_token import TicketClaim, sign, verify
from kiosk.errors import UnknownService
from kiosk.services.catalogue_service import CatalogueService
from kiosk.services.dto import ServiceStatus, TicketView
from kiosk.storage.store import Store
from kiosk.storage.uow import UnitOfWork

#: How far back the live figures look at called tickets (service times, open counters, the
#: calling order's priority streak).
RECENT = timedelta(hours=2)

#: States whose view tells the people ahead: queued, or about to be (being printed).
_COUNTS_AHEAD = IN_QUEUE | {TicketStatus.ISSUED, TicketStatus.PRINT_FAILED}


class QueueService:
    """Answers "can it issue, how many wait, how long" for every role."""

    def __init__(
        self,
        store: Store,
        catalogues: CatalogueService,
        clock: Clock,
        *,
        always_open: bool,
        hall_key: bytes,
    ) -> None:
        self._store = store
        self._hall_key = hall_key
        self._catalogues = catalogues
        self._clock = clock
        self.always_open = always_open

    def statuses(self) -> list[ServiceStatus]:
        """Every active service of the catalogue with its state right now."""
        catalogue = self._catalogues.current()
        now = self._clock.now()
        day = service_day(now)
        with self._store.uow() as uow:
            holding = uow.tickets.holding_places(day)
            by_service: dict[str, list[Ticket]] = defaultdict(list)
            for ticket in uow.tickets.live(day, now - RECENT):
                by_service[ticket.service_code].append(ticket)
        return [
            self._status(catalogue, s, by_service.get(s.code, []), holding.get(s.code, 0))
            for s in catalogue.services
            if s.active
        ]

    def status(self, code: str) -> ServiceStatus:
        """One service's state right now."""
        catalogue = self._catalogues.current()
        service = catalogue.service(code)
        if service is None:
            raise UnknownService(code)
        now = self._clock.now()
        day = service_day(now)
        with self._store.uow() as uow:
            tickets = uow.tickets.live(day, now - RECENT, [service.code])
            holding = uow.tickets.holding_places(day).get(service.code, 0)
        return self._status(catalogue, service, tickets, holding)

    def queue_of(self, service: Service, tickets: Sequence[Ticket]) -> ServiceQueue:
        """The queue of one service built from its tickets of today."""
        assigned = len(self._catalogues.current().counters_for(service.code))
        return ServiceQueue.from_tickets(
            tickets, self._clock.now(), service.nominal_minutes, assigned
        )

    def views(self, uow: UnitOfWork, tickets: Sequence[Ticket]) -> list[TicketView]:
        """Tickets as views, each with its people ahead and estimated wait."""
        catalogue = self._catalogues.current()
        codes = {t.service_code for t in tickets}
        days = {t.service_day for t in tickets}
        queues: dict[tuple[str, date], ServiceQueue] = {}
        since = self._clock.now() - RECENT
        for day in days:
            todays: dict[str, list[Ticket]] = defaultdict(list)
            for t in uow.tickets.live(day, since, codes):
                todays[t.service_code].append(t)
            for code, group in todays.items():
                service = catalogue.service(code)
                if service is not None:
                    queues[(code, day)] = self.queue_of(service, group)
        with_form = uow.forms_of({t.id for t in tickets})
        return [
            self._view(catalogue, t, queues.get((t.service_code, t.service_day)), t.id in with_form)
            for t in tickets
        ]

    def _status(
        self, catalogue: Catalogue, service: Service, tickets: Sequence[Ticket], holding: int
    ) -> ServiceStatus:
        now = self._clock.now()
        avail = availability(service, catalogue, now, holding, always_open=self.always_open)
        queue = self.queue_of(service, tickets)
        return ServiceStatus(
            code=service.code,
            prefix=service.prefix,
            name=service.name,
            agency_code=service.agency_code,
            availability=avail,
            waiting=len(queue.waiting),
            estimated_wait_minutes=queue.wait_minutes(len(queue.waiting)),
            daily_quota=service.daily_quota,
            nominal_minutes=service.nominal_minutes,
        )

    def _view(
        self, catalogue: Catalogue, t: Ticket, queue: ServiceQueue | None, has_form: bool
    ) -> TicketView:
        service = catalogue.service(t.service_code)
        agency = catalogue.agency(service.agency_code) if service else None
        ahead = queue.ahead_of(t) if queue and t.status in _COUNTS_AHEAD else 0
        unknown = Text(t.service_code, t.service_code)  # a service since removed
        return TicketView(
            id=t.id,
            number=t.label,
            service_code=t.service_code,
            service_name=service.name if service else unknown,
            agency_code=service.agency_code if service else "",
            agency_name=agency.name if agency else unknown,
            status=t.status.value,
            priority=t.priority.value if t.priority else None,
            issued_at=t.issued_at,
            people_ahead=ahead,
            estimated_wait_minutes=queue.wait_minutes(ahead) if queue and ahead else 0,
            print_failed=t.print_failed,
            counter_number=t.counter_number,
            qr_payload=self.qr_payload(t),
            station_id=t.station_id,
            queued_at=t.queued_at,
            called_at=t.called_at,
            serving_at=t.serving_at,
            recall_count=t.recall_count,
            has_form=has_form,
            outcome=t.outcome.value if t.outcome else None,
            note=t.note,
            origin_service=t.origin_service,
            target_counter=t.target_counter,
        )

    def claim_of(self, qr_text: str) -> TicketClaim:
        """The ticket a scanned QR names, if this hall signed it (InvalidTicketToken if not)."""
        return verify(qr_text, self._hall_key)

    def qr_payload(self, t: Ticket) -> str:
        """The signed text of the ticket's QR code."""
        claim = TicketClaim(t.id, t.label, t.service_code, t.issued_at, t.station_id)
        return sign(claim, self._hall_key)
