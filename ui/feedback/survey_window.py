"""The survey tablet (`--role survey`): a counter-facing screen with only the survey.

It starts on "Nilai layanan kami" (scan or type the ticket), runs the same survey as the
kiosk, and comes back to the start after the thanks or a minute untouched. Like the kiosk
it is locked full screen (kiosk mode) unless in the demo; holding the hall name opens the
admin PIN pad, and the admin menu every role shares.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from kiosk.station import Station
from ui.feedback.survey_flow import SurveyFlow
from ui.kiosk.admin_screen import AdminScreen
from ui.kiosk.idle_watch import IdleWatch
from ui.kiosk.pin_screen import PinScreen
from ui.navigator import Navigator, Screen
from ui.sync_bridge import SyncBridge
from ui.widgets.idle_overlay import IdleOverlay
from ui.widgets.locked_window import LockedWindow

if TYPE_CHECKING:
    from ui.admin.station_control import StationControl


class SurveyWindow(LockedWindow):
    """The survey's screens on one stack, with the admin PIN and the idle reset."""

    def __init__(
        self,
        station: Station,
        parent: QWidget | None = None,
        *,
        kiosk_mode: bool = False,
        sync: SyncBridge | None = None,
        control: StationControl | None = None,
    ) -> None:
        super().__init__(kiosk_mode, parent)
        self.station = station
        self.setWindowTitle(station.catalogues.current().hall.name.id)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.navigator = Navigator(self.stack)
        self.survey = SurveyFlow(station, self.navigator, self.stack, tablet=True)
        self.start_screen = self.survey.entry
        self.pin = PinScreen(station, self.navigator, self.stack)
        # No printer on a tablet: the menu leaves reprint and test page out.
        self.admin = AdminScreen(station, self.navigator, self.stack, sync, None, control)
        self.admin.menu.set_kiosk_mode(kiosk_mode)
        self.navigator.add(self.pin, self.admin)
        self.overlay = IdleOverlay(self)
        self.idle = IdleWatch(self, idle_ms=station.config.kiosk.idle_seconds * 1000)
        self._connect()
        self.navigator.go(self.start_screen)
        self.navigator.set_language(station.config.language)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.idle.start()

    def _connect(self) -> None:
        self.start_screen.header.admin_requested.connect(self._ask_pin)
        self.pin.accepted.connect(self._open_admin)
        self.admin.exit_requested.connect(self.leave_kiosk_mode)
        self.idle.warn.connect(self._idle_warning)
        self.idle.active.connect(self.overlay.hide)
        self.idle.expired.connect(self._idle_expired)

    def _ask_pin(self) -> None:
        self.navigator.go(self.pin)

    def _open_admin(self) -> None:
        self.navigator.replace(self.admin)

    # Idle: back to the start for the next citizen
    def _fresh(self) -> bool:
        current: Screen | None = self.navigator.current()
        return (
            current is self.start_screen
            and self.navigator.lang == self.station.config.language
            and not self.start_screen.number.text()
        )

    def _idle_warning(self, seconds: int) -> None:
        if not self._fresh():
            self.overlay.show_seconds(seconds, self.navigator.lang)

    def _idle_expired(self) -> None:
        self.overlay.hide()
        if not self._fresh():
            self.reset()

    def reset(self) -> None:
        """The start screen, in the station's language, with nothing entered."""
        self.navigator.home()
        self.survey.clear()
        self.navigator.set_language(self.station.config.language)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.rect())
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_close(event):
            return
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.admin.worker.wait()
        current = self.navigator.current()
        if current is not None:
            current.on_leave()  # the scanner's key filter, the clock
        super().closeEvent(event)
