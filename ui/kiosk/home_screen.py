"""Home of the kiosk: welcome, and every agency of the hall as a big card."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.domain.text import Lang
from kiosk.station import Station
from ui import strings
from ui.kiosk.page import LIVE_REFRESH_MS
from ui.navigator import Screen
from ui.widgets.cards import AgencyCard
from ui.widgets.header_bar import HeaderBar
from ui.widgets.kinetic import enable_kinetic_scroll


class HomeScreen(Screen):
    """Lists the agencies; touching one asks to show its services."""

    agency_chosen = Signal(str)

    def __init__(self, station: Station, parent: QWidget) -> None:
        super().__init__(parent)
        self._station = station
        self._lang: Lang = "id"
        catalogue = station.catalogues.current()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = HeaderBar(catalogue.hall.name, station.clock, self, navigation=False)
        layout.addWidget(self.header)
        layout.addWidget(self._body())
        self.demo_banner = QLabel(self)
        self.demo_banner.setObjectName("DemoBanner")
        self.demo_banner.setVisible(station.queues.always_open)
        layout.addWidget(self.demo_banner)
        self._live = QTimer(self)
        self._live.setInterval(LIVE_REFRESH_MS)
        self._live.timeout.connect(self._refresh)

    def _body(self) -> QScrollArea:
        scroll = QScrollArea(self)
        scroll.setObjectName("Body")
        scroll.setWidgetResizable(True)
        enable_kinetic_scroll(scroll.viewport())
        content = QWidget(scroll)
        content.setObjectName("BodyContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(40, 32, 40, 32)
        column.setSpacing(16)
        self.title = QLabel(content)
        self.title.setObjectName("ScreenTitle")
        self.hint = QLabel(content)
        self.hint.setObjectName("ScreenHint")
        self.hint.setWordWrap(True)
        column.addWidget(self.title)
        column.addWidget(self.hint)
        self._grid = QGridLayout()
        self._grid.setSpacing(16)
        column.addLayout(self._grid)
        column.addStretch(1)
        self.cards = [
            self._card(content, a.code) for a in self._station.catalogues.current().agencies
        ]
        scroll.setWidget(content)
        return scroll

    def _card(self, parent: QWidget, code: str) -> AgencyCard:
        card = AgencyCard(code, parent)
        card.clicked.connect(self._chooser(code))
        return card

    def _chooser(self, code: str) -> Callable[[], None]:
        def choose() -> None:
            self.agency_chosen.emit(code)

        return choose

    def resizeEvent(self, event: object) -> None:
        self._lay_out_cards()

    def _lay_out_cards(self) -> None:
        columns = 3 if self.width() >= 1500 else 2 if self.width() >= 900 else 1
        for index, card in enumerate(self.cards):
            self._grid.addWidget(card, index // columns, index % columns)

    def on_enter(self) -> None:
        self._lay_out_cards()
        self._refresh()
        self.header.start()
        self._live.start()

    def on_leave(self) -> None:
        self.header.stop()
        self._live.stop()

    def set_language(self, lang: Lang) -> None:
        self._lang = lang
        self.header.set_language(lang)
        self.title.setText(strings.CHOOSE_AGENCY.get(lang))
        self.hint.setText(strings.CHOOSE_AGENCY_HINT.get(lang))
        self.demo_banner.setText(strings.DEMO.get(lang))
        self._refresh()

    def _refresh(self) -> None:
        catalogue = self._station.catalogues.current()
        statuses = self._station.queues.statuses()
        for card, agency in zip(self.cards, catalogue.agencies, strict=True):
            mine = [s for s in statuses if s.agency_code == agency.code]
            open_count = sum(1 for s in mine if s.availability.can_issue)
            detail = f"{agency.location.get(self._lang)}  ·  "
            detail += strings.services_open(open_count, len(mine)).get(self._lang)
            card.set_texts(agency.short_name.get(self._lang), agency.name.get(self._lang), detail)
