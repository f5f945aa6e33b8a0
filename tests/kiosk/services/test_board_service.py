"""The hall board's picture: current call per counter, last calls, waiting, announced mark."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from kiosk.clock import WIT, FakeClock
from kiosk.config import StationConfig
from kiosk.paths import Paths
from kiosk.services.board_service import (
    LAST_CALLS,
    BoardCall,
    BoardService,
    calls_to_resume,
    new_calls,
)
from kiosk.station import Station, open_station

# The seed catalogue: Disdukcapil is zone A (counters 1-4, KTP-EL at 1 and 2, KK at 3),
# DPMPTSP zone B (counters 5-7, NIB), Samsat zone D (counters 10-12, PKB-TAHUNAN).


@pytest.fixture
def hall(home: Paths, clock: FakeClock) -> Iterator[Station]:
    """A display station on the seed catalogue with its real opening hours."""
    config = dataclasses.replace(StationConfig.demo_default(home), role="display", demo=False)
    opened = open_station(home, config, clock)
    yield opened
    opened.close()


@pytest.fixture
def board(hall: Station) -> Iterator[BoardService]:
    service = BoardService(hall.store, hall.catalogues, hall.clock)
    yield service
    service.close()


def call(hall: Station, code: str, counter: int, after: timedelta = timedelta(seconds=20)) -> str:
    """Issue a ticket of `code` and call it to `counter` a little later; its id."""
    ticket = hall.tickets.issue(code)
    tick(hall, after)
    hall.tickets.call(ticket.id, counter)
    return ticket.id


def tick(hall: Station, by: timedelta = timedelta(seconds=20)) -> None:
    assert isinstance(hall.clock, FakeClock)
    hall.clock.advance(by)


def numbers(calls: tuple[BoardCall, ...] | list[BoardCall]) -> list[tuple[str, int]]:
    return [(c.number, c.counter_number) for c in calls]


def test_each_counter_shows_its_most_recent_call(hall: Station, board: BoardService) -> None:
    call(hall, "KTP-EL", 1)
    call(hall, "KTP-EL", 2)
    third = call(hall, "KTP-EL", 1)
    call(hall, "NIB", 5)

    state = board.snapshot()

    assert numbers(state.counters) == [("A1-003", 1), ("A1-002", 2), ("B1-001", 5)]
    first = state.counters[0]
    assert first.ticket_id == third
    assert first.counter_label.id == "Loket 1"
    assert (first.agency_name.id, first.service_name.id) == (
        "Disdukcapil",
        "Perekaman dan Pencetakan KTP-el",
    )
    assert first.called_at == hall.clock.now() - timedelta(seconds=20)


def test_a_zone_board_shows_only_its_agencies(hall: Station, board: BoardService) -> None:
    call(hall, "KTP-EL", 1)
    call(hall, "NIB", 5)
    call(hall, "PKB-TAHUNAN", 10)
    hall.tickets.issue("NIB")

    state = board.snapshot("B")

    assert numbers(state.counters) == [("B1-001", 5)]
    assert numbers(state.last_calls) == [("B1-001", 5)]
    assert {line.agency_code for line in state.waiting} == {"DPMPTSP"}
    nib = next(line for line in state.waiting if line.service_code == "NIB")
    assert (nib.prefix, nib.waiting) == ("B1", 1)
    assert numbers(board.snapshot().counters) == [("A1-001", 1), ("B1-001", 5), ("D1-001", 10)]


def test_the_last_calls_are_the_newest_six_newest_first(hall: Station, board: BoardService) -> None:
    for n in range(8):
        call(hall, "KTP-EL", 1 + n % 2)

    last = board.snapshot().last_calls

    assert len(last) == LAST_CALLS
    assert [c.number for c in last] == [f"A1-{n:03d}" for n in range(8, 2, -1)]


def test_a_recall_is_a_new_call(hall: Station, board: BoardService) -> None:
    ticket = call(hall, "KTP-EL", 2)
    before = board.snapshot()
    tick(hall, timedelta(seconds=45))
    hall.tickets.recall(ticket)

    after = board.snapshot()
    fresh = new_calls(before, after)

    assert numbers(fresh) == [("A1-001", 2)]
    assert fresh[0].recall_count == 1
    assert fresh[0].called_at == hall.clock.now()
    assert fresh[0].key != before.counters[0].key
    assert after.counters[0].key == fresh[0].key


def test_new_calls_are_those_that_appeared_oldest_first(hall: Station, board: BoardService) -> None:
    call(hall, "KTP-EL", 1)
    before = board.snapshot()
    assert new_calls(before, board.snapshot()) == []
    call(hall, "NIB", 5, timedelta(seconds=1))
    call(hall, "KK", 3, timedelta(seconds=1))
    call(hall, "KTP-EL", 1, timedelta(seconds=1))

    assert numbers(new_calls(before, board.snapshot())) == [
        ("B1-001", 5),
        ("A2-001", 3),
        ("A1-002", 1),
    ]


def test_a_call_that_reaches_the_board_very_late_is_not_new(
    hall: Station, board: BoardService
) -> None:
    before = board.snapshot()
    call(hall, "KTP-EL", 1)
    tick(hall, timedelta(minutes=11))  # e.g. the board was cut off from the server

    after = board.snapshot()

    assert new_calls(before, after) == []
    assert numbers(after.counters) == [("A1-001", 1)]  # still shown


def test_the_announced_mark_survives_a_new_service(hall: Station, board: BoardService) -> None:
    call(hall, "KTP-EL", 1)
    announced = board.snapshot().counters[0]
    board.mark_announced(announced)
    call(hall, "NIB", 5)  # made while the board was down

    again = BoardService(hall.store, hall.catalogues, hall.clock)
    mark = again.announced_through()
    state = again.snapshot()

    assert mark == announced.called_at
    assert numbers(calls_to_resume(state, mark)) == [("B1-001", 5)]
    again.close()


def test_the_mark_never_moves_back(hall: Station, board: BoardService) -> None:
    call(hall, "KTP-EL", 1)
    call(hall, "KTP-EL", 2)
    older, newer = board.snapshot().counters
    board.mark_announced(newer)
    board.mark_announced(older)
    assert board.announced_through() == newer.called_at


def test_after_a_long_stop_old_calls_are_only_shown(hall: Station, board: BoardService) -> None:
    call(hall, "KTP-EL", 1)
    tick(hall, timedelta(minutes=3))
    call(hall, "NIB", 5)

    state = board.snapshot()

    # Nothing was ever announced: only the call younger than two minutes is.
    assert numbers(calls_to_resume(state, None)) == [("B1-001", 5)]
    assert len(state.counters) == 2


def test_waiting_counts_per_service_and_per_agency(hall: Station, board: BoardService) -> None:
    for code in ("KTP-EL", "KTP-EL", "KK", "NIB"):
        hall.tickets.issue(code)
    call(hall, "KTP-EL", 1)

    state = board.snapshot()
    by_service = {line.service_code: line.waiting for line in state.waiting}
    by_agency = {a.agency_code: a.waiting for a in state.waiting_by_agency()}

    assert (by_service["KTP-EL"], by_service["KK"], by_service["NIB"]) == (2, 1, 1)
    assert by_agency["DUKCAPIL"] == 3
    assert by_agency["SAMSAT"] == 0  # open, nobody waiting
    assert all(line.open for line in state.waiting)


def test_after_closing_only_services_with_people_waiting_are_listed(
    hall: Station, board: BoardService
) -> None:
    hall.tickets.issue("NIB")
    assert isinstance(hall.clock, FakeClock)
    hall.clock.set(datetime(2026, 11, 23, 15, 30, tzinfo=WIT))

    waiting = board.snapshot().waiting

    assert [(line.service_code, line.waiting, line.open) for line in waiting] == [("NIB", 1, False)]


def test_the_stamp_changes_when_someone_else_writes(hall: Station, board: BoardService) -> None:
    first = board.stamp()
    assert board.stamp() == first
    call(hall, "KTP-EL", 1)
    assert board.stamp() != first


def test_a_new_day_starts_empty(hall: Station, board: BoardService) -> None:
    call(hall, "KTP-EL", 1)
    tick(hall, timedelta(days=1))
    state = board.snapshot()
    assert (state.counters, state.last_calls, state.live_calls) == ((), (), ())
