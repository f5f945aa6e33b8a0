"""Issuing and moving tickets through the store, with the clock under the test's control."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from kiosk.clock import WIT, FakeClock
from kiosk.domain.ticket import PriorityClass
from kiosk.errors import (
    PriorityNotAllowed,
    ServiceClosed,
    TicketStateError,
    UnknownService,
)
from kiosk.paths import Paths
from kiosk.station import Station, open_station
from kiosk.storage.models import EventRow
from tests.conftest import small_config


def numbers(station: Station, code: str = "KTP-EL", count: int = 1) -> list[str]:
    return [station.tickets.issue(code).number for _ in range(count)]


def events(station: Station) -> list[EventRow]:
    with station.store.uow() as uow:
        return list(uow.session.scalars(select(EventRow).order_by(EventRow.seq)))


def test_numbers_count_up_per_service(station: Station) -> None:
    assert numbers(station, "KTP-EL", 2) == ["A-001", "A-002"]
    station.clock.advance(timedelta(days=5))  # type: ignore[attr-defined]  # Saturday
    assert numbers(station, "KK", 1) == ["B-001"]


def test_numbers_restart_at_midnight_wit_not_utc(home: Paths) -> None:
    clock = FakeClock(datetime(2026, 11, 23, 23, 58, tzinfo=WIT))
    station = open_station(home, small_config(home, demo=True), clock)
    assert numbers(station, count=2) == ["A-001", "A-002"]
    clock.set(datetime(2026, 11, 23, 14, 59, tzinfo=UTC))  # 23:59 WIT, still the 23rd
    assert numbers(station) == ["A-003"]
    clock.set(datetime(2026, 11, 23, 15, 1, tzinfo=UTC))  # 00:01 WIT on the 24th
    assert numbers(station) == ["A-001"]
    station.close()


def test_a_new_ticket_knows_who_is_ahead_and_the_wait(station: Station) -> None:
    first = station.tickets.issue("KTP-EL")
    second = station.tickets.issue("KTP-EL")
    assert (first.people_ahead, first.estimated_wait_minutes) == (0, 0)
    # Nominal 10 minutes, two counters serve KTP-EL: one ahead waits five minutes.
    assert (second.people_ahead, second.estimated_wait_minutes) == (1, 5)


def test_quota_is_enforced_with_a_reason(station: Station) -> None:
    numbers(station, count=3)
    with pytest.raises(ServiceClosed) as refused:
        station.tickets.issue("KTP-EL")
    assert "Kuota hari ini (3 nomor) sudah habis" in refused.value.message.id
    assert len(events(station)) == 1 + 3  # catalogue loaded + three tickets, nothing more


def test_cancelled_ticket_frees_its_place_but_not_its_number(station: Station) -> None:
    tickets = [station.tickets.issue("KTP-EL") for _ in range(3)]
    station.tickets.cancel(tickets[1].id)
    assert station.tickets.issue("KTP-EL").number == "A-004"


def test_closed_service_issues_nothing_and_uses_no_number(station: Station) -> None:
    clock = station.clock
    assert isinstance(clock, FakeClock)
    clock.set(datetime(2026, 11, 23, 7, 30, tzinfo=WIT))
    with pytest.raises(ServiceClosed) as refused:
        station.tickets.issue("KTP-EL")
    assert "belum buka" in refused.value.message.id
    clock.set(datetime(2026, 11, 23, 8, 0, tzinfo=WIT))
    assert numbers(station) == ["A-001"]


def test_unknown_service_and_priority_rules(station: Station) -> None:
    with pytest.raises(UnknownService):
        station.tickets.issue("NOPE")
    clock = station.clock
    assert isinstance(clock, FakeClock)
    clock.set(datetime(2026, 11, 28, 9, 30, tzinfo=WIT))  # Saturday: KK is open
    with pytest.raises(PriorityNotAllowed):
        station.tickets.issue("KK", PriorityClass.LANSIA)


def test_calling_order_reaches_the_counter(station: Station) -> None:
    regular = station.tickets.issue("KTP-EL")
    elderly = station.tickets.issue("KTP-EL", PriorityClass.LANSIA)
    called = station.tickets.call_next(1, ["KTP-EL", "KK"])
    assert called is not None and called.number == elderly.number
    assert called.counter_number == 1 and called.status == "called"
    after = station.tickets.call_next(2, ["KTP-EL"])
    assert after is not None and after.id == regular.id
    assert station.tickets.call_next(1, ["KTP-EL"]) is None


def test_a_served_ticket_moves_through_its_states(station: Station) -> None:
    ticket = station.tickets.issue("KTP-EL")
    station.tickets.call_next(1, ["KTP-EL"])
    assert station.tickets.recall(ticket.id).status == "called"
    station.tickets.start_serving(ticket.id)
    assert station.tickets.finish(ticket.id).status == "done"
    with pytest.raises(TicketStateError) as refused:
        station.tickets.cancel(ticket.id)
    assert "A-001" in refused.value.message.id
    kinds = [e.type for e in events(station)][1:]
    assert kinds == [
        "ticket.issued",
        "ticket.called",
        "ticket.recalled",
        "ticket.serving",
        "ticket.done",
    ]


def test_every_event_has_identity_sequence_and_both_times(station: Station) -> None:
    ticket = station.tickets.issue("KTP-EL")
    rows = events(station)
    assert [e.seq for e in rows] == list(range(1, len(rows) + 1))
    issued = rows[-1]
    assert issued.station_id == station.store.station_id
    assert issued.occurred_local == "2026-11-23T09:00:00+09:00"
    assert issued.occurred_at.utcoffset() == timedelta(0)
    assert issued.synced_at is None
    payload = json.loads(issued.payload)
    assert payload["ticket_id"] == ticket.id and payload["number"] == "A-001"


def test_find_by_printed_number(station: Station) -> None:
    ticket = station.tickets.issue("KTP-EL")
    assert station.tickets.find("a-001").id == ticket.id
    assert [t.number for t in station.tickets.today()] == ["A-001"]
