"""Report edges: periods in WIT, percentiles, an empty period, no catalogue, sign-ins."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from kiosk.clock import WIT
from kiosk.domain.ikm import SkmAnswers
from kiosk.domain.text import Text
from kiosk.domain.ticket import TicketStatus
from kiosk.reports.csv_out import summary_csv
from kiosk.reports.facts import AttendanceSpan, OfficerFinder, SurveyFacts, TicketFacts
from kiosk.reports.figures import Grouping, Spread, build_report, nearest_rank
from kiosk.reports.pdf_out import pdf_bytes
from kiosk.reports.periods import Period, PeriodKind

SOURCE = Text("Uji", "Test")
NOW = datetime(2026, 12, 1, tzinfo=UTC)


def test_periods_are_wit_days_weeks_from_monday_and_calendar_months() -> None:
    week = Period.containing(PeriodKind.WEEK, date(2026, 11, 26))  # a Thursday
    assert (week.first, week.last, week.slug) == (
        date(2026, 11, 23),
        date(2026, 11, 29),
        "2026-W48",
    )
    february = Period.containing(PeriodKind.MONTH, date(2028, 2, 10))
    assert february.last == date(2028, 2, 29) and february.slug == "2028-02"
    day = Period.containing(PeriodKind.DAY, date(2026, 11, 23))
    # WIT midnight is 15:00 UTC the evening before.
    assert day.start == datetime(2026, 11, 22, 15, tzinfo=UTC)
    assert day.end == datetime(2026, 11, 23, 15, tzinfo=UTC)
    assert day.label.id == "Senin, 23 November 2026"
    across = Period.containing(PeriodKind.WEEK, date(2026, 12, 31))
    assert across.span.id == "28 Desember 2026 – 3 Januari 2027"


@pytest.mark.parametrize(
    ("values", "p90"),
    [
        ([5.0], 5.0),
        ([1.0, 2.0], 2.0),
        ([float(i) for i in range(1, 11)], 9.0),
        ([float(i) for i in range(1, 12)], 10.0),
    ],
)
def test_p90_is_the_nearest_rank(values: list[float], p90: float) -> None:
    assert nearest_rank(values, 90) == p90


def test_spread_in_minutes() -> None:
    assert Spread.of([60, 180, 120, 600]) == Spread(4, 2.5, 10.0)
    assert Spread.of([]) == Spread(0, None, None)


def _ticket(
    status: TicketStatus, issued: datetime, *, called: int | None = None, done: int | None = None
) -> TicketFacts:
    return TicketFacts(
        ticket_id=f"t{issued:%H%M%S}",
        number="X-001",
        service_code="NOPE",
        agency_code=None,
        counter=7 if called is not None else None,
        officer=None,
        issued_at=issued,
        called_at=issued + timedelta(minutes=called) if called is not None else None,
        started_at=None,
        finished_at=issued + timedelta(minutes=done) if done is not None else None,
        status=status,
        outcome=None,
        print_failed=False,
        transferred=False,
    )


def test_a_period_without_tickets_still_has_its_hall_row_and_renders() -> None:
    period = Period.containing(PeriodKind.DAY, date(2026, 11, 23))
    report = build_report([], [], None, period, source=SOURCE, generated_at=NOW)
    assert [r.key for r in report.rows[Grouping.HALL]] == ["hall"]
    assert report.total.tickets == 0 and report.total.wait.median is None
    assert report.hours.hours == tuple(range(8, 15)) and report.hours.days == (period.first,)
    text = PdfReader(io.BytesIO(pdf_bytes(report))).pages[0].extract_text()
    assert "Belum ada jawaban Survei Kepuasan Masyarakat" in text
    assert "hall,hall,Seluruh MPP,0,0," in summary_csv(report, [Grouping.HALL])


def test_without_a_catalogue_nothing_is_judged_against_a_standard() -> None:
    monday = datetime(2026, 11, 23, 9, tzinfo=WIT)
    tickets = [_ticket(TicketStatus.DONE, monday, called=5, done=12)]
    survey = SurveyFacts(monday + timedelta(hours=1), "NOPE", SkmAnswers((3,) * 9))
    period = Period.containing(PeriodKind.DAY, monday.date())
    report = build_report(tickets, [survey], None, period, source=SOURCE, generated_at=NOW)
    assert report.total.within_standard.total == 0 and report.total.within_standard.ratio is None
    assert report.total.within_promise.hits == 1  # 7 minutes at the counter
    [agency] = report.rows[Grouping.AGENCY]
    assert agency.key == "-" and agency.figures.ikm is not None  # unknown agency, still counted
    assert report.total.ikm is not None and report.total.ikm.ikm == 75


def test_tickets_and_answers_outside_the_period_are_left_out() -> None:
    sunday_night = datetime(2026, 11, 22, 23, 59, tzinfo=WIT)
    tickets = [_ticket(TicketStatus.WAITING, sunday_night)]
    survey = SurveyFacts(sunday_night, "NOPE", SkmAnswers((4,) * 9))
    period = Period.containing(PeriodKind.WEEK, date(2026, 11, 23))
    report = build_report(tickets, [survey], None, period, source=SOURCE, generated_at=NOW)
    assert report.total.tickets == 0 and report.total.ikm is None


def test_a_sign_in_left_open_ends_at_midnight_and_the_latest_sign_in_wins() -> None:
    day = datetime(2026, 11, 23, 8, tzinfo=WIT)
    finder = OfficerFinder(
        [
            AttendanceSpan("Ani", 3, day, None),
            AttendanceSpan("Budi", 3, day + timedelta(hours=3), day + timedelta(hours=5)),
        ]
    )
    assert finder.at(3, day + timedelta(hours=1)) == "Ani"
    assert finder.at(3, day + timedelta(hours=4)) == "Budi"
    assert finder.at(3, day + timedelta(hours=6)) == "Ani"  # Budi signed out; Ani never did
    assert finder.at(3, day + timedelta(days=1, hours=1)) is None  # the next morning
    assert finder.at(4, day + timedelta(hours=1)) is None
    assert finder.at(3, day - timedelta(minutes=1)) is None
