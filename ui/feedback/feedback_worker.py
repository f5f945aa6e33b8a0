"""Printing the complaint slip and asking the server about a complaint, off the GUI thread.

A print may wait for the printer's timeout and a lookup for the network's; results come
back as queued signals on the GUI thread, never by touching widgets from the pool.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kiosk.domain.text import Lang, Text
from kiosk.errors import KioskError
from kiosk.services.complaint_service import ComplaintStatusView, FiledComplaint
from kiosk.station import Station
from mpp.complaint_slip import SlipOutcome, print_slip
from mpp.complaint_status import complaint_status
from printers import Printer
from ui.feedback import strings

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Lookup:
    """What a status lookup found: the status, or why there is none (not found, failed)."""

    tracking: str
    view: ComplaintStatusView | None
    problem: Text | None = None


class _Task(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()


class FeedbackWorker(QObject):
    """One printer job and one lookup at a time, each in its own pool."""

    slip_printed = Signal(object)  # SlipOutcome
    looked_up = Signal(object)  # Lookup

    def __init__(self, station: Station, printer: Printer | None, parent: QObject) -> None:
        super().__init__(parent)
        self._station = station
        self._printer = printer
        self._printing = QThreadPool(self)
        self._printing.setMaxThreadCount(1)
        self._lookups = QThreadPool(self)
        self._lookups.setMaxThreadCount(1)

    def print_slip(self, filed: FiledComplaint, lang: Lang) -> None:
        """Print the slip of a complaint just filed; `slip_printed` says how it went."""

        def run() -> None:
            self.slip_printed.emit(self._print(filed, lang))

        self._printing.start(_Task(run))

    def look_up(self, tracking: str) -> None:
        """Ask for a complaint's status; `looked_up` brings the answer."""

        def run() -> None:
            self.looked_up.emit(self._look_up(tracking))

        self._lookups.start(_Task(run))

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for running jobs (shutdown, tests)."""
        printed = self._printing.waitForDone(msecs)
        return self._lookups.waitForDone(msecs) and printed

    def _print(self, filed: FiledComplaint, lang: Lang) -> SlipOutcome:
        if self._printer is None:
            return SlipOutcome(False, Text("tidak ada printer", "no printer"))
        try:
            return print_slip(self._printer, filed, self._station.catalogues.current(), lang)
        except Exception as error:  # the citizen must be told to write the number down
            log.exception("printing a complaint slip failed")
            return SlipOutcome(False, Text(type(error).__name__, type(error).__name__))

    def _look_up(self, tracking: str) -> Lookup:
        try:
            return Lookup(tracking, complaint_status(self._station, tracking))
        except KioskError as error:  # not found (or not a tracking number at all)
            return Lookup(tracking, None, error.message)
        except Exception:
            log.exception("looking up a complaint failed")
            return Lookup(tracking, None, strings.LOOKUP_FAILED)
