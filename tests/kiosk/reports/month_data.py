"""A generated month of a hall: every ticket's planned life, known before any report reads it.

The tests compute the expected figures from these plans with their own plain
arithmetic, then compare them with what the report code reads from a database.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kiosk.clock import WIT
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.ticket import Outcome, Ticket, TicketStatus

S = TicketStatus
#: Services of four agencies, with the counters of the seed catalogue that serve them.
SERVICES = ("KTP-EL", "KK", "AKTA-LAHIR", "KIA", "NIB", "PBG", "PBB-P2", "NPWPD")
OFFICERS = ("Andi", "Berta", "Charles", "Dewi", "Elsa", "Frans", "Grace", "Hendrik", "Ita")


@dataclass(frozen=True)
class Planned:
    """One ticket as the generator decided it would go."""

    id: str
    service: str
    origin: str | None
    prefix: str
    number: int
    day: date
    issued: datetime
    called: datetime | None
    started: datetime | None
    finished: datetime | None
    status: TicketStatus
    outcome: Outcome | None
    counter: int | None
    officer: str | None
    print_failed: bool

    @property
    def transferred(self) -> bool:
        return self.origin is not None

    def ticket(self, station_id: str) -> Ticket:
        """The ticket as the station stores it."""
        return Ticket(
            id=self.id,
            service_code=self.service,
            service_day=self.day,
            prefix=self.prefix,
            number=self.number,
            status=self.status,
            priority=None,
            issued_at=self.issued,
            queued_at=self.issued,
            station_id=station_id,
            print_failed=self.print_failed,
            called_at=self.called,
            counter_number=self.counter,
            serving_at=self.started,
            finished_at=self.finished,
            outcome=self.outcome,
            origin_service=self.origin,
        )


@dataclass(frozen=True)
class Shift:
    """An officer signed in at a counter (end None: never signed out)."""

    officer: str
    counter: int
    start: datetime
    end: datetime | None


@dataclass(frozen=True)
class Month:
    """The generated tickets and sign-ins."""

    days: tuple[date, ...]
    tickets: tuple[Planned, ...]
    shifts: tuple[Shift, ...]


def working_days(first: date, last: date) -> list[date]:
    """Monday to Friday between two days."""
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    return [d for d in days if d.weekday() < 5]


def generate(
    catalogue: Catalogue, days: list[date], per_service: tuple[int, int] = (12, 26), seed: int = 9
) -> Month:
    """Tickets for every service on every day, and who sat at each counter when."""
    rnd = random.Random(seed)
    counters = {s: [c.number for c in catalogue.counters_for(s)] for s in SERVICES}
    prefixes = {s: catalogue.service(s).prefix for s in SERVICES}  # type: ignore[union-attr]
    shifts: list[Shift] = []
    tickets: list[Planned] = []
    all_counters = sorted({c for cs in counters.values() for c in cs})
    for index, day in enumerate(days):
        shifts += _shifts(rnd, day, all_counters, index == len(days) - 1)
        late = 11 if day.weekday() == 4 else 14  # ticket cut-off: Friday 11:00, else 14:00
        for service in SERVICES:
            count = rnd.randint(*per_service)
            span = (late - 8) * 3600 - 1
            issued = sorted(
                _wit(day, 8) + timedelta(seconds=rnd.randint(0, span)) for _ in range(count)
            )
            for number, at in enumerate(issued, start=1):
                plan = _life(rnd, day, service, prefixes[service], number, at, counters, shifts)
                tickets.append(plan)
    return Month(tuple(days), tuple(tickets), tuple(shifts))


def _shifts(rnd: random.Random, day: date, counters: list[int], last_day: bool) -> list[Shift]:
    """Each counter: one officer all day, or two (the second from 11:00). Counter 1 forgets
    to sign out on the second-to-last day and nobody signs in there on the last day."""
    out = []
    for counter in counters:
        if last_day and counter == 1:
            continue
        first, second = rnd.sample(OFFICERS, 2)
        start = _wit(day, 7, 45)
        end: datetime | None = _wit(day, 15, 30)
        if rnd.random() < 0.4:
            out.append(Shift(first, counter, start, _wit(day, 11)))
            out.append(Shift(second, counter, _wit(day, 11), end))
        else:
            if counter == 1:
                end = None
            out.append(Shift(first, counter, start, end))
    return out


def _life(
    rnd: random.Random,
    day: date,
    service: str,
    prefix: str,
    number: int,
    issued: datetime,
    counters: dict[str, list[int]],
    shifts: list[Shift],
) -> Planned:
    fate = rnd.random()
    origin = None
    final = service
    if 0.80 <= fate < 0.85:
        origin, final = service, rnd.choice([s for s in SERVICES if s != service])
    called = issued + timedelta(seconds=rnd.randint(30, 45 * 60))
    counter = rnd.choice(counters[final])
    started = None if rnd.random() < 0.1 else called + timedelta(seconds=rnd.randint(5, 120))
    finished = (started or called) + timedelta(seconds=rnd.randint(90, 28 * 60))
    status, outcome = S.DONE, rnd.choice(list(Outcome)) if rnd.random() < 0.2 else Outcome.SELESAI
    if fate >= 0.97:  # still waiting when the day ended
        status, outcome, called, started, finished, counter = (
            S.WAITING,
            None,
            None,
            None,
            None,
            None,
        )
    elif fate >= 0.92:  # cancelled before any call (a print failure not kept, mostly)
        status, outcome, called, started, counter = S.CANCELLED, None, None, None, None
        finished = issued + timedelta(seconds=rnd.randint(10, 60))
    elif fate >= 0.85:  # called, never came
        status, outcome, started = S.NO_SHOW, None, None
        finished = called + timedelta(minutes=3)
    return Planned(
        id=str(uuid.uuid4()),
        service=final,
        origin=origin,
        prefix=prefix,
        number=number,
        day=day,
        issued=issued,
        called=called,
        started=started,
        finished=finished,
        status=status,
        outcome=outcome,
        counter=counter,
        officer=_on_duty(shifts, counter, called),
        print_failed=rnd.random() < 0.03,
    )


def _on_duty(shifts: list[Shift], counter: int | None, when: datetime | None) -> str | None:
    """The officer signed in at the counter at `when` on that day (latest sign-in wins)."""
    if counter is None or when is None:
        return None
    day = when.astimezone(WIT).date()
    on = [
        s
        for s in shifts
        if s.counter == counter
        and s.start.date() == day
        and s.start <= when < (s.end or _wit(day, 23, 59, 59))
    ]
    return max(on, key=lambda s: s.start).officer if on else None


def _wit(day: date, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=WIT)
