"""A day at a counter through the real services (fake clock): the report reads back what
happened, minute by minute, and the officer who was signed in."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.clock import FakeClock
from kiosk.domain.ticket import Outcome
from kiosk.reports.figures import Grouping, Report
from kiosk.reports.periods import PeriodKind
from kiosk.services.report_service import ReportService
from kiosk.station import Station


def _minutes(clock: FakeClock, n: int) -> None:
    clock.advance(timedelta(minutes=n))


@pytest.fixture
def day(station: Station, clock: FakeClock) -> Report:
    """Monday 23 November 2026 from 09:00 WIT at counter 1, Siti signed in."""
    station.officers.save("Siti Rahayu", "1357")
    desk = station.officers.sign_in("Siti Rahayu", "1357", 1, ["KTP-EL", "KK"])
    tickets = station.tickets
    # KTP-EL: quota 3, nominal 10 minutes; KK (nominal 8) takes no tickets on Mondays,
    # but a counter may transfer one to it.
    a, b, c = (tickets.issue("KTP-EL") for _ in range(3))
    _minutes(clock, 4)  # 09:04
    tickets.call(a.id, 1)
    _minutes(clock, 1)
    tickets.start_serving(a.id)
    _minutes(clock, 7)  # 09:12: A served in 7 minutes after a 4-minute wait
    tickets.finish(a.id)
    tickets.call(b.id, 1)  # B waited 12 minutes
    _minutes(clock, 3)
    tickets.no_show(b.id)
    tickets.call(c.id, 1)  # 09:15
    tickets.start_serving(c.id)
    _minutes(clock, 5)
    station.desk.transfer(c.id, "KK")  # 09:20, to KK
    _minutes(clock, 5)
    tickets.call(c.id, 1)  # 09:25
    _minutes(clock, 1)
    tickets.start_serving(c.id)
    _minutes(clock, 19)  # 09:45: 19 minutes at KK
    tickets.finish(c.id, Outcome.BERKAS_KURANG)
    d = tickets.issue("KTP-EL")  # C has left KTP-EL's quota
    _minutes(clock, 1)
    tickets.cancel(d.id)
    _minutes(clock, 14)  # 10:00
    station.officers.sign_out(desk)
    service = ReportService(station.store, station.catalogues, clock, station.config.name)
    return service.report(service.period(PeriodKind.DAY), Grouping.OFFICER)


def test_counts_and_flags(day: Report) -> None:
    f = day.total
    assert (f.tickets, f.served, f.no_show, f.cancelled, f.unfinished) == (4, 2, 1, 1, 0)
    assert f.transferred == 1
    assert f.outcomes["selesai"] == 1 and f.outcomes["berkas_kurang"] == 1
    transferred = next(t for t in day.tickets if t.transferred)
    assert (transferred.service_code, transferred.origin_service) == ("KK", "KTP-EL")


def test_times_from_the_clock(day: Report) -> None:
    f = day.total
    # Waits: A 4 min, B 12 min; C was transferred (its call at KK came after a service).
    assert (f.wait.count, f.wait.median, f.wait.p90) == (2, 8.0, 12.0)
    # Service: A 7 min (from the start of service), C 19 min at KK.
    assert (f.service.count, f.service.median, f.service.p90) == (2, 13.0, 19.0)
    assert (f.within_promise.hits, f.within_promise.total) == (1, 2)
    # A (7) within KTP-EL's 10 minutes, C (19) not within KK's 8.
    assert (f.within_standard.hits, f.within_standard.total) == (1, 2)


def test_the_officer_signed_in_at_the_counter(day: Report) -> None:
    rows = {r.key: r.figures for r in day.rows[Grouping.OFFICER]}
    assert rows["Siti Rahayu"].tickets == 3  # A, B, C; D was never called
    assert rows["-"].tickets == 1
    assert day.source.id == "Stasiun Kiosk Uji"
    assert day.notes == ()  # every called ticket has its officer


def test_the_hour_matrix(day: Report) -> None:
    assert day.hours.hours == (9,)
    assert day.hours.cell(day.period.first, 9) == 4
