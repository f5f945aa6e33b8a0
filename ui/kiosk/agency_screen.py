"""The services of one agency, each with its fee, state and queue right now."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.domain.text import Lang
from kiosk.station import Station
from ui import strings
from ui.navigator import Navigator, Screen
from ui.widgets.cards import ServiceCard
from ui.widgets.header_bar import HeaderBar


class AgencyScreen(Screen):
    """Shows an agency's services; closed ones stay visible with the reason."""

    def __init__(self, station: Station, navigator: Navigator, parent: QWidget) -> None:
        super().__init__(parent)
        self._station = station
        self._lang: Lang = "id"
        self._agency_code = ""
        self.cards: list[ServiceCard] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # Back and Home take room: the short hall name fits beside them.
        hall = station.catalogues.current().hall.short_name
        self.header = HeaderBar(hall, station.clock, self, navigation=True)
        self.header.back_requested.connect(navigator.back)
        self.header.home_requested.connect(navigator.home)
        self.header.language_requested.connect(navigator.toggle_language)
        layout.addWidget(self.header)
        scroll = QScrollArea(self)
        scroll.setObjectName("Body")
        scroll.setWidgetResizable(True)
        QScroller.grabGesture(
            scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        self._content = QWidget(scroll)
        self._content.setObjectName("BodyContent")
        self._column = QVBoxLayout(self._content)
        self._column.setContentsMargins(40, 32, 40, 32)
        self._column.setSpacing(16)
        self.title = QLabel(self._content)
        self.title.setObjectName("ScreenTitle")
        self.title.setWordWrap(True)
        self.hint = QLabel(self._content)
        self.hint.setObjectName("ScreenHint")
        self._column.addWidget(self.title)
        self._column.addWidget(self.hint)
        self._column.addStretch(1)
        scroll.setWidget(self._content)
        layout.addWidget(scroll)

    def show_agency(self, code: str) -> None:
        """Fill the screen with an agency's services."""
        self._agency_code = code
        for card in self.cards:
            card.hide()
            card.deleteLater()
        services = self._station.catalogues.current().services_of(code)
        self.cards = [ServiceCard(s.code, self._content) for s in services]
        for index, card in enumerate(self.cards):
            self._column.insertWidget(2 + index, card)
            card.show()  # a layout only shows new children on the next event loop turn
        self._refresh()

    def on_enter(self) -> None:
        self._refresh()
        self.header.start()

    def on_leave(self) -> None:
        self.header.stop()

    def set_language(self, lang: Lang) -> None:
        self._lang = lang
        self.header.set_language(lang)
        self._refresh()

    def _refresh(self) -> None:
        catalogue = self._station.catalogues.current()
        agency = catalogue.agency(self._agency_code)
        if agency is None:
            return
        lang = self._lang
        self.title.setText(agency.name.get(lang))
        self.hint.setText(f"{strings.SERVICES_OF.get(lang)} · {agency.location.get(lang)}")
        statuses = {s.code: s for s in self._station.queues.statuses()}
        for card in self.cards:
            service = catalogue.service(card.code)
            status = statuses.get(card.code)
            if service is None or status is None:
                continue
            avail = status.availability
            if avail.can_issue:
                state = f"{strings.OPEN_NOW.get(lang)} · "
                state += strings.queue_line(status.waiting, status.estimated_wait_minutes).get(lang)
            else:
                state = f"{strings.CLOSED.get(lang)} — {avail.message.get(lang)}"
            std = service.standard
            detail = "  ·  ".join(
                part
                for part in (
                    strings.fee(std.fee_idr, std.fee_note).get(lang),
                    std.completion_time.get(lang),
                )
                if part
            )
            title = f"{service.name.get(lang)}   ({service.prefix})"
            card.set_texts(title, state, detail, open_now=avail.can_issue)
