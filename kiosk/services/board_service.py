"""What a hall board shows: the current call per counter, the last calls, who waits where."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, func, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import PoolProxiedConnection

from kiosk.clock import Clock, local, service_day
from kiosk.domain.catalogue import Catalogue, Counter, Service
from kiosk.domain.schedule import hours_on
from kiosk.domain.text import Text
from kiosk.domain.ticket import IN_QUEUE, format_number
from kiosk.services.catalogue_service import CatalogueService
from kiosk.storage.models import TicketRow
from kiosk.storage.store import Store

#: How many calls the "last calls" list holds.
LAST_CALLS = 6
#: A call that reaches a running board later than this after it was made is shown, not
#: announced: a board cut off from the server must not read out an hour of old calls.
LATE_LIMIT = timedelta(minutes=10)
#: After a restart, calls newer than the announced mark are still announced if they are
#: younger than this (they came while the board was down); older ones are only shown.
RESUME_WITHIN = timedelta(minutes=2)
#: The settings key of the newest call time the board has announced (survives restarts).
ANNOUNCED_KEY = "display.announced_through"

#: The cells of a row read with plain SQL (the columns differ per query).
_Cells = tuple[Any, ...]

#: A call's identity: a recall keeps the ticket but gives it a new `called_at`.
CallKey = tuple[str, datetime]


@dataclass(frozen=True, slots=True)
class BoardCall:
    """One call of a ticket to a counter, as the board shows and announces it."""

    ticket_id: str
    number: str
    counter_number: int
    counter_label: Text
    agency_code: str
    agency_name: Text
    service_name: Text
    zone: str | None
    called_at: datetime
    recall_count: int

    @property
    def key(self) -> CallKey:
        """What makes this call different from every other, recalls included."""
        return (self.ticket_id, self.called_at)


@dataclass(frozen=True, slots=True)
class WaitingLine:
    """People waiting for one service (shown when someone waits or the service is open)."""

    service_code: str
    prefix: str
    service_name: Text
    agency_code: str
    agency_name: Text
    zone: str
    waiting: int
    open: bool


@dataclass(frozen=True, slots=True)
class AgencyWaiting:
    """People waiting at one agency, all its services together."""

    agency_code: str
    agency_name: Text
    zone: str
    prefixes: tuple[str, ...]
    waiting: int


@dataclass(frozen=True, slots=True)
class BoardState:
    """Everything a board shows at one moment; compare two with `new_calls`."""

    day: date
    zone: str | None
    taken_at: datetime
    #: The newest call of each counter that called someone today, by counter number.
    counters: tuple[BoardCall, ...]
    #: The newest calls, newest first (at most LAST_CALLS).
    last_calls: tuple[BoardCall, ...]
    #: Every call of the last LATE_LIMIT, oldest first: where new calls are looked for.
    live_calls: tuple[BoardCall, ...]
    waiting: tuple[WaitingLine, ...]

    def keys(self) -> frozenset[CallKey]:
        """The identities of every call this state knows."""
        calls = (*self.counters, *self.last_calls, *self.live_calls)
        return frozenset(c.key for c in calls)

    def waiting_by_agency(self) -> tuple[AgencyWaiting, ...]:
        """The waiting lines summed per agency, in catalogue order."""
        grouped: dict[str, list[WaitingLine]] = {}
        for line in self.waiting:
            grouped.setdefault(line.agency_code, []).append(line)
        return tuple(
            AgencyWaiting(
                agency_code=code,
                agency_name=lines[0].agency_name,
                zone=lines[0].zone,
                prefixes=tuple(line.prefix for line in lines),
                waiting=sum(line.waiting for line in lines),
            )
            for code, lines in grouped.items()
        )


def new_calls(before: BoardState | None, after: BoardState) -> list[BoardCall]:
    """The calls in `after` that `before` did not have, oldest first (what to announce).

    Nothing is new without a `before`: a board that starts asks `calls_to_resume`.
    """
    if before is None:
        return []
    seen = before.keys()
    return [c for c in after.live_calls if c.key not in seen]


def calls_to_resume(state: BoardState, announced_through: datetime | None) -> list[BoardCall]:
    """At start: calls made after the last announced one and younger than RESUME_WITHIN."""
    since = state.taken_at - RESUME_WITHIN
    return [
        c
        for c in state.live_calls
        if c.called_at >= since and (announced_through is None or c.called_at > announced_through)
    ]


class BoardService:
    """Reads the board's picture from the station's store; remembers what was announced."""

    def __init__(self, store: Store, catalogues: CatalogueService, clock: Clock) -> None:
        self._store = store
        self._catalogues = catalogues
        self._clock = clock
        self._watch: PoolProxiedConnection | None = None

    def stamp(self) -> int:
        """A number that changes whenever anything else has written to the store.

        SQLite's `data_version` on a connection of our own that never writes: a few
        microseconds, so a board can ask several times a second.
        """
        if self._watch is None:
            self._watch = self._store.engine.raw_connection()
        cursor = self._watch.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            row = cursor.fetchone()
        finally:
            cursor.close()
        return int(row[0]) if row else 0

    def close(self) -> None:
        """Give back the connection `stamp` watches with."""
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    def snapshot(self, zone: str | None = None) -> BoardState:
        """The board's picture now, for the whole hall or for the agencies of one zone."""
        catalogue = self._catalogues.current()
        now = self._clock.now()
        day = service_day(now)
        counters = _counters_in(catalogue, zone)
        services = [s for s in catalogue.services if s.active and _in_zone(catalogue, s, zone)]
        numbers = None if zone is None else [c.number for c in counters.values()]
        with self._store.uow() as uow:
            session = uow.session
            latest = _latest_per_counter(session, day, numbers)
            last = _calls(day, numbers).limit(LAST_CALLS)
            live = _calls(day, numbers).where(TicketRow.called_at >= now - LATE_LIMIT)
            last_rows = session.execute(last).all()
            live_rows = session.execute(live).all()
            waiting = _waiting(session, day, [s.code for s in services])
        call = _CallMaker(catalogue, counters)
        return BoardState(
            day=day,
            zone=zone,
            taken_at=now,
            counters=tuple(sorted(map(call, latest), key=_by_counter)),
            last_calls=tuple(map(call, last_rows)),
            live_calls=tuple(reversed([call(r) for r in live_rows])),
            waiting=_waiting_lines(catalogue, services, waiting, now),
        )

    def announced_through(self) -> datetime | None:
        """The time of the newest call this board has announced, if any."""
        with self._store.uow() as uow:
            value = uow.settings.get(ANNOUNCED_KEY)
        return datetime.fromisoformat(value) if value else None

    def mark_announced(self, call: BoardCall) -> None:
        """Remember that `call` was announced (the mark only ever moves forward)."""
        with self._store.uow(write=True) as uow:
            value = uow.settings.get(ANNOUNCED_KEY)
            if value and datetime.fromisoformat(value) >= call.called_at:
                return
            uow.settings.set(ANNOUNCED_KEY, call.called_at.isoformat())
            uow.commit()


# The board reads a few columns of today's calls as plain rows, not whole tickets: it
# reads again after every change in the hall, and a busy day holds thousands of calls.
_CALL_COLUMNS = (
    TicketRow.id,
    TicketRow.prefix,
    TicketRow.number,
    TicketRow.service_code,
    TicketRow.counter_number,
    TicketRow.called_at,
    TicketRow.recall_count,
)


def _called_today(day: date, numbers: Sequence[int] | None) -> list[ColumnElement[bool]]:
    where = [
        TicketRow.service_day == day,
        TicketRow.called_at.is_not(None),
        TicketRow.counter_number.is_not(None),
    ]
    if numbers is not None:
        where.append(TicketRow.counter_number.in_(numbers))
    return where


def _calls(day: date, numbers: Sequence[int] | None) -> Select[*_Cells]:
    """Today's calls (of some counters), newest first."""
    query = select(*_CALL_COLUMNS).where(*_called_today(day, numbers))
    return query.order_by(TicketRow.called_at.desc())


def _latest_per_counter(
    session: Session, day: date, numbers: Sequence[int] | None
) -> Sequence[Row[*_Cells]]:
    rank = func.row_number().over(
        partition_by=TicketRow.counter_number, order_by=TicketRow.called_at.desc()
    )
    ranked = select(*_CALL_COLUMNS, rank.label("rank")).where(*_called_today(day, numbers))
    sub = ranked.subquery()
    return session.execute(select(sub).where(sub.c.rank == 1)).all()


def _waiting(session: Session, day: date, codes: Sequence[str]) -> dict[str, int]:
    query = (
        select(TicketRow.service_code, func.count())
        .where(
            TicketRow.service_day == day,
            TicketRow.service_code.in_(codes),
            TicketRow.status.in_([s.value for s in IN_QUEUE]),
        )
        .group_by(TicketRow.service_code)
    )
    return {code: int(count) for code, count in session.execute(query)}


def _counters_in(catalogue: Catalogue, zone: str | None) -> dict[int, Counter]:
    zones = {a.code: a.zone for a in catalogue.agencies}
    return {
        c.number: c for c in catalogue.counters if zone is None or zones.get(c.agency_code) == zone
    }


def _in_zone(catalogue: Catalogue, service: Service, zone: str | None) -> bool:
    agency = catalogue.agency(service.agency_code)
    return zone is None or (agency is not None and agency.zone == zone)


def _open_now(service: Service, catalogue: Catalogue, now: datetime) -> bool:
    wall = local(now)
    hours = hours_on(service, catalogue, wall.date())
    return hours is not None and hours.opens <= wall.time() < hours.closes


def _waiting_lines(
    catalogue: Catalogue, services: Iterable[Service], waiting: dict[str, int], now: datetime
) -> tuple[WaitingLine, ...]:
    lines = []
    for service in services:
        count, is_open = waiting.get(service.code, 0), _open_now(service, catalogue, now)
        agency = catalogue.agency(service.agency_code)
        if agency is None or not (count or is_open):
            continue
        lines.append(
            WaitingLine(
                service.code,
                service.prefix,
                service.name,
                agency.code,
                agency.short_name,
                agency.zone,
                count,
                is_open,
            )
        )
    return tuple(lines)


def _by_counter(call: BoardCall) -> int:
    return call.counter_number


class _CallMaker:
    """Turns a ticket row into a BoardCall with the names the catalogue gives it."""

    def __init__(self, catalogue: Catalogue, counters: dict[int, Counter]) -> None:
        self._catalogue = catalogue
        self._counters = counters

    def __call__(self, row: Row[*_Cells]) -> BoardCall:
        catalogue = self._catalogue
        counter = self._counters.get(row.counter_number) or _counter(catalogue, row.counter_number)
        service = catalogue.service(row.service_code)
        agency_code = counter.agency_code or (service.agency_code if service else "")
        agency = catalogue.agency(agency_code)
        unknown = Text(row.service_code, row.service_code)  # a service since removed
        return BoardCall(
            ticket_id=row.id,
            number=format_number(row.prefix, row.number),
            counter_number=row.counter_number,
            counter_label=counter.label,
            agency_code=agency_code,
            agency_name=agency.short_name if agency else Text("", ""),
            service_name=service.name if service else unknown,
            zone=agency.zone if agency else None,
            called_at=row.called_at,
            recall_count=row.recall_count,
        )


def _counter(catalogue: Catalogue, number: int) -> Counter:
    """The catalogue's counter, or a bare one (a counter since removed still shows)."""
    found = next((c for c in catalogue.counters if c.number == number), None)
    return found or Counter(number, "", ())
