"""The services of one agency, each with its state and queue now; touch one for its details."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.station import Station
from ui import strings
from ui.kiosk.page import PageScreen
from ui.navigator import Navigator
from ui.widgets.cards import ServiceCard


class AgencyScreen(PageScreen):
    """Lists an agency's services; closed ones stay visible with the reason."""

    service_chosen = Signal(str)
    live = True

    def __init__(self, station: Station, navigator: Navigator, parent: QWidget) -> None:
        super().__init__(station, navigator, parent)
        self._agency_code = ""
        self.cards: list[ServiceCard] = []
        self.body.addStretch(1)

    def show_agency(self, code: str) -> None:
        """Fill the screen with an agency's services."""
        self._agency_code = code
        for card in self.cards:
            card.hide()
            card.deleteLater()
        services = self.station.catalogues.current().services_of(code)
        self.cards = [self._card(s.code) for s in services]
        for index, card in enumerate(self.cards):
            self.body.insertWidget(2 + index, card)
            card.show()  # a layout only shows new children on the next event loop turn
        self.refresh()

    def _card(self, code: str) -> ServiceCard:
        card = ServiceCard(code, self.content)
        card.clicked.connect(self._chooser(code))
        return card

    def _chooser(self, code: str) -> Callable[[], None]:
        def choose() -> None:
            self.service_chosen.emit(code)

        return choose

    def refresh(self) -> None:
        catalogue = self.station.catalogues.current()
        agency = catalogue.agency(self._agency_code)
        if agency is None:
            return
        lang = self.lang
        self.title.setText(agency.name.get(lang))
        self.hint.setText(f"{strings.CHOOSE_SERVICE.get(lang)} · {agency.location.get(lang)}")
        statuses = {s.code: s for s in self.station.queues.statuses()}
        for card in self.cards:
            service = catalogue.service(card.code)
            status = statuses.get(card.code)
            if service is None or status is None:
                continue
            avail = status.availability
            state = strings.service_state(status).get(lang)
            std = service.standard
            parts = (
                strings.fee(std.fee_idr, std.fee_note).get(lang),
                std.completion_time.get(lang),
            )
            title = f"{service.name.get(lang)}   ({service.prefix})"
            card.set_texts(
                title, state, "  ·  ".join(p for p in parts if p), open_now=avail.can_issue
            )
