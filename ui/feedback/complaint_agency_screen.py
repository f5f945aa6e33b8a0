"""Complaints, step 1: which agency, as the same cards Home shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.station import Station
from ui.feedback import strings
from ui.feedback.feedback_page import FeedbackPage
from ui.navigator import Navigator
from ui.widgets.cards import AgencyCard


class ComplaintAgencyScreen(FeedbackPage):
    """Every agency of the catalogue; `chosen(code)` on a touch."""

    chosen = Signal(str)

    def __init__(self, station: Station, navigator: Navigator, parent: QWidget) -> None:
        super().__init__(station, navigator, parent)
        self._grid = QGridLayout()
        self._grid.setSpacing(16)
        self.body.addLayout(self._grid)
        self.body.addStretch(1)
        agencies = station.catalogues.current().agencies
        self.cards = [self._card(a.code) for a in agencies]
        self._lay_out(1920)

    def _card(self, code: str) -> AgencyCard:
        card = AgencyCard(code, self.content)
        card.clicked.connect(self._chooser(code))
        return card

    def _chooser(self, code: str) -> Callable[[], None]:
        def choose() -> None:
            self.chosen.emit(code)

        return choose

    def _lay_out(self, width: int) -> None:
        columns = 3 if width >= 1500 else 2 if width >= 900 else 1
        for index, card in enumerate(self.cards):
            self._grid.addWidget(card, index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._lay_out(event.size().width())
        super().resizeEvent(event)

    def refresh(self) -> None:
        lang = self.lang
        self.title.setText(strings.AGENCY_TITLE.get(lang))
        self.hint.setText(strings.AGENCY_HINT.get(lang))
        catalogue = self.station.catalogues.current()
        for card in self.cards:
            agency = catalogue.agency(card.code)
            if agency is not None:
                card.set_texts(
                    agency.short_name.get(lang), agency.name.get(lang), agency.location.get(lang)
                )
