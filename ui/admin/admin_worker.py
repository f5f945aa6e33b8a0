"""The admin menu's slow work (printer, server, catalogue, export) in a thread pool.

A printer may wait for its timeout and an unreachable server for the connect timeout;
the screen never does. Each job ends in one `done` signal, queued to the GUI thread
(the bridge pattern of ui/kiosk/print_worker.py); no job touches a widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kiosk.domain.text import Lang
from kiosk.errors import KioskError
from kiosk.services.export_service import write_export
from kiosk.station import Station
from mpp.printing import TicketPrinting
from mpp.station_admin import (
    Check,
    check_printer,
    check_server,
    print_test_page,
    reload_catalogue,
    reprint_last_receipt,
    reprint_last_ticket,
)
from ui.admin import strings

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Done:
    """What one job did: which one (`kind`), its answer, and the file an export wrote."""

    kind: str
    check: Check
    path: Path | None = None


class _Task(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()


class AdminWorker(QObject):
    """Runs the admin menu's jobs off the GUI thread; `done(Done)` for each."""

    done = Signal(object)  # Done

    def __init__(self, station: Station, printing: TicketPrinting | None, parent: QObject) -> None:
        super().__init__(parent)
        self.station = station
        self.printing = printing
        self._pool = QThreadPool(self)
        # A slow server check must not hold up a test page; the printer serialises itself.
        self._pool.setMaxThreadCount(3)

    def check_server(self) -> None:
        """Is the hall's server reachable (kind "server")."""
        self._start("server", lambda: check_server(self.station))

    def check_printer(self) -> None:
        """The printer's state (kind "printer"); nothing without a printer."""
        if (printing := self.printing) is not None:
            self._start("printer", lambda: check_printer(printing.printer))

    def print_test(self, lang: Lang) -> None:
        """The printer's test page (kind "test_page")."""
        if (printing := self.printing) is not None:
            self._start("test_page", lambda: print_test_page(self.station, printing.printer, lang))

    def reprint(self, lang: Lang) -> None:
        """The kiosk's last ticket, or the counter's last tanda terima (kind "reprint")."""
        printing, station = self.printing, self.station
        if printing is None:
            return
        if station.config.role == "counter":
            self._start("reprint", lambda: reprint_last_receipt(station, printing))
        else:
            self._start("reprint", lambda: reprint_last_ticket(station, printing, lang))

    def reload_catalogue(self) -> None:
        """Read the catalogue again (kind "catalogue")."""
        self._start("catalogue", lambda: reload_catalogue(self.station))

    def export(self, folder: Path, checks: Mapping[str, Any]) -> None:
        """Write the diagnostics zip into `folder` (kind "export")."""

        def work() -> Done:
            path = write_export(self.station, folder, checks)
            return Done("export", Check(True, strings.exported(path.name, folder)), path)

        self._start("export", work)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for running jobs (at shutdown, and in tests)."""
        return self._pool.waitForDone(msecs)

    def _start(self, kind: str, work: Callable[[], Check | Done]) -> None:
        def run() -> None:
            try:
                result = work()
                done = result if isinstance(result, Done) else Done(kind, result)
            except KioskError as error:
                done = Done(kind, Check(False, error.message))
            except Exception:  # the technician must get an answer, whatever broke
                log.exception("admin action %s failed", kind)
                done = Done(kind, Check(False, strings.UNEXPECTED))
            self.done.emit(done)

        self._pool.start(_Task(run))
