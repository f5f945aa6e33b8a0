"""The kiosk's main window: one stack of screens, the flow between them, and the printer."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from kiosk.domain.text import Text
from kiosk.domain.ticket import PriorityClass
from kiosk.services.dto import TicketView
from kiosk.station import Station
from mpp.printing import PrintOutcome, TicketPrinting
from ui.kiosk.agency_screen import AgencyScreen
from ui.kiosk.home_screen import HomeScreen
from ui.kiosk.print_failed_screen import PrintFailedScreen
from ui.kiosk.print_worker import PrintWorker
from ui.kiosk.priority_screen import PriorityScreen
from ui.kiosk.service_screen import ServiceScreen
from ui.kiosk.ticket_screen import TicketScreen
from ui.navigator import Navigator

#: How often tickets left without a keep-or-cancel answer are looked for.
EXPIRE_CHECK_MS = 15_000


class KioskWindow(QMainWindow):
    """Home → agency → service → (priority) → ticket, or keep-or-cancel after a print failure."""

    def __init__(
        self, station: Station, printing: TicketPrinting, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.setWindowTitle(station.catalogues.current().hall.name.id)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.navigator = Navigator(self.stack)
        self.worker = PrintWorker(printing, self)
        self.home = HomeScreen(station, self.stack)
        self.agency = AgencyScreen(station, self.navigator, self.stack)
        self.service = ServiceScreen(station, self.navigator, self.stack)
        self.priority = PriorityScreen(station, self.navigator, self.stack)
        self.ticket = TicketScreen(station, self.navigator, self.stack)
        self.print_failed = PrintFailedScreen(station, self.navigator, self.stack)
        self.navigator.add(
            self.home, self.agency, self.service, self.priority, self.ticket, self.print_failed
        )
        self._connect()
        self._expiry = QTimer(self)
        self._expiry.setInterval(EXPIRE_CHECK_MS)
        self._expiry.timeout.connect(self._expire_unanswered)
        self._expiry.start()
        self.navigator.go(self.home)
        self.navigator.set_language(station.config.language)

    def _connect(self) -> None:
        self.home.header.language_requested.connect(self.navigator.toggle_language)
        self.home.agency_chosen.connect(self._show_agency)
        self.agency.service_chosen.connect(self._show_service)
        self.service.take_ticket.connect(self._take_regular)
        self.service.priority_requested.connect(self._ask_priority)
        self.priority.chosen.connect(self._take)
        self.print_failed.retry_requested.connect(self._retry)
        self.worker.printed.connect(self._printed)
        self.worker.refused.connect(self._refused)

    def _show_agency(self, code: str) -> None:
        self.agency.show_agency(code)
        self.navigator.go(self.agency)

    def _show_service(self, code: str) -> None:
        self.service.show_service(code)
        self.navigator.go(self.service)

    def _ask_priority(self, code: str) -> None:
        self.priority.ask(code)
        self.navigator.go(self.priority)

    def _take_regular(self, code: str) -> None:
        self._take(code, None)

    def _take(self, code: str, priority: PriorityClass | None) -> None:
        self.ticket.printing()
        self.navigator.go(self.ticket)
        self.worker.issue(code, priority, self.navigator.lang)

    def _retry(self, ticket: TicketView) -> None:
        self.ticket.printing()
        self.navigator.replace(self.ticket)
        self.worker.retry(ticket)

    def _printed(self, outcome: PrintOutcome) -> None:
        # A citizen who walked away (Home) is not shown an old result; a failed print
        # left so is cancelled by the expiry, unanswered.
        if self.navigator.current() is not self.ticket:
            return
        if outcome.ok:
            self.ticket.printed(outcome.ticket)
        else:
            self.print_failed.failed(outcome.ticket, outcome.message)
            self.navigator.replace(self.print_failed)

    def _refused(self, reason: Text) -> None:
        if self.navigator.current() is self.ticket:
            self.ticket.refused(reason)

    def _expire_unanswered(self) -> None:
        if self.navigator.current() is not self.print_failed:
            self.station.printing.expire_unanswered()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._expiry.stop()
        self.worker.wait()
        super().closeEvent(event)
