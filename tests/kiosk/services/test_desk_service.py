"""The counter desk's use cases: its queue, hold, transfer, outcomes, walk-ins, scans, figures."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from kiosk.clock import FakeClock
from kiosk.domain.ticket import Outcome, PriorityClass
from kiosk.domain.ticket_token import TicketClaim, sign
from kiosk.errors import TicketStateError
from kiosk.paths import Paths
from kiosk.services.desk_service import ScanRefused
from kiosk.station import Station, open_station
from kiosk.storage.models import EventRow
from tests.conftest import small_config


@pytest.fixture
def station(home: Paths, clock: FakeClock) -> Iterator[Station]:
    """A counter on the small catalogue, open every day (KK is closed on Mondays)."""
    opened = open_station(home, small_config(home, demo=True), clock)
    yield opened
    opened.close()


def _issue(station: Station, clock: FakeClock, code: str, n: int = 1) -> list[str]:
    ids = []
    for _ in range(n):
        ids.append(station.tickets.issue(code).id)
        clock.advance(timedelta(minutes=1))
    return ids


def _events(station: Station) -> list[tuple[str, dict[str, object]]]:
    with station.store.uow() as uow:
        rows = uow.session.execute(
            select(EventRow.type, EventRow.payload)
            .where(EventRow.type.like("ticket.%"))
            .order_by(EventRow.seq)
        )
        return [(t, json.loads(p)) for t, p in rows]


def test_the_queue_is_in_calling_order_with_priority_first(
    station: Station, clock: FakeClock
) -> None:
    first, second = _issue(station, clock, "KTP-EL", 2)
    urgent = station.tickets.issue("KTP-EL", PriorityClass.LANSIA).id
    queue = station.desk.queue(1, ["KTP-EL", "KK"])
    assert [t.id for t in queue] == [urgent, first, second]
    assert queue[0].priority == "lansia"


def test_a_held_ticket_returns_to_the_counter_that_held_it_at_its_old_place(
    station: Station, clock: FakeClock
) -> None:
    held, later = _issue(station, clock, "KTP-EL", 2)
    station.tickets.call(held, 2)
    assert station.desk.hold(held).status == "held"
    assert [t.id for t in station.desk.at_counter(2)] == [held]
    back = station.desk.return_to_queue(held)
    assert back.status == "waiting" and back.target_counter == 2
    assert [t.id for t in station.desk.queue(2, ["KTP-EL"])] == [held, later]
    assert [t.id for t in station.desk.queue(1, ["KTP-EL"])] == [later], "counter 1 leaves it"
    assert station.tickets.call_next(1, ["KTP-EL"]).id == later  # type: ignore[union-attr]
    assert station.tickets.call_next(2, ["KTP-EL"]).id == held  # type: ignore[union-attr]


def test_only_a_held_ticket_can_return_to_the_queue(station: Station, clock: FakeClock) -> None:
    (ticket,) = _issue(station, clock, "KTP-EL")
    station.tickets.call(ticket, 1)
    with pytest.raises(TicketStateError):
        station.desk.return_to_queue(ticket)


def test_a_transfer_keeps_the_number_and_the_first_queue_time(
    station: Station, clock: FakeClock
) -> None:
    moved, *_ = _issue(station, clock, "KTP-EL", 1)
    kk_first, kk_second = _issue(station, clock, "KK", 2)
    station.tickets.call(moved, 1)
    view = station.desk.transfer(moved, "KK", note="  bawa KK  asli ")
    assert view.number == "A-001" and view.service_code == "KK"
    assert view.status == "transferred" and view.origin_service == "KTP-EL"
    assert view.note == "bawa KK asli" and view.counter_number is None
    # It queued before both KK tickets, so it is called first at its new service.
    assert [t.id for t in station.desk.queue(1, ["KK"])] == [moved, kk_first, kk_second]
    assert _events(station)[-1][0] == "ticket.transferred"


def test_a_transfer_may_land_on_a_number_its_new_service_has_too(
    station: Station, clock: FakeClock
) -> None:
    (a1,) = _issue(station, clock, "KTP-EL")
    (b1,) = _issue(station, clock, "KK")
    station.tickets.call(a1, 1)
    station.desk.transfer(a1, "KK")  # A-001 and B-001 now both stand at KK
    assert {t.number for t in station.desk.queue(1, ["KK"])} == {"A-001", "B-001"}
    assert station.tickets.get(b1).number == "B-001"


def test_a_transfer_to_one_counter_is_called_by_that_counter_only(
    station: Station, clock: FakeClock
) -> None:
    sent, other = _issue(station, clock, "KTP-EL", 2)
    station.tickets.call(sent, 1)
    station.desk.transfer(sent, "KTP-EL", counter=2, note="verifikasi")
    assert station.tickets.call_next(1, ["KTP-EL"]).id == other  # type: ignore[union-attr]
    called = station.tickets.call_next(2, ["KTP-EL"])
    assert called is not None and called.id == sent and called.target_counter is None


def test_a_transfer_to_a_counter_that_does_not_serve_the_service_is_refused(
    station: Station, clock: FakeClock
) -> None:
    (ticket,) = _issue(station, clock, "KK")
    station.tickets.call(ticket, 1)
    with pytest.raises(TicketStateError) as refused:
        station.desk.transfer(ticket, "KK", counter=2)
    assert "Loket 2" in refused.value.message.id
    assert station.tickets.get(ticket).status == "called", "nothing changed"


def test_finishing_records_the_outcome_and_the_note(station: Station, clock: FakeClock) -> None:
    (ticket,) = _issue(station, clock, "KTP-EL")
    station.tickets.call(ticket, 1)
    station.tickets.start_serving(ticket)
    done = station.tickets.finish(ticket, Outcome.BERKAS_KURANG, "KK belum dibawa")
    assert (done.status, done.outcome, done.note) == ("done", "berkas_kurang", "KK belum dibawa")
    kind, payload = _events(station)[-1]
    assert kind == "ticket.done" and payload["outcome"] == "berkas_kurang"


def test_a_walk_in_is_issued_called_and_served_at_the_counter(station: Station) -> None:
    view = station.desk.walk_in("KK", 1)
    assert (view.status, view.counter_number, view.number) == ("serving", 1, "B-001")
    assert [t for t, _ in _events(station)] == ["ticket.issued", "ticket.called", "ticket.serving"]


def test_a_scanned_ticket_of_a_kiosk_not_synced_yet_is_taken_in(
    station: Station, clock: FakeClock
) -> None:
    claim = TicketClaim(
        "6b0f5a6e-1d3b-4f7e-9d55-2f1f4b0e9a11",
        "A-042",
        "KTP-EL",
        clock.now(),
        "0d9c1f4e-5a6b-4c3d-8e2f-1a2b3c4d5e6f",
    )
    qr = sign(claim, station.queues._hall_key)
    view = station.desk.scan(qr)
    assert (view.id, view.number, view.status) == (claim.ticket_id, "A-042", "waiting")
    assert view.station_id == claim.station_id, "the kiosk stays its issuer"
    assert _events(station) == [], "the kiosk sends its own events"
    assert station.desk.scan(qr).id == claim.ticket_id, "a second scan finds the same ticket"


def test_a_forged_or_old_qr_is_refused_with_a_clear_message(
    station: Station, clock: FakeClock
) -> None:
    claim = TicketClaim(
        "6b0f5a6e-1d3b-4f7e-9d55-2f1f4b0e9a11",
        "A-042",
        "KTP-EL",
        clock.now(),
        "0d9c1f4e-5a6b-4c3d-8e2f-1a2b3c4d5e6f",
    )
    forged = sign(claim, b"k" * 32)
    with pytest.raises(ScanRefused) as refused:
        station.desk.scan(forged)
    assert "bukan tiket sah" in refused.value.message.id
    with pytest.raises(ScanRefused):
        station.desk.scan("A-042")
    yesterday = TicketClaim(
        claim.ticket_id, "A-042", "KTP-EL", clock.now() - timedelta(days=1), claim.station_id
    )
    with pytest.raises(ScanRefused) as old:
        station.desk.scan(sign(yesterday, station.queues._hall_key))
    assert "bukan hari ini" in old.value.message.id
    assert station.tickets.today() == []


def test_the_desk_figures_count_this_counter_only(station: Station, clock: FakeClock) -> None:
    a, b, c = _issue(station, clock, "KTP-EL", 3)  # queued 09:00 .. 09:02
    (d,) = _issue(station, clock, "KK")
    clock.advance(timedelta(minutes=6))  # 09:10
    station.tickets.call(a, 1)
    station.tickets.start_serving(a)
    clock.advance(timedelta(minutes=4))
    station.tickets.finish(a)
    station.tickets.call(b, 1)  # waited 09:01 → 09:14
    station.tickets.no_show(b)
    station.tickets.call(c, 2)  # another counter
    stats = station.desk.stats(1, ["KTP-EL", "KK"])
    assert (stats.served, stats.no_show, stats.waiting) == (1, 1, 1)
    assert stats.average_wait_minutes == pytest.approx((10 + 13) / 2)
    assert stats.average_service_minutes == pytest.approx(4)
    assert station.desk.stats(2, ["KTP-EL"]).served == 0
    assert [t.id for t in station.desk.queue(1, ["KTP-EL", "KK"])] == [d]


def test_calling_a_ticket_another_counter_has_is_refused_not_a_recall(
    station: Station, clock: FakeClock
) -> None:
    (ticket,) = _issue(station, clock, "KTP-EL")
    station.tickets.call(ticket, 1)
    with pytest.raises(TicketStateError) as refused:
        station.tickets.call(ticket, 2)
    assert "sudah dipanggil Loket 1" in refused.value.message.id
    again = station.tickets.call(ticket, 1)  # the same counter asking again
    assert (again.counter_number, again.recall_count) == (1, 0)
    assert [t for t, _ in _events(station)] == ["ticket.issued", "ticket.called"]


def test_a_walk_in_asks_priority_only_where_the_service_has_it(station: Station) -> None:
    from kiosk.errors import PriorityNotAllowed

    with pytest.raises(PriorityNotAllowed):
        station.desk.walk_in("KK", 1, PriorityClass.LANSIA)
    assert station.desk.walk_in("KTP-EL", 1, PriorityClass.LANSIA).priority == "lansia"


def test_a_ticket_sent_to_one_counter_cannot_be_called_by_number_at_another(
    station: Station, clock: FakeClock
) -> None:
    (ticket,) = _issue(station, clock, "KTP-EL")
    station.tickets.call(ticket, 1)
    station.desk.transfer(ticket, "KTP-EL", counter=2)
    with pytest.raises(TicketStateError) as refused:
        station.tickets.call(ticket, 1)
    assert "dialihkan ke Loket 2" in refused.value.message.id
    assert station.tickets.call(ticket, 2).counter_number == 2
