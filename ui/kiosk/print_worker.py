"""Issuing and printing off the GUI thread: a print may wait for its timeout.

The screens call `issue()`/`retry()`; the result comes back as a queued signal
on the GUI thread (Electrum's bridge pattern), never by touching widgets from
the worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kiosk.domain.forms import Answers
from kiosk.domain.text import Lang, Text
from kiosk.domain.ticket import PriorityClass
from kiosk.errors import KioskError
from kiosk.services.dto import TicketView
from mpp.printing import PrintOutcome, TicketPrinting

log = logging.getLogger(__name__)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()


class PrintWorker(QObject):
    """Runs ticket printing in a thread pool; reports on the GUI thread."""

    printed = Signal(object)  # PrintOutcome (ok or not: the outcome says)
    refused = Signal(object)  # Text: the ticket could not be issued at all (closed, quota…)

    def __init__(self, printing: TicketPrinting, parent: QObject) -> None:
        super().__init__(parent)
        self._printing = printing
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one printer, one job at a time, in order

    def issue(
        self,
        service_code: str,
        priority: PriorityClass | None,
        lang: Lang,
        answers: Answers | None = None,
    ) -> None:
        """Issue a ticket (with its form's answers) and print it."""
        self._start(lambda: self._printing.issue_and_print(service_code, priority, lang, answers))

    def retry(self, ticket: TicketView) -> None:
        """Send a ticket's stored job again."""
        self._start(lambda: self._printing.send(ticket))

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for the running job (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    def _start(self, work: Callable[[], PrintOutcome]) -> None:
        def run() -> None:
            try:
                outcome = work()
            except KioskError as error:
                self.refused.emit(error.message)
                return
            except Exception as error:  # the citizen must get an answer, whatever broke
                log.exception("issuing or printing a ticket failed")
                self.refused.emit(_unexpected(error))
                return
            self.printed.emit(outcome)

        self._pool.start(_Task(run))


def _unexpected(error: Exception) -> Text:
    return Text(
        "Terjadi gangguan pada kiosk. Silakan hubungi petugas informasi.",
        f"The kiosk ran into a problem ({type(error).__name__}). Please ask the information desk.",
    )
