"""The report's figures, computed from plain facts: counts, times, shares, busy hours, IKM.

Every definition here is written out for hall managers in docs/reports.md; keep the
two in step.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from kiosk.clock import service_day
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.ikm import IkmResult, compute_ikm
from kiosk.domain.text import Text
from kiosk.domain.ticket import Outcome, TicketStatus
from kiosk.reports.facts import SurveyAnswer, TicketFacts
from kiosk.reports.periods import Period

S = TicketStatus

#: The regency's promise: a transaction takes no more than 15 minutes.
PROMISE_MINUTES = 15
#: Hours shown when the period has no ticket at all (the hall's usual day).
USUAL_HOURS = tuple(range(8, 15))


class Grouping(StrEnum):
    """What a report's table has one row for."""

    HALL = "hall"
    AGENCY = "agency"
    SERVICE = "service"
    COUNTER = "counter"
    OFFICER = "officer"


#: The key of the row for tickets whose group is not known (no counter, no officer).
UNKNOWN = "-"
#: The key of the one row of the hall grouping.
HALL = "hall"


@dataclass(frozen=True, slots=True)
class Spread:
    """Minutes of a set of tickets: how many, the median and the 90th percentile."""

    count: int
    median: float | None
    p90: float | None

    @classmethod
    def of(cls, seconds: Iterable[float]) -> Spread:
        """The spread of durations given in seconds, in minutes."""
        minutes = sorted(s / 60 for s in seconds)
        if not minutes:
            return cls(0, None, None)
        return cls(len(minutes), statistics.median(minutes), nearest_rank(minutes, 90))


def nearest_rank(ordered: Sequence[float], percent: int) -> float:
    """The `percent`th percentile by nearest rank: the smallest value that at least
    `percent`% of the values do not exceed (an observed value, never interpolated)."""
    rank = math.ceil(percent / 100 * len(ordered))
    return ordered[max(rank, 1) - 1]


@dataclass(frozen=True, slots=True)
class Share:
    """`hits` of `total` tickets meet a rule."""

    hits: int
    total: int

    @property
    def ratio(self) -> float | None:
        """hits ÷ total, or None when no ticket could be judged."""
        return self.hits / self.total if self.total else None


@dataclass(frozen=True, slots=True)
class Figures:
    """The figures of one set of tickets (the hall, one agency, one counter…)."""

    tickets: int
    served: int
    no_show: int
    cancelled: int
    #: Neither served, nor absent, nor cancelled when the report was made.
    unfinished: int
    transferred: int
    print_failed: int
    outcomes: dict[str, int]
    wait: Spread
    service: Spread
    visit: Spread
    #: Served within the service's nominal time (`nominal_minutes` of the catalogue).
    within_standard: Share
    #: Served with a counter service time of at most 15 minutes.
    within_promise: Share
    #: Served with issue → finish (wait and service together) of at most 15 minutes.
    visit_within_promise: Share
    ikm: IkmResult | None


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a grouped table."""

    key: str
    label: Text
    figures: Figures


@dataclass(frozen=True, slots=True)
class HourMatrix:
    """Tickets issued per hall day and WIT hour (the busiest-hours heat map)."""

    days: tuple[date, ...]
    hours: tuple[int, ...]
    counts: dict[tuple[date, int], int]

    def cell(self, day: date, hour: int) -> int:
        """Tickets issued on `day` between `hour`:00 and `hour`:59 WIT."""
        return self.counts.get((day, hour), 0)

    def hour_total(self, hour: int) -> int:
        """Tickets issued in this hour over the whole period."""
        return sum(self.cell(d, hour) for d in self.days)

    def day_total(self, day: date) -> int:
        """Tickets issued on this day."""
        return sum(self.cell(day, h) for h in self.hours)

    @property
    def busiest(self) -> int:
        """The largest cell (0 when there is none)."""
        return max(self.counts.values(), default=0)


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a report shows, ready for the CSV and PDF writers."""

    hall_name: Text
    hall_address: str
    #: Where the data came from: "Stasiun Loket 3", "Server aula".
    source: Text
    period: Period
    generated_at: datetime
    by: Grouping
    total: Figures
    rows: dict[Grouping, tuple[Row, ...]]
    hours: HourMatrix
    tickets: tuple[TicketFacts, ...]
    #: The questionnaires answered in the period.
    surveys: tuple[SurveyAnswer, ...] = field(default=())
    #: Things the reader must know about this report (e.g. officers unknown here).
    notes: tuple[Text, ...] = field(default=())


def build_report(
    tickets: Iterable[TicketFacts],
    surveys: Iterable[SurveyAnswer],
    catalogue: Catalogue | None,
    period: Period,
    *,
    by: Grouping = Grouping.HALL,
    source: Text,
    generated_at: datetime,
    notes: Sequence[Text] = (),
) -> Report:
    """The report of a period: the tickets issued on its days, the surveys answered on them."""
    mine = sorted((t for t in tickets if t.day in period), key=lambda t: (t.issued_at, t.number))
    answers = [s for s in surveys if service_day(s.answered_at) in period]
    nominal = _nominal_minutes(catalogue)
    rows: dict[Grouping, tuple[Row, ...]] = {
        g: _rows(g, mine, answers, catalogue, nominal) for g in Grouping
    }
    hall = catalogue.hall if catalogue is not None else None
    return Report(
        hall_name=hall.name if hall else Text("Mal Pelayanan Publik", "Public Service Mall"),
        hall_address=hall.address if hall else "",
        source=source,
        period=period,
        generated_at=generated_at,
        by=by,
        total=figures_of(mine, answers, nominal),
        rows=rows,
        hours=hour_matrix(mine, period, catalogue),
        tickets=tuple(mine),
        surveys=tuple(answers),
        notes=tuple(notes),
    )


def figures_of(
    tickets: Sequence[TicketFacts], surveys: Sequence[SurveyAnswer], nominal: dict[str, int]
) -> Figures:
    """The figures of one set of tickets and the surveys that belong with them."""
    status = Counter(t.status for t in tickets)
    served = [t for t in tickets if t.status is S.DONE]
    service = [(t, t.service_seconds) for t in served]
    timed = [(t, s) for t, s in service if s is not None]
    standard = [(s, nominal[t.service_code] * 60) for t, s in timed if t.service_code in nominal]
    visits = [v for v in (t.visit_seconds for t in served) if v is not None]
    promise = PROMISE_MINUTES * 60
    return Figures(
        tickets=len(tickets),
        served=status[S.DONE],
        no_show=status[S.NO_SHOW],
        cancelled=status[S.CANCELLED],
        unfinished=len(tickets) - status[S.DONE] - status[S.NO_SHOW] - status[S.CANCELLED],
        transferred=sum(1 for t in tickets if t.transferred),
        print_failed=sum(1 for t in tickets if t.print_failed),
        outcomes={o.value: sum(1 for t in served if t.outcome is o) for o in Outcome},
        wait=Spread.of(w for w in (t.wait_seconds for t in tickets) if w is not None),
        service=Spread.of(s for _, s in timed),
        visit=Spread.of(visits),
        within_standard=Share(sum(1 for s, limit in standard if s <= limit), len(standard)),
        within_promise=Share(sum(1 for _, s in timed if s <= promise), len(timed)),
        visit_within_promise=Share(sum(1 for v in visits if v <= promise), len(visits)),
        ikm=compute_ikm(s.answers for s in surveys),
    )


def hour_matrix(
    tickets: Sequence[TicketFacts], period: Period, catalogue: Catalogue | None
) -> HourMatrix:
    """Tickets issued per day and hour. The rows are the period's days, except a Saturday,
    Sunday or hall holiday without tickets; the columns run from the earliest to the
    latest hour that had a ticket."""
    counts = Counter((t.day, t.hour) for t in tickets)
    seen = sorted({h for _, h in counts})
    hours = tuple(range(seen[0], seen[-1] + 1)) if seen else USUAL_HOURS
    busy = {d for d, _ in counts}
    days = tuple(d for d in period.days() if d in busy or _working_day(d, catalogue))
    return HourMatrix(days, hours, dict(counts))


def _working_day(day: date, catalogue: Catalogue | None) -> bool:
    if day.weekday() >= 5:
        return False
    return catalogue is None or catalogue.holiday_on(day) is None


def _nominal_minutes(catalogue: Catalogue | None) -> dict[str, int]:
    if catalogue is None:
        return {}
    return {s.code: s.nominal_minutes for s in catalogue.services}


def _rows(
    grouping: Grouping,
    tickets: Sequence[TicketFacts],
    surveys: Sequence[SurveyAnswer],
    catalogue: Catalogue | None,
    nominal: dict[str, int],
) -> tuple[Row, ...]:
    """One row per group that has tickets or survey answers, in catalogue order (and
    always the one row of the hall)."""
    key = _KEYS[grouping]
    groups: dict[str, list[TicketFacts]] = defaultdict(list)
    for t in tickets:
        groups[key(t, catalogue)].append(t)
    answered: dict[str, list[SurveyAnswer]] = defaultdict(list)
    by_id = {t.ticket_id: t for t in tickets}
    for s in surveys:
        answered[_survey_key(grouping, s, catalogue, by_id)].append(s)
    present = set(groups) | set(answered)
    if grouping is Grouping.HALL:
        present.add(HALL)  # the hall has its row even in a period without tickets
    keys = sorted(present, key=_order(grouping, catalogue))
    return tuple(
        Row(k, _label(grouping, k, catalogue), figures_of(groups[k], answered[k], nominal))
        for k in keys
    )


def _survey_key(
    grouping: Grouping,
    survey: SurveyAnswer,
    catalogue: Catalogue | None,
    tickets: dict[str, TicketFacts],
) -> str:
    if grouping is Grouping.HALL:
        return HALL
    ticket = tickets.get(survey.ticket_id) if survey.ticket_id else None
    if ticket is not None:
        return _KEYS[grouping](ticket, catalogue)
    if grouping is Grouping.SERVICE:
        return survey.service_code
    if grouping is Grouping.AGENCY:
        service = catalogue.service(survey.service_code) if catalogue else None
        return service.agency_code if service else UNKNOWN
    return UNKNOWN


def _service_key(t: TicketFacts, _c: Catalogue | None) -> str:
    return t.service_code


def _agency_key(t: TicketFacts, _c: Catalogue | None) -> str:
    return t.agency_code or UNKNOWN


def _counter_key(t: TicketFacts, _c: Catalogue | None) -> str:
    return str(t.counter) if t.counter is not None else UNKNOWN


def _officer_key(t: TicketFacts, _c: Catalogue | None) -> str:
    return t.officer or UNKNOWN


def _hall_key(_t: TicketFacts, _c: Catalogue | None) -> str:
    return HALL


_KEYS: dict[Grouping, Callable[[TicketFacts, Catalogue | None], str]] = {
    Grouping.HALL: _hall_key,
    Grouping.AGENCY: _agency_key,
    Grouping.SERVICE: _service_key,
    Grouping.COUNTER: _counter_key,
    Grouping.OFFICER: _officer_key,
}


def _order(grouping: Grouping, catalogue: Catalogue | None) -> Callable[[str], tuple[int, str]]:
    """Catalogue order for agencies and services, numbers for counters, names for officers;
    the unknown group last."""
    place: dict[str, int] = {}
    if catalogue is not None and grouping is Grouping.AGENCY:
        place = {a.code: i for i, a in enumerate(catalogue.agencies)}
    if catalogue is not None and grouping is Grouping.SERVICE:
        place = {s.code: i for i, s in enumerate(catalogue.services)}

    def key(k: str) -> tuple[int, str]:
        if k == UNKNOWN:
            return (1 << 30, k)
        if grouping is Grouping.COUNTER:
            return (int(k), k)
        return (place.get(k, 1 << 29), k.casefold())

    return key


def _label(grouping: Grouping, key: str, catalogue: Catalogue | None) -> Text:
    """How a row is named in the report."""
    if key == UNKNOWN or grouping is Grouping.HALL:
        return _GROUP_LABELS[grouping]
    if grouping is Grouping.AGENCY and catalogue is not None:
        agency = catalogue.agency(key)
        if agency is not None:
            return agency.short_name
    if grouping is Grouping.SERVICE and catalogue is not None:
        service = catalogue.service(key)
        if service is not None:
            return service.name
    if grouping is Grouping.COUNTER:
        return Text(f"Loket {key}", f"Counter {key}")
    return Text(key, key)


_GROUP_LABELS = {
    Grouping.HALL: Text("Seluruh MPP", "Whole hall"),
    Grouping.AGENCY: Text("Instansi tidak dikenal", "Unknown agency"),
    Grouping.SERVICE: Text("Layanan tidak dikenal", "Unknown service"),
    Grouping.COUNTER: Text("Belum dipanggil loket", "Not called to a counter"),
    Grouping.OFFICER: Text("Petugas tidak tercatat", "Officer not recorded"),
}
