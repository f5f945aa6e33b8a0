"""The admin menu's actions that wait on a printer or the server: run them off the GUI thread.

Each returns a `Check`: whether it went well (None: does not apply here) and what to
tell the technician in both languages. Used by the screens (in a worker thread) and by
`mpp-kiosk diagnostics`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk.clock import service_day
from kiosk.domain.text import Lang, Text
from kiosk.domain.timefmt import clock_time, long_date
from kiosk.errors import CatalogueError, KioskError
from kiosk.station import Station
from mpp.printing import TicketPrinting
from mpp.sync_start import enrolled, server_api
from printers import LABELS_EN, LABELS_ID, Printer


@dataclass(frozen=True, slots=True)
class Check:
    """The answer of one check or action: ok, failed, or None when it does not apply."""

    ok: bool | None
    message: Text

    def to_json(self) -> dict[str, Any]:
        """For the diagnostics export and `--json`."""
        return {"ok": self.ok, "message": self.message.en}


def check_server(station: Station) -> Check:
    """Ask the hall's server for its health (GET /api/v1/health)."""
    url = station.config.server_url
    if not url:
        return Check(None, NO_SERVER)
    from sync.client.api import ServerApi
    from sync.client.errors import SyncError

    api = ServerApi(url)
    try:
        health = api.health()
    except SyncError as exc:
        return Check(False, exc.text)
    finally:
        api.close()
    return Check(
        True,
        Text(
            f"Server menjawab (versi {health.version}).",
            f"Server answers (version {health.version}).",
        ),
    )


def check_printer(printer: Printer) -> Check:
    """The printer's state now."""
    status = printer.status()
    return Check(status.state.can_print, Text(status.message_id, status.message_en))


def print_test_page(station: Station, printer: Printer, lang: Lang) -> Check:
    """The printer's test page (address, paper, code page, time), as `mpp-kiosk print-test`."""
    now = station.clock.now()
    stamp = f"{long_date(service_day(now)).get(lang)} {clock_time(now).get(lang)}"
    job = printer.test_page(labels=LABELS_EN if lang == "en" else LABELS_ID, printed_text=stamp)
    result = printer.print_job(job)
    return Check(result.ok, Text(result.message_id, result.message_en))


def reprint_last_ticket(station: Station, printing: TicketPrinting, lang: Lang) -> Check:
    """A copy of the newest ticket this kiosk issued today."""
    last = station.tickets.last_issued_here()
    if last is None:
        return Check(False, NO_TICKET_YET)
    outcome = printing.reprint(last.id, lang)
    message = outcome.message
    return Check(
        outcome.ok,
        Text(f"{last.number} (SALINAN): {message.id}", f"{last.number} (COPY): {message.en}"),
    )


def reprint_last_receipt(station: Station, printing: TicketPrinting) -> Check:
    """The newest tanda terima printed at this desk, sent again byte for byte."""
    job = station.printing.last_receipt()
    if job is None:
        return Check(False, NO_RECEIPT_YET)
    number = station.tickets.get(job.ticket_id).number if job.ticket_id else "-"
    result = printing.printer.print_data(job.data, f"tanda-terima-{number}", job_id=job.id)
    station.printing.record(job.id, result.ok, None if result.ok else result.message_en)
    return Check(
        result.ok,
        Text(
            f"Tanda terima {number}: {result.message_id}",
            f"Proof of submission {number}: {result.message_en}",
        ),
    )


def reload_catalogue(station: Station) -> Check:
    """Fetch the server's catalogue (an enrolled station), else read the configured file again.

    A bad file never replaces the catalogue in use; the technician is told why.
    """
    if enrolled(station):
        failure = _fetch_from_server(station)
        if failure is not None:
            return failure
    try:
        load = station.catalogues.start(station.config.catalogue_file)
    except CatalogueError as exc:
        return Check(False, exc.message)
    version = load.catalogue.version
    if load.error is not None:
        return Check(
            False,
            Text(
                f"Berkas katalog ditolak; versi {version} tetap dipakai. {load.error.message.id}",
                f"The catalogue file was refused; version {version} stays. {load.error.message.en}",
            ),
        )
    source = (
        Text("server", "the server") if load.source == "server" else Text(load.source, load.source)
    )
    return Check(
        True,
        Text(
            f"Katalog versi {version} dimuat dari {source.id}.",
            f"Catalogue version {version} loaded from {source.en}.",
        ),
    )


def _fetch_from_server(station: Station) -> Check | None:
    from sync.client.errors import SyncError
    from sync.client.runner import SyncRunner

    api = server_api(station)
    if api is None:
        return None
    try:
        SyncRunner(station, api).catalogue()
    except SyncError as exc:
        return Check(False, exc.text)
    except KioskError as exc:
        return Check(False, exc.message)
    finally:
        api.close()
    return None


NO_SERVER = Text(
    "Tidak ada server di konfigurasi; stasiun bekerja mandiri.",
    "No server in the config; the station works on its own.",
)
NO_TICKET_YET = Text(
    "Belum ada tiket dari kiosk ini hari ini.", "No ticket from this kiosk yet today."
)
NO_RECEIPT_YET = Text(
    "Belum ada tanda terima yang dicetak di loket ini.",
    "No proof of submission has been printed at this counter yet.",
)
