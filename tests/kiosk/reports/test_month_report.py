"""A station's monthly report over a generated month (3,000+ tickets), checked figure by figure
against sums worked out from the generator's plans, and its CSV and PDF read back."""

from __future__ import annotations

import csv
import io
import random
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.catalog.source import SEED_CATALOGUE
from kiosk.clock import WIT, FakeClock
from kiosk.config import StationConfig
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.ikm import SkmAnswers
from kiosk.paths import Paths
from kiosk.reports.csv_out import write_csv
from kiosk.reports.facts import SurveyFacts
from kiosk.reports.figures import Grouping, Report
from kiosk.reports.pdf_out import pdf_bytes
from kiosk.reports.periods import Period, PeriodKind
from kiosk.services.report_service import ReportService
from kiosk.station import Station, open_station
from kiosk.storage.models import AttendanceRow
from tests.kiosk.reports import expected as ex
from tests.kiosk.reports.month_data import Month, Planned, generate, working_days

NOVEMBER = Period.containing(PeriodKind.MONTH, date(2026, 11, 17))


@dataclass
class Hall:
    """The station holding the month, its plans, the report and how long it took."""

    station: Station
    catalogue: Catalogue
    month: Month
    surveys: list[SurveyFacts]
    report: Report
    seconds: float


def month_station(root: Path) -> Station:
    """A counter station on the seed catalogue (Mimika), with no tickets yet."""
    paths = Paths(root / "config", root / "data")
    base = StationConfig.demo_default(paths)
    config = StationConfig(
        name="Loket 3",
        role="counter",
        language="id",
        demo=False,
        catalogue_file=SEED_CATALOGUE,
        printer=base.printer,
        paper_mm=80,
        server_url=None,
    )
    return open_station(paths, config, FakeClock(datetime(2026, 12, 1, 9, tzinfo=WIT)))


def store_month(station: Station, month: Month) -> None:
    """The plans as the station's rows: tickets and sign-ins, in one transaction."""
    with station.store.uow(write=True) as uow:
        for plan in month.tickets:
            uow.tickets.add(plan.ticket(station.store.station_id))
        for shift in month.shifts:
            uow.session.add(
                AttendanceRow(
                    id=str(uuid.uuid4()),
                    officer_id=shift.officer,
                    officer_name=shift.officer,
                    counter_number=shift.counter,
                    services="[]",
                    signed_in_at=shift.start,
                    signed_out_at=shift.end,
                )
            )
        uow.commit()


def survey_answers(month: Month, rnd: random.Random) -> list[SurveyFacts]:
    """One questionnaire for about a quarter of the served tickets (some without a ticket)."""
    surveys = []
    for plan in month.tickets:
        if plan.status.value == "done" and rnd.random() < 0.25:
            assert plan.finished is not None
            scores = tuple(rnd.choice((2, 3, 3, 4, 4)) for _ in range(9))
            linked = plan.id if rnd.random() < 0.8 else None
            answered = plan.finished + timedelta(minutes=2)
            surveys.append(SurveyFacts(answered, plan.service, SkmAnswers(scores), linked))
    return surveys


@pytest.fixture(scope="module")
def hall(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hall]:
    station = month_station(tmp_path_factory.mktemp("month"))
    catalogue = station.catalogues.current()
    month = generate(catalogue, working_days(NOVEMBER.first, NOVEMBER.last))
    store_month(station, month)
    surveys = survey_answers(month, random.Random(4))
    service = ReportService(station.store, station.catalogues, station.clock, "Loket 3")
    began = time.perf_counter()
    report = service.report(NOVEMBER, Grouping.OFFICER, surveys)
    seconds = time.perf_counter() - began
    yield Hall(station, catalogue, month, surveys, report, seconds)
    station.close()


def test_a_month_has_thousands_of_tickets_and_is_read_in_well_under_a_second(hall: Hall) -> None:
    assert len(hall.month.tickets) > 3000
    assert len(hall.month.days) == 21
    assert hall.seconds < 1.0, f"reading and computing the month took {hall.seconds:.2f} s"


def test_counts_of_the_hall(hall: Hall) -> None:
    f = hall.report.total
    want = ex.counts(hall.month.tickets)
    got = {k: getattr(f, k) for k in want}
    assert got == want
    assert f.served + f.no_show + f.cancelled + f.unfinished == f.tickets


@pytest.mark.parametrize("grouping", [Grouping.AGENCY, Grouping.SERVICE, Grouping.COUNTER])
def test_counts_per_group(hall: Hall, grouping: Grouping) -> None:
    key = {
        Grouping.AGENCY: lambda p: hall.catalogue.service(p.service).agency_code,
        Grouping.SERVICE: lambda p: p.service,
        Grouping.COUNTER: lambda p: str(p.counter) if p.counter is not None else "-",
    }[grouping]
    groups: dict[str, list[Planned]] = defaultdict(list)
    for plan in hall.month.tickets:
        groups[key(plan)].append(plan)
    rows = {r.key: r.figures for r in hall.report.rows[grouping]}
    assert set(rows) == set(groups)
    for name, plans in groups.items():
        assert {k: getattr(rows[name], k) for k in ex.counts(plans)} == ex.counts(plans), name


def test_officers_are_those_signed_in_at_the_counter_when_it_called(hall: Hall) -> None:
    served = Counter(p.officer or "-" for p in hall.month.tickets if p.status.value == "done")
    rows = {r.key: r.figures.served for r in hall.report.rows[Grouping.OFFICER]}
    assert served.keys() <= rows.keys()
    assert all(rows[k] == served[k] for k in rows)
    # Nobody signs in at counter 1 on the last day (a sign-in left open the day before
    # must not count): its tickets that day have no officer.
    last_day = hall.month.days[-1]
    at_one = [t for t in hall.report.tickets if t.day == last_day and t.counter == 1]
    assert at_one and all(t.officer is None for t in at_one)
    open_before = [s for s in hall.month.shifts if s.counter == 1 and s.end is None]
    assert open_before, "the generator leaves some sign-ins at counter 1 open"


def test_waiting_and_service_times_median_and_p90(hall: Hall) -> None:
    f = hall.report.total
    waits = ex.wait_minutes(hall.month.tickets)
    spans = [s / 60 for s in ex.service_seconds(hall.month.tickets)]
    assert f.wait.count == len(waits)
    assert f.wait.median == pytest.approx(ex.median(waits))
    assert f.wait.p90 == pytest.approx(ex.p90(waits))
    assert f.service.count == len(spans)
    assert f.service.median == pytest.approx(ex.median(spans))
    assert f.service.p90 == pytest.approx(ex.p90(spans))


def test_times_per_service(hall: Hall) -> None:
    rows = {r.key: r.figures for r in hall.report.rows[Grouping.SERVICE]}
    for code, figures in rows.items():
        plans = [p for p in hall.month.tickets if p.service == code]
        assert figures.wait.p90 == pytest.approx(ex.p90(ex.wait_minutes(plans)))
        spans = [s / 60 for s in ex.service_seconds(plans)]
        assert figures.service.median == pytest.approx(ex.median(spans))


def test_shares_within_15_minutes_and_within_the_standard(hall: Hall) -> None:
    f = hall.report.total
    hits, total = ex.within(hall.month.tickets, 15)
    assert (f.within_promise.hits, f.within_promise.total) == (hits, total)
    assert 0 < hits < total
    standard = 0
    for p in hall.month.tickets:
        if p.status.value == "done":
            assert p.finished is not None and p.called is not None
            limit = hall.catalogue.service(p.service).nominal_minutes * 60  # type: ignore[union-attr]
            standard += (p.finished - (p.started or p.called)).total_seconds() <= limit
    assert f.within_standard.hits == standard
    visits = [
        (p.finished - p.issued).total_seconds()
        for p in hall.month.tickets
        if p.status.value == "done" and p.finished is not None
    ]
    assert f.visit_within_promise.hits == sum(v <= 900 for v in visits)


def test_heat_map_cells(hall: Hall) -> None:
    matrix = hall.report.hours
    cells = ex.cells(hall.month.tickets)
    assert matrix.days == hall.month.days  # the weekdays; the weekends had no ticket
    assert matrix.hours == tuple(range(8, 14))  # first ticket 08:xx, cut-off 14:00
    for day in matrix.days:
        for hour in matrix.hours:
            assert matrix.cell(day, hour) == cells[(day, hour)]
    fridays = [d for d in matrix.days if d.weekday() == 4]
    assert all(matrix.cell(d, 11) == 0 for d in fridays)  # Friday's cut-off is 11:00


def test_ikm_of_the_month_and_per_service(hall: Hall) -> None:
    every = [s for survey in hall.surveys for s in survey.answers.scores]
    ikm = hall.report.total.ikm
    assert ikm is not None
    assert ikm.respondents == len(hall.surveys)
    assert ikm.ikm == pytest.approx(sum(every) / len(every) * 25)
    rows = {r.key: r.figures.ikm for r in hall.report.rows[Grouping.SERVICE]}
    for code in {s.service_code for s in hall.surveys}:
        scores = [x for s in hall.surveys if s.service_code == code for x in s.answers.scores]
        result = rows[code]
        assert result is not None
        assert result.ikm == pytest.approx(sum(scores) / len(scores) * 25)


def _read(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_csv_files_recompute_the_figures(hall: Hall, tmp_path: Path) -> None:
    files = write_csv(hall.report, tmp_path / "csv")
    assert [f.name for f in files] == [
        f"laporan-2026-11-{n}.csv" for n in ("summary", "tickets", "hours", "ikm", "surveys")
    ]
    assert files[0].read_bytes().startswith(b"\xef\xbb\xbfgroup,key,name,tickets")
    summary, tickets, hours = (_read(f) for f in files[:3])
    total = next(r for r in summary if r["group"] == "hall")
    assert int(total["served"]) == sum(1 for t in tickets if t["status"] == "done")
    assert int(total["tickets"]) == len(tickets) == len(hall.month.tickets)
    # Within 15 minutes, from the times in the ticket rows (WIT, to the second).
    within = 0
    for t in tickets:
        if t["status"] == "done":
            start = datetime.fromisoformat(t["started_at"] or t["called_at"])
            within += datetime.fromisoformat(t["finished_at"]) - start <= timedelta(minutes=15)
            assert t["finished_at"].endswith("+09:00")
    assert int(total["within_15"]) == within
    dukcapil = next(r for r in summary if r["group"] == "agency" and r["key"] == "DUKCAPIL")
    assert int(dukcapil["tickets"]) == sum(1 for t in tickets if t["agency"] == "DUKCAPIL")
    monday = next(r for r in hours if r["day"] == "2026-11-02")
    issued_at_9 = [t for t in tickets if t["issued_at"].startswith("2026-11-02T09:")]
    assert int(monday["09"]) == len(issued_at_9)
    assert "nik" not in tickets[0] and "note" not in tickets[0]
    # The IKM again, from the questionnaires' rows: equal weights make it the mean × 25.
    answers = _read(files[4])
    assert len(answers) == len(hall.surveys)
    every = [int(row[f"u{i}"]) for row in answers for i in range(1, 10)]
    hall_ikm = next(r for r in _read(files[3]) if r["group"] == "hall")
    assert float(hall_ikm["ikm"]) == pytest.approx(sum(every) / len(every) * 25, abs=0.005)
    assert hall_ikm["grade"] in "ABCD" and int(hall_ikm["respondents"]) == len(answers)


def test_one_csv_file_is_the_summary_of_the_chosen_grouping(hall: Hall, tmp_path: Path) -> None:
    [path] = write_csv(hall.report, tmp_path / "officers.csv")
    rows = _read(path)
    assert {r["group"] for r in rows} == {"hall", "officer"}
    assert sum(int(r["tickets"]) for r in rows if r["group"] == "officer") == len(
        hall.month.tickets
    )


def test_pdf_text_names_the_hall_the_period_the_figures_and_the_grade(hall: Hall) -> None:
    reader = PdfReader(io.BytesIO(pdf_bytes(hall.report, "id")))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Mal Pelayanan Publik Kabupaten Mimika" in text
    assert "Bulan November 2026" in text and "1–30 November 2026" in text
    tickets = f"{len(hall.month.tickets):,}".replace(",", ".")
    served = f"{ex.counts(hall.month.tickets)['served']:,}".replace(",", ".")
    assert tickets in text and served in text
    ikm = hall.report.total.ikm
    assert ikm is not None
    assert f"IKM {str(ikm.ikm_rounded).replace('.', ',')}" in text
    assert f"mutu {ikm.grade.letter} ({ikm.grade.words.id})" in text
    assert "Per petugas" in text and "Andi" in text
    assert len(reader.pages) >= 3
    english = PdfReader(io.BytesIO(pdf_bytes(hall.report, "en")))
    assert "SERVICE PERFORMANCE REPORT" in english.pages[0].extract_text()
