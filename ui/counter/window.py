"""The counter desk's window (`--role counter`): sign in, then the desk; a scanner works anywhere.

Keys on the desk (each also a button that shows it): F1 Call next, F2 Recall,
F3 Start serving, F4 Finish (then F1–F4 or Enter choose the outcome), F5 Transfer,
F6 Hold, F7 Return a held ticket to the queue, F8 Call a number, F9 Walk-in,
F10 Reprint the ticket, F11 Form & tanda terima (F2 there ticks every requirement),
F12 No-show (offered once the recall limit is reached). In every sheet Enter
confirms and Esc cancels. A scanned ticket QR brings the ticket up (Enter calls it).
Ctrl+Shift+A (or the header's Admin button) asks for the admin PIN, then shows the
admin menu over the window.
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from kiosk.services.officer_service import DeskSession
from kiosk.station import Station
from mpp.counter_calls import CounterCalls
from mpp.printing import TicketPrinting
from ui.admin.admin_access import AdminAccess
from ui.admin.station_control import StationControl
from ui.counter.desk_screen import DeskScreen
from ui.counter.desk_style import DeskMetrics, desk_stylesheet
from ui.counter.desk_worker import DeskWorker
from ui.counter.scan_catcher import ScanCatcher
from ui.counter.sign_in_screen import SignInScreen
from ui.navigator import Navigator, Screen
from ui.sync_bridge import SyncBridge


class CounterWindow(QMainWindow):
    """Sign-in → desk → sign-out; closing signs the officer out and stops every worker.

    A normal window, never locked full screen: clerks also use their agency's programs.
    """

    def __init__(
        self,
        station: Station,
        printing: TicketPrinting,
        calls: CounterCalls,
        *,
        sync: SyncBridge | None = None,
        control: StationControl | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`control`: the station program's controls for the admin menu (run setup,
        restart, sync now); without it the menu leaves those out."""
        super().__init__(parent)
        self.setObjectName("CounterWindow")
        self.station = station
        self.metrics: DeskMetrics | None = None
        self._closed = False
        hall = station.catalogues.current().hall
        self.setWindowTitle(f"{hall.short_name.id} · Loket")
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.navigator = Navigator(self.stack)
        self.worker = DeskWorker(calls, printing, self)
        self.sign_in = SignInScreen(station, self.stack)
        self.desk = DeskScreen(station, calls, self.worker, self.stack)
        self.scanner = ScanCatcher(self)
        self.admin = AdminAccess(
            self, station, printing, sync=sync, control=control, navigator=self.navigator
        )
        for header in (self.sign_in.header, self.desk.header):
            header.follow(sync)
            header.language_requested.connect(self.navigator.toggle_language)
            header.admin_requested.connect(self.admin.open)
        self.sign_in.signed_in.connect(self._signed_in)
        self.desk.sign_out_requested.connect(self.sign_out)
        self.scanner.scanned.connect(self.desk.scanned)
        self.navigator.shown.connect(self._shown)
        self._apply_metrics()
        self.navigator.add(self.sign_in, self.desk)
        self.navigator.go(self.sign_in)
        self.navigator.set_language(station.config.language)

    # Signing in and out
    def _signed_in(self, session: DeskSession) -> None:
        self.desk.start(session)
        self.navigator.replace(self.desk)

    def sign_out(self) -> None:
        """Close the officer's attendance and return to the sign-in screen."""
        if self.desk.state.calling:
            return  # the call's answer belongs to this officer; wait for it
        self._end_session()
        self.navigator.replace(self.sign_in)

    def _end_session(self) -> None:
        session, self.desk.session = self.desk.session, None
        if session is not None:
            self.station.officers.sign_out(session)
            self.desk.calls.changed()

    def _shown(self, screen: Screen) -> None:
        # A scan means something only on the desk; elsewhere keys go straight to the fields.
        if screen is self.desk:
            self.scanner.start()
        else:
            self.scanner.stop()

    # Size and look
    def _apply_metrics(self) -> None:
        m = DeskMetrics.for_size(self.width(), self.height())
        if m != self.metrics:
            self.metrics = m
            self.setStyleSheet(desk_stylesheet(m))
            self.desk.apply_metrics(m)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_metrics()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            current = self.navigator.current()
            if current is not None:
                current.on_leave()
            self.scanner.stop()
            self.admin.close()
            self.worker.wait()
            self.desk.reader.wait()
            self._end_session()
        super().closeEvent(event)
