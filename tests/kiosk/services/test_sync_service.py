"""The station's side of sync without a network: numbering, push state, applying the feed."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from kiosk.clock import FakeClock
from kiosk.domain.numbering import NumbersExhausted, offline_number
from kiosk.errors import ServiceClosed
from kiosk.paths import Paths
from kiosk.services.sync_service import RemoteEvent
from kiosk.services.ticket_events import ticket_payload
from kiosk.station import Station, open_station
from kiosk.storage.models import AppliedEventRow
from tests.conftest import small_config

DAY = date(2026, 11, 23)
OTHER = "0b8e7a3e-61a4-4c55-9a0e-2f6f1d3c9a11"


def issued(station: Station, count: int, code: str = "KTP-EL") -> list[str]:
    """Numbers of `count` new tickets; each is cancelled so the daily quota (3) never ends it."""
    numbers = []
    for _ in range(count):
        ticket = station.tickets.issue(code)
        station.tickets.cancel(ticket.id)
        numbers.append(ticket.number)
    return numbers


@pytest.fixture
def other_station(tmp_path: Path, clock: FakeClock) -> Iterator[Station]:
    """A second station of the same hall (its own store), e.g. a counter."""
    paths = Paths(tmp_path / "b" / "config", tmp_path / "b" / "data")
    opened = open_station(paths, small_config(paths), clock)
    yield opened
    opened.close()


def feed_of(source: Station, start: int = 1) -> list[RemoteEvent]:
    """Every event of `source`'s outbox as the server's feed would carry it."""
    return [
        RemoteEvent(start + i, e.id, e.station_id, e.seq, e.type, e.payload)
        for i, e in enumerate(source.sync.outgoing(10_000))
    ]


def snapshot_of(station: Station, ticket_id: str) -> dict[str, Any]:
    """A ticket of `station` as an event's payload carries it."""
    with station.store.uow() as uow:
        ticket = uow.tickets.get(ticket_id)
    assert ticket is not None
    return ticket_payload(ticket)


def called_to(station: Station, ticket_id: str, counter: int) -> dict[str, Any]:
    """The payload of a call of that ticket to `counter` (by another counter or the server)."""
    payload = snapshot_of(station, ticket_id) | {"status": "called", "counter": counter}
    payload["called_at"] = payload["issued_at"]
    return payload


# --- numbering ------------------------------------------------------------------------


def test_a_station_without_server_counts_on_its_own(station: Station) -> None:
    assert issued(station, 3) == ["A-001", "A-002", "A-003"]


def test_an_enrolled_station_takes_leased_numbers_then_its_offline_range(station: Station) -> None:
    station.sync.save_enrolment(slot=7)
    station.sync.add_blocks([("KTP-EL", DAY, 21, 22)])
    assert issued(station, 3) == ["A-021", "A-022", "A-7001"]
    station.sync.add_blocks([("KTP-EL", DAY, 41, 50)])  # the server answered again
    assert issued(station, 1) == ["A-041"]


def test_stock_below_the_low_water_mark_asks_for_a_block(station: Station) -> None:
    assert station.sync.number_wants(DAY, ["KTP-EL"], block=10, low=5) == []  # not enrolled
    station.sync.save_enrolment(slot=1)
    assert station.sync.number_wants(DAY, ["KTP-EL"], block=10, low=5) == [("KTP-EL", 10)]
    station.sync.add_blocks([("KTP-EL", DAY, 1, 10)])
    assert station.sync.number_wants(DAY, ["KTP-EL"], block=10, low=5) == []
    issued(station, 6)
    assert station.sync.number_wants(DAY, ["KTP-EL"], block=10, low=5) == [("KTP-EL", 10)]


@given(
    slots=st.lists(st.integers(1, 99), min_size=2, max_size=5, unique=True),
    leased_max=st.integers(0, 999),
    k=st.integers(1, 999),
)
def test_offline_ranges_never_meet_each_other_or_leased_numbers(
    slots: list[int], leased_max: int, k: int
) -> None:
    numbers = [offline_number(s, k) for s in slots]
    assert len(set(numbers)) == len(numbers)
    assert all(n > 999 >= leased_max for n in numbers)
    assert all(n // 1000 == s for n, s in zip(numbers, slots, strict=True))


def test_the_thousandth_offline_number_is_refused_clearly(station: Station) -> None:
    with pytest.raises(NumbersExhausted):
        offline_number(3, 1000)
    station.sync.save_enrolment(slot=3)
    with station.store.uow(write=True) as uow:
        uow.tickets.next_number("KTP-EL", DAY)
        uow.session.execute(text("UPDATE daily_counter SET last_number = 999"))
        uow.commit()
    with pytest.raises(ServiceClosed) as refused:
        station.tickets.issue("KTP-EL")
    assert "server" in refused.value.message.en


# --- push state -----------------------------------------------------------------------


def test_acknowledged_events_leave_the_backlog_and_refused_ones_go_to_quarantine(
    station: Station,
) -> None:
    issued(station, 2)
    pending = station.sync.outgoing(100)
    assert [e.seq for e in pending] == sorted(e.seq for e in pending)
    assert station.sync.status().backlog == len(pending)
    first, second, *rest = pending
    station.sync.acknowledge([first.id], {second.id: "409 mismatch: other content"})
    status = station.sync.status()
    assert status.backlog == len(rest)
    assert status.quarantined == 1
    assert [q.id for q in station.sync.quarantined()] == [second.id]
    assert [e.id for e in station.sync.outgoing(100)] == [e.id for e in rest]


# --- applying the feed ----------------------------------------------------------------


def test_a_kiosks_ticket_reaches_the_counter_once(station: Station, other_station: Station) -> None:
    number = station.tickets.issue("KTP-EL").number
    feed = feed_of(station)
    assert other_station.sync.apply(feed, last=len(feed)) == 1
    assert other_station.sync.apply(feed, last=len(feed)) == 0  # delivered twice: no effect
    seen = other_station.tickets.today()
    assert [t.number for t in seen] == [number]
    assert other_station.sync.cursor() == len(feed)


def test_own_events_in_the_feed_are_not_applied_again(station: Station) -> None:
    station.tickets.issue("KTP-EL")
    feed = feed_of(station)
    assert station.sync.apply(feed, last=len(feed)) == 0
    assert station.sync.cursor() == len(feed)


def test_a_later_call_is_not_undone_by_the_issue_event(
    station: Station, other_station: Station
) -> None:
    ticket = station.tickets.issue("KTP-EL")
    feed = feed_of(station)
    other_station.sync.apply(feed, last=len(feed))
    other_station.sync.acknowledge([e.id for e in other_station.sync.outgoing(100)], {})
    other_station.tickets.call(ticket.id, counter_number=2)
    other_station.sync.acknowledge([e.id for e in other_station.sync.outgoing(100)], {})
    replay = [RemoteEvent(99, str(uuid.uuid4()), OTHER, 5, e.type, e.payload) for e in feed]
    other_station.sync.apply(replay, last=99)
    assert other_station.tickets.get(ticket.id).status == "called"


def test_our_unsent_change_wins_until_the_server_says_otherwise(
    station: Station, other_station: Station
) -> None:
    ticket = station.tickets.issue("KTP-EL")
    other_station.sync.apply(feed_of(station), last=10)
    other_station.tickets.call(ticket.id, counter_number=2)  # not pushed yet
    station.tickets.cancel(ticket.id)
    cancelled = feed_of(station, start=11)[-1:]
    assert other_station.sync.apply(cancelled, last=11) == 0
    assert other_station.tickets.get(ticket.id).status == "called"
    # The server ordered both and kept the kiosk's change: it sends the winner.
    snapshot = snapshot_of(station, ticket.id)
    conflict = RemoteEvent(
        12,
        str(uuid.uuid4()),
        other_station.store.station_id,
        None,
        "ticket.conflict",
        {"kind": "double_call", "ticket": snapshot},
    )
    assert other_station.sync.apply([conflict], last=12) == 1
    assert other_station.tickets.get(ticket.id).status == "cancelled"


def test_a_server_call_made_for_this_counter_is_applied(
    station: Station, other_station: Station
) -> None:
    ticket = station.tickets.issue("KTP-EL")
    other_station.sync.apply(feed_of(station), last=10)
    payload = called_to(station, ticket.id, 4)
    event = RemoteEvent(
        11, str(uuid.uuid4()), other_station.store.station_id, None, "ticket.called", payload
    )
    assert other_station.sync.apply([event], last=11) == 1
    view = other_station.tickets.get(ticket.id)
    assert (view.status, view.counter_number) == ("called", 4)


def test_a_bad_or_clashing_event_is_skipped_and_the_rest_applied(
    station: Station, other_station: Station
) -> None:
    mine = other_station.tickets.issue("KTP-EL")  # A-001 here, never enrolled
    theirs = station.tickets.issue("KTP-EL")  # A-001 there: a clash
    feed = feed_of(station)
    bad = RemoteEvent(50, str(uuid.uuid4()), OTHER, 1, "ticket.waiting", {"number": "?"})
    station.tickets.issue("KTP-EL")  # fine
    later = feed_of(station)[len(feed) :]
    applied = other_station.sync.apply(
        [
            *feed,
            bad,
            *[
                RemoteEvent(60 + i, e.id, e.station_id, e.seq, e.type, e.payload)
                for i, e in enumerate(later)
            ],
        ],
        last=70,
    )
    assert applied == 1
    numbers = {t.number: t.id for t in other_station.tickets.today()}
    assert numbers == {"A-001": mine.id, "A-002": numbers["A-002"]}
    assert theirs.id not in numbers.values()
    assert other_station.sync.cursor() == 70


def test_cursor_and_tickets_move_together_or_not_at_all(
    station: Station, other_station: Station, monkeypatch: pytest.MonkeyPatch
) -> None:
    station.tickets.issue("KTP-EL")
    feed = feed_of(station)
    from kiosk.storage.tickets import TicketRepository

    def power_cut(self: TicketRepository, ticket: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(TicketRepository, "save", power_cut)
    with pytest.raises(OSError, match="power cut"):
        other_station.sync.apply(feed, last=len(feed))
    monkeypatch.undo()
    assert other_station.sync.cursor() == 0
    assert other_station.tickets.today() == []
    assert other_station.sync.apply(feed, last=len(feed)) == 1


def test_leased_numbers_this_store_used_before_enrolment_are_passed_over(
    station: Station,
) -> None:
    assert issued(station, 2) == ["A-001", "A-002"]
    station.sync.save_enrolment(slot=4)
    station.sync.add_blocks([("KTP-EL", DAY, 1, 5)])
    assert issued(station, 2) == ["A-003", "A-004"]


def test_the_record_of_applied_events_is_kept_two_days(
    station: Station, other_station: Station
) -> None:
    station.tickets.issue("KTP-EL")
    feed = feed_of(station)
    other_station.sync.apply(feed, last=len(feed))
    other_station.clock.advance(timedelta(days=1))  # type: ignore[attr-defined]
    other_station.sync.mark_success()
    again = [RemoteEvent(99, e.id, e.station_id, e.seq, e.type, e.payload) for e in feed]
    with other_station.store.uow() as uow:
        kept = uow.session.scalar(select(func.count()).select_from(AppliedEventRow))
    assert kept == len(feed)
    other_station.clock.advance(timedelta(days=1, seconds=1))  # type: ignore[attr-defined]
    other_station.sync.mark_success()
    with other_station.store.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(AppliedEventRow)) == 0
    assert other_station.sync.apply(again, last=99) == 0  # the issue event never steps back


def test_our_event_seen_in_the_feed_counts_as_sent_so_later_news_is_applied(
    station: Station, other_station: Station
) -> None:
    ticket = station.tickets.issue("KTP-EL")
    other_station.sync.apply(feed_of(station), last=10)
    other_station.tickets.call(ticket.id, counter_number=1)
    other_station.tickets.restore(ticket.id)  # back to the queue; the push's reply is lost
    echoed = [
        RemoteEvent(11 + i, e.id, e.station_id, e.seq, e.type, e.payload)
        for i, e in enumerate(other_station.sync.outgoing(100))
    ]
    # Another counter then calls it: the server orders that after our two events.
    called_by_two = called_to(station, ticket.id, 2)
    later = RemoteEvent(99, str(uuid.uuid4()), OTHER, 9, "ticket.called", called_by_two)
    other_station.sync.apply([*echoed, later], last=99)
    assert other_station.sync.status().backlog == 0
    view = other_station.tickets.get(ticket.id)
    assert (view.status, view.counter_number) == ("called", 2)


def test_a_conflict_for_another_station_is_not_forced_here(
    station: Station, other_station: Station
) -> None:
    ticket = station.tickets.issue("KTP-EL")
    other_station.sync.apply(feed_of(station), last=10)
    other_station.tickets.call(ticket.id, counter_number=1)
    theirs = RemoteEvent(
        11,
        str(uuid.uuid4()),
        OTHER,  # the conflict belongs to a third station
        None,
        "ticket.conflict",
        {"kind": "double_call", "ticket": snapshot_of(station, ticket.id)},
    )
    assert other_station.sync.apply([theirs], last=11) == 0
    assert other_station.tickets.get(ticket.id).status == "called"


def test_a_server_made_event_without_station_keeps_the_issuer(
    station: Station, other_station: Station
) -> None:
    ticket = station.tickets.issue("KTP-EL")
    other_station.sync.apply(feed_of(station), last=10)
    payload = called_to(station, ticket.id, 3)
    payload.pop("station")
    call = RemoteEvent(
        11, str(uuid.uuid4()), other_station.store.station_id, None, "ticket.called", payload
    )
    other_station.sync.apply([call], last=11)
    with other_station.store.uow() as uow:
        kept = uow.tickets.get(ticket.id)
    assert kept is not None and kept.station_id == station.store.station_id
    assert other_station.tickets.call_next(3, ["KTP-EL"], own_only=True) is None


def test_enrolling_again_starts_afresh_with_the_new_server(
    station: Station, other_station: Station
) -> None:
    station.sync.save_enrolment(slot=1)
    station.sync.add_blocks([("KTP-EL", DAY, 11, 20)])
    other_station.tickets.issue("KTP-EL")
    station.sync.apply(feed_of(other_station), last=62)
    station.sync.save_enrolment(slot=5)  # another server now
    assert station.sync.cursor() == 0
    assert issued(station, 1) == ["A-5001"]  # the old server's block is not used
