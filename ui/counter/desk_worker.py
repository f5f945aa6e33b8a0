"""Calls and printing off the GUI thread: a call may wait on the server, a print on the printer.

The desk asks `call()`, `reprint()` or `receipt()`; the answer comes back as a
queued signal on the GUI thread, never by touching widgets from the worker.
Calls and prints have a thread each, so a slow printer never holds up a call.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kiosk.domain.text import Lang, Text
from kiosk.errors import KioskError
from mpp.counter_calls import CounterCalls
from mpp.printing import PrintOutcome, TicketPrinting
from ui.counter import strings

if TYPE_CHECKING:
    from sync.client.calls import CallOutcome

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CallReport:
    """The answer to a call: what the server (or the offline rule) decided, or why it failed."""

    outcome: CallOutcome | None
    error: Text | None = None
    #: The ticket asked for by id (a number, a scan, a held ticket), None for "next".
    asked: str | None = None


@dataclass(frozen=True, slots=True)
class PrintReport:
    """The printer's answer for one ticket."""

    number: str
    what: Text  # ticket copy or tanda terima
    ok: bool
    message: Text


class _Task(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()


class DeskWorker(QObject):
    """Runs one counter's calls and print jobs in the background; reports as signals."""

    called = Signal(object)  # CallReport
    printed = Signal(object)  # PrintReport

    def __init__(self, calls: CounterCalls, printing: TicketPrinting, parent: QObject) -> None:
        super().__init__(parent)
        self._calls = calls
        self._printing = printing
        self._call_pool = QThreadPool(self)
        self._call_pool.setMaxThreadCount(1)  # one call at a time, in order
        self._print_pool = QThreadPool(self)
        self._print_pool.setMaxThreadCount(1)  # one printer, one job at a time

    def call(self, counter: int, services: Sequence[str], ticket_id: str | None = None) -> None:
        """Call `ticket_id`, or the next ticket of `services`, to `counter`."""
        chosen = tuple(services)

        def run() -> None:
            try:
                outcome = self._calls.call(counter, chosen, ticket_id)
            except Exception as error:  # the clerk must get an answer, whatever broke
                self.called.emit(CallReport(None, reason_for(error), ticket_id))
                return
            self.called.emit(CallReport(outcome, None, ticket_id))

        self._call_pool.start(_Task(run))

    def reprint(self, ticket_id: str, number: str, lang: Lang) -> None:
        """Print a copy of a ticket, marked as a copy."""
        self._print(number, strings.REPRINT_COPY, lambda: self._printing.reprint(ticket_id, lang))

    def receipt(
        self, ticket_id: str, number: str, officer: str, lang: Lang, checklist: Sequence[bool]
    ) -> None:
        """Print the tanda terima of a ticket with the requirements ticked as received."""
        ticks = list(checklist)
        self._print(
            number,
            strings.RECEIPT,
            lambda: self._printing.print_receipt(ticket_id, officer, lang, ticks),
        )

    def _print(self, number: str, what: Text, work: Callable[[], PrintOutcome]) -> None:
        def run() -> None:
            try:
                outcome = work()
            except Exception as error:
                self.printed.emit(PrintReport(number, what, False, reason_for(error)))
                return
            self.printed.emit(PrintReport(number, what, outcome.ok, outcome.message))

        self._print_pool.start(_Task(run))

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for the running jobs (for closing and tests)."""
        calls = self._call_pool.waitForDone(msecs)
        return self._print_pool.waitForDone(msecs) and calls


def reason_for(error: Exception) -> Text:
    """What the clerk is told: the error's own words, or a plain apology."""
    from sync.client.errors import SyncError

    if isinstance(error, KioskError):
        return error.message
    if isinstance(error, SyncError):
        return error.text
    # The type and where, never the message: a database error's text can carry the
    # values of the statement, and a log must not hold personal data.
    where = "".join(traceback.format_tb(error.__traceback__))
    log.error("a counter action failed: %s\n%s", type(error).__name__, where)
    return strings.UNEXPECTED
