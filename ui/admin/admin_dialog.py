"""The admin PIN and menu over the whole window of a counter desk or a hall board.

A dialog of its own (not a sheet inside the window): while it is open the desk's
F-keys and its scanner catcher, which watch their own window only, stay out of the
PIN field. It carries the station stylesheet itself, so its sizes are the touch
sizes whatever the desk's or the board's stylesheet says.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.text import Lang
from kiosk.station import Station
from ui import strings as kiosk_strings
from ui.admin import strings
from ui.admin.admin_menu import AdminMenu
from ui.admin.admin_worker import AdminWorker
from ui.admin.pin_pad import PinPad
from ui.admin.station_control import StationControl
from ui.kiosk.idle_watch import IdleWatch
from ui.sync_bridge import SyncBridge
from ui.theme import Look, stylesheet
from ui.widgets.labels import add_label
from ui.widgets.scroll_body import scroll_body

#: A menu left open closes itself after this long without a touch or a key.
IDLE_MS = 120_000


class AdminDialog(QDialog):
    """PIN first, then the menu; `language_requested` by its language button."""

    language_requested = Signal()
    exit_kiosk_requested = Signal()

    def __init__(
        self,
        station: Station,
        worker: AdminWorker,
        parent: QWidget,
        *,
        sync: SyncBridge | None = None,
        control: StationControl | None = None,
        kiosk_mode: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AdminDialog")
        flags = Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint
        if parent.windowFlags() & Qt.WindowType.WindowStaysOnTopHint:
            flags |= Qt.WindowType.WindowStaysOnTopHint  # above a locked board
        self.setWindowFlags(flags)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(stylesheet(Look()))
        self.setCursor(Qt.CursorShape.ArrowCursor)  # a board hides the pointer; staff need it
        self.lang: Lang = "id"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._bar())
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages, 1)
        self.pin_page, pin_content, pin_column = self._page()
        self.hint = add_label(pin_content, pin_column, "ScreenHint")
        self.pad = PinPad(station.admin.check, pin_content)
        pin_column.addWidget(self.pad)
        pin_column.addStretch(1)
        self.menu_page, menu_content, menu_column = self._page()
        self.menu = AdminMenu(station, worker, menu_content, sync=sync, control=control)
        self.menu.set_kiosk_mode(kiosk_mode)
        menu_column.addWidget(self.menu)
        self.pad.accepted.connect(self._open_menu)
        self.menu.close_requested.connect(self.reject)
        self.menu.exit_kiosk_requested.connect(self.exit_kiosk_requested)
        self.idle = IdleWatch(self, IDLE_MS)
        self.idle.expired.connect(self.reject)
        self.set_language("id")

    def _bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("AdminBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 12, 24, 12)
        row.setSpacing(16)
        self.title = QLabel(bar)
        self.title.setObjectName("AdminBarTitle")
        row.addWidget(self.title, 1)
        self.language_button = QPushButton(bar)
        self.language_button.setObjectName("AdminBarLanguage")
        self.language_button.clicked.connect(self.language_requested)
        row.addWidget(self.language_button)
        self.close_button = QPushButton(bar)
        self.close_button.setObjectName("AdminBarButton")
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.close_button)
        return bar

    def _page(self) -> tuple[QScrollArea, QWidget, QVBoxLayout]:
        scroll, content, column = scroll_body(self.pages)
        scroll.setWidget(content)
        self.pages.addWidget(scroll)
        return scroll, content, column

    # Opening and closing
    def open_over(self, window: QWidget) -> None:
        """Cover `window` and ask for the PIN."""
        self.setGeometry(window.geometry())
        self.pages.setCurrentWidget(self.pin_page)
        self.pad.clear()
        self._show_title()
        self.show()
        self.activateWindow()
        self.pad.field.setFocus()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.idle.start()

    def _open_menu(self) -> None:
        self.pages.setCurrentWidget(self.menu_page)
        self._show_title()
        self.menu.start()

    def done(self, result: int) -> None:
        self.menu.stop()
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter belongs to the PIN field (it submits); a dialog would also "click" its
        # default button with it. Esc still closes.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def menu_shown(self) -> bool:
        """Whether the PIN was accepted and the menu is on show."""
        return self.isVisible() and self.pages.currentWidget() is self.menu_page

    # Language
    def set_language(self, lang: Lang) -> None:
        """Show the dialog in `lang`."""
        self.lang = lang
        self.pad.set_language(lang)
        self.menu.set_language(lang)
        self.hint.setText(strings.PIN_HINT.get(lang))
        self.language_button.setText(kiosk_strings.OTHER_LANGUAGE.get(lang))
        self.close_button.setText(strings.CLOSE.get(lang))
        self._show_title()

    def toggle_language(self) -> None:
        """Indonesian ↔ English (a board, whose window has no language of its own)."""
        self.set_language("en" if self.lang == "id" else "id")

    def _show_title(self) -> None:
        menu = self.pages.currentWidget() is self.menu_page
        self.title.setText((strings.MENU_TITLE if menu else strings.PIN_TITLE).get(self.lang))
