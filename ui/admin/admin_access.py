"""How a staff window (counter desk, hall board) opens its admin menu.

Ctrl+Shift+A, or whatever the window wires to `open()` (the desk's Admin button, a
long press on the board's clock), brings the PIN dialog over the window; the right
PIN shows the menu in it. The worker outlives each dialog, so closing the dialog
never waits for a slow printer or server; the window's `close()` does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from kiosk.domain.text import Lang
from kiosk.station import Station
from mpp.printing import TicketPrinting
from ui.admin.admin_dialog import AdminDialog
from ui.admin.admin_worker import AdminWorker
from ui.admin.station_control import StationControl
from ui.navigator import Navigator
from ui.sync_bridge import SyncBridge

SHORTCUT = "Ctrl+Shift+A"


class AdminAccess(QObject):
    """The admin dialog of one window: opened by `open()` or Ctrl+Shift+A."""

    exit_kiosk_requested = Signal()

    def __init__(
        self,
        window: QWidget,
        station: Station,
        printing: TicketPrinting | None,
        *,
        sync: SyncBridge | None = None,
        control: StationControl | None = None,
        navigator: Navigator | None = None,
    ) -> None:
        """`navigator`: the window's, whose language the dialog shares; without one (a
        board) the dialog switches its own language."""
        super().__init__(window)
        self._window = window
        self._station = station
        self._sync = sync
        self._control = control
        self._navigator = navigator
        self.kiosk_mode = False
        self.lang: Lang = navigator.lang if navigator is not None else "id"
        self.worker = AdminWorker(station, printing, self)
        self.dialog: AdminDialog | None = None
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), window)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self.open)
        if navigator is not None:
            navigator.language_changed.connect(self.set_language)
        window.installEventFilter(self)

    def open(self) -> None:
        """Ask for the PIN over the window (again, if the dialog is already open)."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.activateWindow()
            return
        dialog = self.dialog = AdminDialog(
            self._station,
            self.worker,
            self._window,
            sync=self._sync,
            control=self._control,
            kiosk_mode=self.kiosk_mode,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.set_language(self.lang)
        dialog.language_requested.connect(self._language_requested)
        dialog.exit_kiosk_requested.connect(self._exit_kiosk)
        dialog.finished.connect(self._finished)
        dialog.open_over(self._window)

    def set_language(self, lang: str) -> None:
        """The window's language changed: the dialog follows."""
        self.lang = "en" if lang == "en" else "id"
        if self.dialog is not None:
            self.dialog.set_language(self.lang)

    def _language_requested(self) -> None:
        if self._navigator is not None:
            self._navigator.toggle_language()  # the window and the dialog together
        else:
            self.set_language("en" if self.lang == "id" else "id")

    def _exit_kiosk(self) -> None:
        self.kiosk_mode = False
        self.exit_kiosk_requested.emit()

    def _finished(self) -> None:
        self.dialog = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The dialog covers the window, wherever and however big it becomes.
        moved = event.type() in (QEvent.Type.Resize, QEvent.Type.Move)
        if moved and self.dialog is not None and self.dialog.isVisible():
            self.dialog.setGeometry(self._window.geometry())
        return False

    def close(self) -> None:
        """Close the dialog and wait for the worker (the window is closing)."""
        if self.dialog is not None:
            self.dialog.reject()
        self.worker.wait()
