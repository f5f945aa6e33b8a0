"""What reports are computed from: one plain record per ticket and per survey answer.

The station and the server each read their own database into these records (the
station in `kiosk.services.report_service`, the server in `sync.server.reports`); the
figures never see a database. No personal data is here: a ticket is its number,
service, counter, the officer who served it (staff), its times and how it ended.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol

from kiosk.clock import local, service_day
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.ikm import SkmAnswers
from kiosk.domain.ticket import Outcome, PriorityClass, Ticket, TicketStatus
from kiosk.reports.periods import Period


@dataclass(frozen=True, slots=True)
class TicketFacts:
    """A ticket as reports see it: where it ended, who served it, its times, its end.

    A ticket counts once, at the service and counter where it ended; `origin_service`
    says where it was issued when it was transferred to another service.
    """

    ticket_id: str
    number: str
    service_code: str
    agency_code: str | None
    counter: int | None
    officer: str | None
    issued_at: datetime
    called_at: datetime | None
    started_at: datetime | None
    finished_at: datetime | None
    status: TicketStatus
    outcome: Outcome | None
    print_failed: bool
    transferred: bool
    origin_service: str | None = None
    priority: PriorityClass | None = None
    recall_count: int = 0

    @property
    def day(self) -> date:
        """The hall day (WIT) the ticket was issued on."""
        return service_day(self.issued_at)

    @property
    def hour(self) -> int:
        """The WIT hour the ticket was issued in (0–23)."""
        return local(self.issued_at).hour

    @property
    def wait_seconds(self) -> float | None:
        """Issue → the call recorded on the ticket; None if never called or transferred.

        A transferred ticket's call is at its second service, after a first service:
        its wait is not a wait, so it is left out (docs/reports.md).
        """
        if self.called_at is None or self.transferred:
            return None
        return max(0.0, (self.called_at - self.issued_at).total_seconds())

    @property
    def service_seconds(self) -> float | None:
        """Start of service (or the call) → finish, for a ticket served (done)."""
        start = self.started_at or self.called_at
        if self.status is not TicketStatus.DONE or start is None or self.finished_at is None:
            return None
        return max(0.0, (self.finished_at - start).total_seconds())

    @property
    def visit_seconds(self) -> float | None:
        """Issue → finish for a ticket served (done): the citizen's whole time in the hall."""
        if self.status is not TicketStatus.DONE or self.finished_at is None:
            return None
        return max(0.0, (self.finished_at - self.issued_at).total_seconds())


class SurveyAnswer(Protocol):
    """What reports read of one questionnaire of the Survei Kepuasan Masyarakat: when it
    was answered, for which service, the nine answers and (when known) the ticket's id,
    which lets the IKM be grouped by counter and officer too.

    The survey's storage (`kiosk.domain.survey.SurveyRecord`) has these fields, so its
    records go to the reports as they are; `SurveyFacts` is the plain version.
    """

    @property
    def answered_at(self) -> datetime: ...

    @property
    def service_code(self) -> str: ...

    @property
    def answers(self) -> SkmAnswers: ...

    @property
    def ticket_id(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class SurveyFacts:
    """One questionnaire as plain data (a `SurveyAnswer`)."""

    answered_at: datetime
    service_code: str
    answers: SkmAnswers
    ticket_id: str | None = None

    @property
    def day(self) -> date:
        """The hall day (WIT) of the answer."""
        return service_day(self.answered_at)


#: Where a report gets its survey answers: those given on the days of a period, e.g.
#: `lambda p: survey_service.records(p.first, p.last)`.
SurveySource = Callable[[Period], Sequence[SurveyAnswer]]


@dataclass(frozen=True, slots=True)
class AttendanceSpan:
    """An officer signed in at a counter from `start` until `end` (None: not signed out)."""

    officer: str
    counter: int
    start: datetime
    end: datetime | None


def collect_facts(
    tickets: Iterable[Ticket], catalogue: Catalogue | None, spans: Sequence[AttendanceSpan]
) -> list[TicketFacts]:
    """Tickets as facts: the agency from the catalogue, the officer from the attendance."""
    officers = OfficerFinder(spans)
    facts = []
    for t in tickets:
        service = catalogue.service(t.service_code) if catalogue is not None else None
        facts.append(
            TicketFacts(
                ticket_id=t.id,
                number=t.label,
                service_code=t.service_code,
                agency_code=service.agency_code if service is not None else None,
                counter=t.counter_number,
                officer=officers.at(t.counter_number, t.called_at),
                issued_at=t.issued_at,
                called_at=t.called_at,
                started_at=t.serving_at,
                finished_at=t.finished_at,
                status=t.status,
                outcome=t.outcome,
                print_failed=t.print_failed,
                transferred=t.origin_service is not None or t.status is TicketStatus.TRANSFERRED,
                origin_service=t.origin_service,
                priority=t.priority,
                recall_count=t.recall_count,
            )
        )
    return facts


class OfficerFinder:
    """Who was signed in at a counter at a moment.

    A sign-in never reaches past the end of its own hall day: one left open (a power
    cut, a forgotten sign-out) does not name that officer for the next day's tickets.
    When sign-ins at one counter overlap, the latest one counts.
    """

    def __init__(self, spans: Sequence[AttendanceSpan]) -> None:
        by_counter: dict[int, list[tuple[datetime, datetime, str]]] = defaultdict(list)
        for s in spans:
            by_counter[s.counter].append((s.start, _until(s), s.officer))
        self._spans = {c: sorted(rows) for c, rows in by_counter.items()}
        self._starts = {c: [r[0] for r in rows] for c, rows in self._spans.items()}

    def at(self, counter: int | None, when: datetime | None) -> str | None:
        """The officer at `counter` at `when`, or None if nobody known was signed in."""
        if counter is None or when is None or counter not in self._spans:
            return None
        rows = self._spans[counter]
        for i in range(bisect.bisect_right(self._starts[counter], when) - 1, -1, -1):
            start, end, officer = rows[i]
            if start <= when < end:
                return officer
            if (when - start) > timedelta(days=1):
                break  # older sign-ins ended with their own day
        return None


def _until(span: AttendanceSpan) -> datetime:
    """The end of a sign-in, capped at the WIT midnight after it began."""
    start = local(span.start)
    midnight = (start + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return min(span.end, midnight) if span.end is not None else midnight
