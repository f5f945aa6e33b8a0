"""What the setup wizard does beyond asking: test the server, the printer and a catalogue,
enrol, and write the config. Each call may block, so the wizard runs them off its GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.catalog.loader import SEED_CATALOGUE, load_file
from kiosk.clock import Clock, service_day
from kiosk.config import StationConfig
from kiosk.domain.text import Lang, Text
from kiosk.domain.timefmt import clock_time, long_date
from kiosk.paths import Paths
from kiosk.setup_answers import SetupAnswers, write_answers
from printers import (
    CODE_PAGES,
    LABELS_EN,
    LABELS_ID,
    PAPER_58MM,
    PAPER_80MM,
    Printer,
    PrinterProfile,
)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a test or the finish came to, in words for the technician."""

    ok: bool
    message: Text
    #: The server's record of the station, when the server test passed: (name, role).
    station: tuple[str, str] | None = None


def check_server(url: str, code: str) -> Outcome:
    """Reach the server and check the enrolment code without using it up."""
    from sync.client.enrol import check_code
    from sync.client.errors import SyncError

    try:
        found = check_code(url, code)
    except SyncError as exc:
        return Outcome(False, exc.text)
    return server_found(found.hall_name, found.station_name, found.role)


def server_found(hall: str, station: str, role: str) -> Outcome:
    """What a passed server test says: the hall, and the station the code is for."""
    return Outcome(
        True,
        Text(
            f"Terhubung ke {hall}. Kode ini untuk stasiun \u201c{station}\u201d ({role}).",
            f"Connected to {hall}. This code is for the station \u201c{station}\u201d ({role}).",
        ),
        (station, role),
    )


def check_catalogue(path: Path | None) -> Outcome:
    """Whether a catalogue file can be used, and which hall it describes."""
    from kiosk.errors import KioskError

    try:
        catalogue, _ = load_file(path or SEED_CATALOGUE)
    except KioskError as exc:
        return Outcome(False, exc.message)
    hall = catalogue.hall.name
    agencies, services = len(catalogue.agencies), len(catalogue.services)
    return Outcome(
        True,
        Text(
            f"{hall.id}: {agencies} instansi, {services} layanan (versi {catalogue.version}).",
            f"{hall.en}: {agencies} agencies, {services} services (version {catalogue.version}).",
        ),
    )


def _printer(address: str, paper_mm: int, code_page: str) -> Printer:
    paper = PAPER_58MM if paper_mm == 58 else PAPER_80MM
    return Printer(address, PrinterProfile(paper=paper, code_page=CODE_PAGES[code_page]))


def printer_status(address: str, paper_mm: int, code_page: str) -> Outcome:
    """Ask the printer how it is (paper, cover, connection)."""
    status = _printer(address, paper_mm, code_page).status()
    return Outcome(status.state.can_print, Text(status.message_id, status.message_en))


def print_test_page(
    address: str, paper_mm: int, code_page: str, lang: Lang, now: datetime
) -> Outcome:
    """Print the test page (paper width, code page, QR, cut) on the chosen printer."""
    printer = _printer(address, paper_mm, code_page)
    stamp = f"{long_date(service_day(now)).get(lang)} {clock_time(now).get(lang)}"
    job = printer.test_page(labels=LABELS_EN if lang == "en" else LABELS_ID, printed_text=stamp)
    result = printer.print_job(job)
    return Outcome(result.ok, Text(result.message_id, result.message_en))


def finish(paths: Paths, answers: SetupAnswers, clock: Clock) -> Outcome:
    """Enrol with the server (when a code was given), then write the config in one go.

    A failed enrolment writes nothing: the previous config stays as it was.
    """
    if answers.server_url and answers.enrol_code:
        enrolled = _enrol(paths, answers, clock)
        if not enrolled.ok:
            return enrolled
    write_answers(paths.config_file, answers)
    return Outcome(
        True,
        Text(
            f"Konfigurasi disimpan di {paths.config_file}.", f"Config saved in {paths.config_file}."
        ),
    )


def _enrol(paths: Paths, answers: SetupAnswers, clock: Clock) -> Outcome:
    from kiosk.errors import KioskError
    from kiosk.station import open_station
    from sync.client.enrol import enrol
    from sync.client.errors import SyncError

    assert answers.server_url and answers.enrol_code
    config = StationConfig(
        name=answers.name,
        role=answers.role,
        language=answers.language,
        demo=answers.demo,
        catalogue_file=answers.catalogue_file,
        printer=answers.printer,
        paper_mm=answers.paper_mm,
        server_url=None,
    )
    try:
        with open_station(paths, config, clock) as station:
            done = enrol(station, answers.server_url, answers.enrol_code, save_config=False)
    except SyncError as exc:
        return Outcome(False, exc.text)
    except KioskError as exc:
        return Outcome(False, exc.message)
    return Outcome(
        True,
        Text(f"Terdaftar di {done.hall_name}.", f"Enrolled with {done.hall_name}."),
        (answers.name, done.role),
    )
