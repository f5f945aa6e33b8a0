"""The kiosk's admin screen (behind the PIN): the admin menu every role shares, full page.

Back and Home in the header return to the kiosk; an idle minute does too, as anywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.domain.text import Lang
from kiosk.station import Station
from ui.admin import strings as admin_strings
from ui.admin.admin_menu import AdminMenu
from ui.admin.admin_worker import AdminWorker
from ui.kiosk.page import PageScreen
from ui.navigator import Navigator

if TYPE_CHECKING:
    from mpp.printing import TicketPrinting
    from ui.admin.station_control import StationControl
    from ui.sync_bridge import SyncBridge


class AdminScreen(PageScreen):
    """The figures and the actions; `exit_requested` for "leave kiosk mode"."""

    exit_requested = Signal()

    def __init__(
        self,
        station: Station,
        navigator: Navigator,
        parent: QWidget,
        sync: SyncBridge | None = None,
        printing: TicketPrinting | None = None,
        control: StationControl | None = None,
    ) -> None:
        super().__init__(station, navigator, parent)
        self.worker = AdminWorker(station, printing, self)
        self.menu = AdminMenu(station, self.worker, self.content, sync=sync, control=control)
        self.body.addWidget(self.menu)
        self.menu.close_requested.connect(navigator.home)
        self.menu.exit_kiosk_requested.connect(self.exit_requested)
        self.body.addStretch(1)
        self.hint.hide()
        self.body.setContentsMargins(40, 20, 40, 20)

    def on_enter(self) -> None:
        super().on_enter()
        self.menu.start()

    def on_leave(self) -> None:
        self.menu.stop()
        super().on_leave()

    def set_language(self, lang: Lang) -> None:
        self.menu.set_language(lang)
        super().set_language(lang)

    def refresh(self) -> None:
        self.title.setText(admin_strings.MENU_TITLE.get(self.lang))
