"""Printing as the store sees it: one render per job, honest failures, keep or cancel, reprints."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.clock import FakeClock
from kiosk.domain.ticket_token import verify
from kiosk.errors import TicketStateError
from kiosk.hall_key import load_hall_key
from kiosk.services.dto import TicketView
from kiosk.services.print_jobs import PrintRequest
from kiosk.station import Station

rendered: list[tuple[str, bool]] = []


def render(view: TicketView, copy: bool) -> bytes:
    rendered.append((view.number, copy))
    return f"{view.number}|{view.qr_payload}|{'COPY' if copy else 'ORIGINAL'}".encode()


REQUEST = PrintRequest("dummy:", render)


@pytest.fixture(autouse=True)
def _clear() -> None:
    rendered.clear()


def fake_clock(station: Station) -> FakeClock:
    assert isinstance(station.clock, FakeClock)
    return station.clock


def test_ticket_for_print_is_rendered_once_and_waits_for_the_result(station: Station) -> None:
    view = station.tickets.issue("KTP-EL", print_with=REQUEST)
    assert view.status == "issued"
    assert view.print_job_id is not None
    job = station.printing.job(view.print_job_id)
    assert job.data.startswith(b"A-001|MPP1.") and job.attempts == 0 and not job.copy
    assert station.tickets.call_next(1, ["KTP-EL"]) is None, "not callable before it is printed"
    printed = station.printing.record(view.print_job_id, ok=True)
    assert printed is not None and printed.status == "waiting"
    assert rendered == [("A-001", False)]
    assert station.printing.job(view.print_job_id).printed


def test_the_qr_payload_is_signed_with_the_station_key(station: Station) -> None:
    view = station.tickets.issue("KTP-EL", print_with=REQUEST)
    key = load_hall_key(None, station.paths.hall_key)
    claim = verify(view.qr_payload, key)
    assert (claim.ticket_id, claim.number, claim.service_code) == (view.id, "A-001", "KTP-EL")
    assert claim.station_id == station.store.station_id


def test_failed_print_then_kept_waits_flagged_and_counts(station: Station) -> None:
    first = station.tickets.issue("KTP-EL")
    view = station.tickets.issue("KTP-EL", print_with=REQUEST)
    assert view.people_ahead == 1, "the holder learns their place even while printing"
    assert view.print_job_id is not None
    failed = station.printing.record(view.print_job_id, ok=False, error="paper out")
    assert failed is not None and failed.status == "print_failed" and failed.print_failed
    assert station.printing.job(view.print_job_id).last_error == "paper out"
    kept = station.printing.keep(view.id)
    assert kept.status == "waiting" and kept.print_failed and kept.people_ahead == 1
    assert station.printing.failures_today() == 1
    assert station.tickets.call_next(1, ["KTP-EL"]).id == first.id  # type: ignore[union-attr]
    with pytest.raises(TicketStateError):
        station.printing.keep(view.id)


def test_unanswered_failure_is_cancelled_after_60_seconds_and_its_number_kept(
    station: Station,
) -> None:
    view = station.tickets.issue("KTP-EL", print_with=REQUEST)
    assert view.print_job_id is not None
    station.printing.record(view.print_job_id, ok=False, error="offline")
    fake_clock(station).advance(timedelta(seconds=59))
    assert station.printing.expire_unanswered() == []
    fake_clock(station).advance(timedelta(seconds=1))
    assert station.printing.expire_unanswered() == ["A-001"]
    assert station.tickets.get(view.id).status == "cancelled"
    assert station.tickets.issue("KTP-EL").number == "A-002", "numbers are never reused"
    assert station.tickets.restore(view.id).status == "waiting", "staff can restore it"


def test_a_ticket_left_mid_print_by_a_crash_is_cancelled_at_start(station: Station) -> None:
    view = station.tickets.issue("KTP-EL", print_with=REQUEST)
    fake_clock(station).advance(timedelta(minutes=5))
    assert station.printing.expire_unanswered() == ["A-001"]
    assert station.tickets.get(view.id).status == "cancelled"


def test_reprint_renders_a_marked_copy_and_keeps_the_state(station: Station) -> None:
    view = station.tickets.issue("KTP-EL", print_with=REQUEST)
    assert view.print_job_id is not None
    station.printing.record(view.print_job_id, ok=True)
    again = station.printing.reprint(view.id, REQUEST)
    assert again.print_job_id not in (None, view.print_job_id)
    assert again.status == "waiting"
    assert again.print_job_id is not None
    original = station.printing.job(view.print_job_id)
    copy = station.printing.job(again.print_job_id)
    assert copy.copy and copy.data.endswith(b"COPY") and original.data.endswith(b"ORIGINAL")
    assert rendered == [("A-001", False), ("A-001", True)]


def test_retrying_a_job_sends_the_stored_bytes_without_rendering_again(station: Station) -> None:
    view = station.tickets.issue("KTP-EL", print_with=REQUEST)
    assert view.print_job_id is not None
    station.printing.record(view.print_job_id, ok=False, error="timeout")
    before = station.printing.job(view.print_job_id).data
    station.printing.record(view.print_job_id, ok=True)
    job = station.printing.job(view.print_job_id)
    assert job.data == before and job.attempts == 2 and job.printed
    assert station.tickets.get(view.id).status == "waiting"
    assert len(rendered) == 1
