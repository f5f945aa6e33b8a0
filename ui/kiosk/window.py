"""The kiosk's main window: one stack of screens driven by the navigator."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from kiosk.station import Station
from ui.kiosk.agency_screen import AgencyScreen
from ui.kiosk.home_screen import HomeScreen
from ui.navigator import Navigator


class KioskWindow(QMainWindow):
    """Home → agency → (the ticket flow of later screens)."""

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(station.catalogues.current().hall.name.id)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.navigator = Navigator(self.stack)
        self.home = HomeScreen(station, self.stack)
        self.agency = AgencyScreen(station, self.navigator, self.stack)
        self.home.header.language_requested.connect(self.navigator.toggle_language)
        self.home.agency_chosen.connect(self._show_agency)
        self.navigator.go(self.home)
        self.navigator.set_language(station.config.language)

    def _show_agency(self, code: str) -> None:
        self.agency.show_agency(code)
        self.navigator.go(self.agency)
