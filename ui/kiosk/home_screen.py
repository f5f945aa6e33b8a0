"""Home of the kiosk: welcome, a search for the service, and every agency as a big card."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.search import search_services
from kiosk.domain.text import Lang
from kiosk.services.dto import ServiceStatus
from ui import strings
from ui.feedback.home_links import FeedbackLinks
from ui.kiosk.home_data import HomeData
from ui.kiosk.live import LIVE_REFRESH_MS
from ui.navigator import Screen
from ui.widgets.cards import AgencyCard, ServiceCard
from ui.widgets.header_bar import HeaderBar
from ui.widgets.labels import add_label
from ui.widgets.scroll_body import scroll_body

if TYPE_CHECKING:
    from ui.widgets.keyboard import OnScreenKeyboard

#: At most this many services are listed for a search.
MAX_RESULTS = 8


class HomeScreen(Screen):
    """Lists the agencies; a search lists matching services straight away. Along the
    bottom, the way to the satisfaction survey and to complaints."""

    agency_chosen = Signal(str)
    service_chosen = Signal(str)
    survey_requested = Signal()
    complaint_requested = Signal()

    def __init__(self, data: HomeData, parent: QWidget) -> None:
        super().__init__(parent)
        self._data = data
        self._lang: Lang = "id"
        self.results: list[ServiceCard] = []
        catalogue = data.catalogue()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = HeaderBar(catalogue.hall.name, data.clock, self, navigation=False)
        layout.addWidget(self.header)
        layout.addWidget(self._body(), 1)
        self.feedback = FeedbackLinks(self)
        self.feedback.survey_requested.connect(self.survey_requested)
        self.feedback.complaint_requested.connect(self.complaint_requested)
        layout.addWidget(self.feedback)
        # The keyboard is built when the search is first touched: most citizens choose an
        # agency card, and Home comes up sooner without it (a tenth of its start).
        self._keyboard: OnScreenKeyboard | None = None
        self._layout = layout
        self.search.installEventFilter(self)
        self.demo_banner = QLabel(self)
        self.demo_banner.setObjectName("DemoBanner")
        self.demo_banner.setVisible(data.always_open)
        layout.addWidget(self.demo_banner)
        self._live = QTimer(self)
        self._live.setInterval(LIVE_REFRESH_MS)
        self._live.timeout.connect(self._refresh)

    @property
    def keyboard(self) -> OnScreenKeyboard:
        """The on-screen keyboard for the search, built on first use."""
        return self._keyboard or self._add_keyboard()

    def _add_keyboard(self) -> OnScreenKeyboard:
        from ui.widgets.keyboard import OnScreenKeyboard

        keyboard = self._keyboard = OnScreenKeyboard(self)
        keyboard.set_language(self._lang)
        keyboard.submitted.connect(self._done_typing)
        # While searching, the keyboard needs the room more than the two buttons do.
        keyboard.shown_changed.connect(self._keyboard_shown)
        self._layout.insertWidget(self._layout.indexOf(self.demo_banner), keyboard)
        keyboard.follow_focus(self)  # attaches at once to the search that has the focus
        return keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.FocusIn and not self._keyboard:
            self._add_keyboard()
        return super().eventFilter(watched, event)

    def _body(self) -> QScrollArea:
        scroll, self._content, column = scroll_body(self)
        self.title = self._label("ScreenTitle", column)
        self.search = QLineEdit(self._content)
        self.search.setObjectName("SearchField")
        self.search.setClearButtonEnabled(True)
        # Only a touch opens the search (and its keyboard), not the window taking focus.
        self.search.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.search.textChanged.connect(self._search)
        column.addWidget(self.search)
        self.hint = self._label("ScreenHint", column)
        self._results = QVBoxLayout()
        self._results.setSpacing(16)
        column.addLayout(self._results)
        self._grid = QGridLayout()
        self._grid.setSpacing(16)
        column.addLayout(self._grid)
        column.addStretch(1)
        agencies = self._data.catalogue().agencies
        self.cards = [self._card(a.code) for a in agencies]
        scroll.setWidget(self._content)
        return scroll

    def _label(self, name: str, column: QVBoxLayout) -> QLabel:
        return add_label(self._content, column, name)

    def _card(self, code: str) -> AgencyCard:
        card = AgencyCard(code, self._content)
        card.clicked.connect(self._chooser(self.agency_chosen.emit, code))
        return card

    @staticmethod
    def _chooser(emit: Callable[[str], None], code: str) -> Callable[[], None]:
        def choose() -> None:
            emit(code)

        return choose

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._lay_out_cards()
        super().resizeEvent(event)

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
        self._detach_keyboard()

    def clear(self) -> None:
        """Forget what was typed (the next citizen starts afresh)."""
        self.search.clear()
        self.search.clearFocus()
        self._detach_keyboard()

    def _detach_keyboard(self) -> None:
        if self._keyboard is not None:
            self._keyboard.detach()

    def _keyboard_shown(self, shown: bool) -> None:
        self.feedback.setVisible(not shown)

    def _done_typing(self) -> None:
        self.search.clearFocus()
        self._detach_keyboard()

    def set_language(self, lang: Lang) -> None:
        self._lang = lang
        self.header.set_language(lang)
        if self._keyboard is not None:
            self._keyboard.set_language(lang)
        self.feedback.set_language(lang)
        self.title.setText(strings.CHOOSE_AGENCY.get(lang))
        self.search.setPlaceholderText(strings.SEARCH_PLACEHOLDER.get(lang))
        self.demo_banner.setText(strings.DEMO.get(lang))
        self._refresh()

    def _search(self) -> None:
        for card in self.results:
            card.hide()
            card.deleteLater()
        catalogue = self._data.catalogue()
        found = search_services(catalogue, self.search.text())[:MAX_RESULTS]
        self.results = [ServiceCard(s.code, self._content) for s in found]
        for card in self.results:
            card.clicked.connect(self._chooser(self.service_chosen.emit, card.code))
            self._results.addWidget(card)
            card.show()  # a layout only shows new children on the next event loop turn
        self._refresh()

    def _refresh(self) -> None:
        statuses = self._data.statuses()
        searching = bool(self.search.text().strip())
        for card in self.cards:
            card.setVisible(not searching)
        self._fill_agencies(statuses)
        self._fill_results(statuses)
        lang = self._lang
        if not searching:
            self.hint.setText(strings.CHOOSE_AGENCY_HINT.get(lang))
        elif self.results:
            self.hint.setText(strings.SEARCH_FOUND.get(lang))
        else:
            self.hint.setText(strings.SEARCH_NOTHING.get(lang))

    def _fill_agencies(self, statuses: list[ServiceStatus]) -> None:
        catalogue = self._data.catalogue()
        lang = self._lang
        for card, agency in zip(self.cards, catalogue.agencies, strict=True):
            mine = [s for s in statuses if s.agency_code == agency.code]
            open_count = sum(1 for s in mine if s.availability.can_issue)
            detail = f"{agency.location.get(lang)}  ·  "
            detail += strings.services_open(open_count, len(mine)).get(lang)
            card.set_texts(agency.short_name.get(lang), agency.name.get(lang), detail)

    def _fill_results(self, statuses: list[ServiceStatus]) -> None:
        catalogue = self._data.catalogue()
        by_code = {s.code: s for s in statuses}
        lang = self._lang
        for card in self.results:
            service, status = catalogue.service(card.code), by_code.get(card.code)
            if service is None or status is None:
                continue
            agency = catalogue.agency(service.agency_code)
            avail = status.availability
            state = strings.service_state(status).get(lang)
            where = agency.short_name.get(lang) if agency else ""
            card.set_texts(service.name.get(lang), state, where, open_now=avail.can_issue)
