"""The sample monthly report in docs/reports/: a simulated November 2026 at MPP Mimika.

Run: `.venv/bin/python scripts/sample_report.py [--out docs/reports] [--keep DIR]`
(about a minute). A station on the seed catalogue lives through 21 working days on a
fake clock: citizens take tickets through the station's own ticket service (opening
hours, cut-offs and quotas apply), counters call the next ticket in queue order, serve,
transfer, mark no-shows; some prints fail and are kept or cancelled; some citizens give
up waiting. Every random choice comes from one seed, so the same code gives the same
report. The officers are made-up staff, signed in at each counter every morning.

Questionnaires are generated for about a fifth of the served tickets and handed to the
report directly (`ReportService.report(…, surveys=…)`), the way a station hands it the
answers its survey storage keeps.

Writes sample-month.pdf, sample-month-{summary,tickets,hours,ikm,surveys}.csv and the
PDF's pages as sample-month-page-N.png (pdftoppm -png -r 60).
"""

from __future__ import annotations

import argparse
import heapq
import itertools
import json
import random
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from kiosk.catalog.source import SEED_CATALOGUE
from kiosk.clock import WIT, FakeClock
from kiosk.config import StationConfig
from kiosk.domain.catalogue import Catalogue, Service
from kiosk.domain.ikm import SkmAnswers
from kiosk.domain.ticket import Outcome, PriorityClass
from kiosk.errors import KioskError
from kiosk.paths import Paths
from kiosk.reports.csv_out import write_csv
from kiosk.reports.facts import SurveyFacts
from kiosk.reports.figures import Grouping
from kiosk.reports.pdf_out import write_pdf
from kiosk.reports.periods import Period, PeriodKind
from kiosk.services.print_jobs import PrintRequest
from kiosk.services.report_service import ReportService
from kiosk.station import Station, open_station
from kiosk.storage.models import AttendanceRow

ROOT = Path(__file__).resolve().parent.parent
SEED = 2026
MONTH = Period.containing(PeriodKind.MONTH, date(2026, 11, 1))
#: Tickets per ordinary day for each simulated service (Monday brings a fifth more).
DEMAND = {
    "KTP-EL": 46, "KK": 14, "AKTA-LAHIR": 14, "KIA": 10, "PINDAH-DATANG": 4,
    "NIB": 8, "PBG": 3, "PBB-P2": 12, "NPWPD": 4, "STNK-5-TAHUN": 10,
    "SKCK-BARU": 18, "PASPOR-BARU": 9, "NPWP": 7, "NIKAH": 3, "DTSEN": 7, "KARTU-AK1": 9,
}  # fmt: skip
#: Made-up counter staff (officers are staff, named in the officer table): one per
#: counter for the month, and relief staff who take a counter for a day or an afternoon.
STAFF = (
    "Yohana Kambu",
    "Agus Wanimbo",
    "Maria Rumbiak",
    "Daniel Magai",
    "Siti Rahmawati",
    "Yosef Beanal",
    "Ruth Tabuni",
    "Hendrik Ohee",
    "Lince Yikwa",
    "Markus Kogoya",
    "Febiola Sawaki",
    "Rudi Hartono",
    "Elsina Murib",
    "Petrus Natkime",
    "Dewi Lestari",
    "Ishak Wenda",
    "Natalia Warip",
    "Frans Omaleng",
    "Sarah Jitmau",
    "Anton Mayor",
    "Yuliana Degei",
    "Bernard Tebay",
)
RELIEF = ("Kristina Pigai", "Samuel Womsiwor", "Nurhayati Said")


@dataclass(order=True)
class Step:
    """Something that happens at a moment of the simulated day."""

    at: datetime
    order: int
    kind: str = field(compare=False)
    what: str = field(compare=False)
    counter: int = field(default=0, compare=False)


class Day:
    """One working day: arrivals, counters calling and serving, people giving up.

    A counter that finds nobody to call waits idle until a ticket of one of its services
    arrives (or is transferred to one), rather than asking every minute.
    """

    def __init__(
        self,
        station: Station,
        clock: FakeClock,
        catalogue: Catalogue,
        day: date,
        rnd: random.Random,
    ) -> None:
        self.station, self.clock, self.catalogue = station, clock, catalogue
        self.day, self.rnd = day, rnd
        self.idle: set[int] = set()
        self.steps: list[Step] = []
        self.order = itertools.count()
        self.closes = _at(day, 11, 30) if day.weekday() == 4 else _at(day, 15)
        self.cutoff = _at(day, 11) if day.weekday() == 4 else _at(day, 14)
        self.counters = {
            c.number: tuple(s for s in c.services if s in DEMAND)
            for c in catalogue.counters
            if any(s in DEMAND for s in c.services)
        }

    def run(self) -> None:
        """Schedule the day and play it out on the station's fake clock."""
        for code, per_day in DEMAND.items():
            busy = 1.2 if self.day.weekday() == 0 else 0.55 if self.day.weekday() == 4 else 1.0
            for _ in range(max(0, round(self.rnd.gauss(per_day * busy, per_day * 0.15)))):
                self._at(self._arrival(), "arrive", code)
        for number in self.counters:
            self._at(_at(self.day, 8, self.rnd.randint(0, 10)), "free", "", number)
        while self.steps:
            step = heapq.heappop(self.steps)
            self.clock.set(step.at)
            getattr(self, f"_{step.kind}")(step)

    def _arrival(self) -> datetime:
        """Morning peak between 08:30 and 10:30, quieter after noon."""
        last = (self.cutoff - _at(self.day, 8)).total_seconds()
        while True:
            seconds = round(self.rnd.triangular(0, last, 0.25 * last))
            if seconds < last:  # whole seconds, as the CSV writes them
                return _at(self.day, 8) + timedelta(seconds=seconds)

    def _at(self, when: datetime, kind: str, what: str, counter: int = 0) -> None:
        heapq.heappush(self.steps, Step(when, next(self.order), kind, what, counter))

    def _arrive(self, step: Step) -> None:
        tickets, rnd = self.station.tickets, self.rnd
        priority = PriorityClass.LANSIA if rnd.random() < 0.06 else None
        service = self.catalogue.service(step.what)
        if priority and service is not None and not service.priority_allowed:
            priority = None
        try:
            if rnd.random() < 0.025:  # the kiosk's printer jams
                view = tickets.issue(step.what, priority, print_with=_NO_PAPER)
                assert view.print_job_id is not None
                self.station.printing.record(view.print_job_id, ok=False, error="paper out")
                if rnd.random() < 0.25:
                    tickets.cancel(view.id)
                    return
                view = self.station.printing.keep(view.id)
            else:
                view = tickets.issue(step.what, priority)
        except KioskError:
            return  # after the cut-off or over the quota: the kiosk says so, no ticket
        self._wake(step.at, step.what)
        if rnd.random() < 0.035:  # gives up waiting
            self._at(step.at + timedelta(minutes=rnd.randint(15, 50)), "give_up", view.id)

    def _give_up(self, step: Step) -> None:
        ticket = self.station.tickets.get(step.what)
        if ticket.status == "waiting":
            self.station.tickets.cancel(step.what)

    def _free(self, step: Step) -> None:
        if step.at >= self.closes:
            return
        view = self.station.tickets.call_next(step.counter, self.counters[step.counter])
        if view is None:
            self.idle.add(step.counter)
            return
        rnd = self.rnd
        if rnd.random() < 0.06:  # nobody comes: recalled, then marked absent
            self._at(
                step.at + timedelta(minutes=rnd.randint(2, 4)), "absent", view.id, step.counter
            )
            return
        self._at(step.at + timedelta(seconds=rnd.randint(20, 100)), "start", view.id, step.counter)

    def _wake(self, at: datetime, service: str) -> None:
        """An idle counter that serves `service` calls, once its officer looks up."""
        for number in sorted(self.idle):
            if service in self.counters[number]:
                self.idle.discard(number)
                self._at(at + timedelta(seconds=self.rnd.randint(30, 240)), "free", "", number)
                return

    def _absent(self, step: Step) -> None:
        self.station.tickets.no_show(step.what)
        self._at(step.at + timedelta(seconds=30), "free", "", step.counter)

    def _start(self, step: Step) -> None:
        view = self.station.tickets.start_serving(step.what)
        nominal = self._service(view.service_code).nominal_minutes
        minutes = max(1.5, min(75.0, self.rnd.lognormvariate(0, 0.45) * nominal * 0.85))
        kind = "transfer" if self.rnd.random() < 0.03 else "finish"
        self._at(step.at + timedelta(seconds=round(minutes * 60)), kind, step.what, step.counter)

    def _finish(self, step: Step) -> None:
        roll = self.rnd.random()
        outcome = Outcome.SELESAI
        if roll < 0.07:
            outcome = Outcome.BERKAS_KURANG
        elif roll < 0.09:
            outcome = Outcome.DITOLAK
        elif roll < 0.1:
            outcome = Outcome.DIALIHKAN
        self.station.tickets.finish(step.what, outcome)
        self._at(step.at + timedelta(seconds=self.rnd.randint(15, 60)), "free", "", step.counter)

    def _transfer(self, step: Step) -> None:
        current = self.station.tickets.get(step.what).service_code
        agency = self._service(current).agency_code
        others = [s.code for s in self.catalogue.services_of(agency) if s.code in DEMAND]
        others = [code for code in others if code != current]
        if not others:
            self._finish(step)
            return
        target = self.rnd.choice(others)
        self.station.desk.transfer(step.what, target)
        self._wake(step.at, target)
        self._at(step.at + timedelta(seconds=30), "free", "", step.counter)

    def _service(self, code: str) -> Service:
        service = self.catalogue.service(code)
        assert service is not None, code
        return service


def _render(_view: object, _copy: bool) -> bytes:
    return b"\x1b@"  # never printed: the simulated printer is always out of paper


_NO_PAPER = PrintRequest("dummy:", _render)


def sign_ins(station: Station, day: Day, roster: dict[int, str], rnd: random.Random) -> None:
    """Each counter's officer for the day: its own, or relief staff for the day (5%) or from
    noon (15%)."""
    with station.store.uow(write=True) as uow:
        for number, services in day.counters.items():
            own, relief = roster[number], rnd.choice(RELIEF)
            shifts = [(own, _at(day.day, 7, 50), day.closes)]
            roll = rnd.random()
            if roll < 0.05:
                shifts = [(relief, _at(day.day, 7, 50), day.closes)]
            elif roll < 0.2:
                noon = _at(day.day, 12) if day.day.weekday() != 4 else _at(day.day, 10)
                shifts = [(own, _at(day.day, 7, 50), noon), (relief, noon, day.closes)]
            for officer, start, end in shifts:
                uow.session.add(
                    AttendanceRow(
                        id=str(uuid.uuid4()),
                        officer_id=officer,
                        officer_name=officer,
                        counter_number=number,
                        services=json.dumps(list(services)),
                        signed_in_at=start,
                        signed_out_at=end,
                    )
                )
        uow.commit()


def questionnaires(station: Station, rnd: random.Random) -> list[SurveyFacts]:
    """About a fifth of the served citizens answer; waiting time (U3) and facilities (U9)
    score lower at the busiest agency, fees (U4: mostly free services) score high."""
    surveys = []
    report = ReportService(station.store, station.catalogues, station.clock, "-").report(MONTH)
    for ticket in report.tickets:
        if ticket.status != "done" or ticket.finished_at is None or rnd.random() > 0.2:
            continue
        busy = ticket.agency_code == "DUKCAPIL"
        scores = []
        for element in range(9):
            weights = [1, 6, 45, 48]
            if element == 3:
                weights = [0, 2, 25, 73]
            elif element in (2, 8) and busy:
                weights = [3, 18, 52, 27]
            scores.append(rnd.choices((1, 2, 3, 4), weights)[0])
        answered = ticket.finished_at + timedelta(minutes=rnd.randint(1, 5))
        answers = SkmAnswers(tuple(scores))
        surveys.append(SurveyFacts(answered, ticket.service_code, answers, ticket.ticket_id))
    return surveys


def build(out: Path, workdir: Path) -> list[Path]:
    """Simulate the month in `workdir` and write the sample files to `out`."""
    rnd = random.Random(SEED)
    paths = Paths(workdir / "config", workdir / "data")
    clock = FakeClock(_at(MONTH.first, 7))
    config = StationConfig(
        name="Loket Contoh",
        role="counter",
        language="id",
        demo=False,
        catalogue_file=SEED_CATALOGUE,
        printer="dummy:",
        paper_mm=80,
        server_url=None,
    )
    with open_station(paths, config, clock) as station:
        catalogue = station.catalogues.current()
        counters = sorted(Day(station, clock, catalogue, MONTH.first, rnd).counters)
        roster = dict(zip(counters, STAFF, strict=False))
        for day in MONTH.days():
            if day.weekday() >= 5 or catalogue.holiday_on(day) is not None:
                continue
            simulated = Day(station, clock, catalogue, day, rnd)
            sign_ins(station, simulated, roster, rnd)
            simulated.run()
        surveys = questionnaires(station, rnd)
        clock.set(datetime(2026, 12, 1, 8, tzinfo=WIT))
        service = ReportService(station.store, station.catalogues, clock, "Loket Contoh")
        report = service.report(MONTH, Grouping.OFFICER, surveys)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("sample-month*"):
        old.unlink()
    written = write_csv(report, out, prefix="sample-month")
    pdf = write_pdf(report, out / "sample-month.pdf")
    pages = out / "sample-month-page"
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(pages)], check=True)
    return [*written, pdf, *sorted(out.glob("sample-month-page-*.png"))]


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=WIT)


def main(argv: Sequence[str] | None = None) -> int:
    """Build the sample; print the files written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "reports")
    parser.add_argument("--keep", type=Path, help="keep the simulated station's data here")
    args = parser.parse_args(argv)
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="mpp-sample-"))
    try:
        for path in build(args.out, workdir):
            print(path)
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
