"""The frame every kiosk page after Home shares: header with Back/Home, a scrolling body."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.text import Lang
from kiosk.station import Station
from ui.kiosk.live import LIVE_REFRESH_MS
from ui.navigator import Navigator, Screen
from ui.widgets.header_bar import HeaderBar
from ui.widgets.labels import add_label
from ui.widgets.scroll_body import scroll_body


class PageScreen(Screen):
    """Header, title, hint, then whatever the page adds to `body` (a column that scrolls)."""

    #: Pages showing people waiting and estimated waits refresh them while shown.
    live = False

    def __init__(
        self, station: Station, navigator: Navigator, parent: QWidget, *, navigation: bool = True
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.navigator = navigator
        self.lang: Lang = "id"
        layout = self.outer = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        hall = station.catalogues.current().hall
        # Back and Home take room: the short hall name fits beside them.
        self.header = HeaderBar(
            hall.short_name if navigation else hall.name, station.clock, self, navigation=navigation
        )
        self.header.back_requested.connect(navigator.back)
        self.header.home_requested.connect(navigator.home)
        self.header.language_requested.connect(navigator.toggle_language)
        layout.addWidget(self.header)
        scroll, self.content, self.body = scroll_body(self)
        self.scroll_area = scroll
        self.title = self.label("ScreenTitle")
        self.hint = self.label("ScreenHint")
        scroll.setWidget(self.content)
        layout.addWidget(scroll, 1)
        self._live_timer = QTimer(self)
        self._live_timer.setInterval(LIVE_REFRESH_MS)
        self._live_timer.timeout.connect(self.refresh)

    def label(self, name: str, *, add: bool = True) -> QLabel:
        """A word-wrapping label styled by `name`, added to the body unless `add` is False."""
        return add_label(self.content, self.body if add else None, name)

    def button(
        self, name: str, slot: Callable[[], None], row: QBoxLayout | None = None
    ) -> QPushButton:
        """A big button styled by `name`, added to `row` (or the body), calling `slot`."""
        button = QPushButton(self.content)
        button.setObjectName(name)
        button.clicked.connect(slot)
        (row or self.body).addWidget(button)
        return button

    def on_enter(self) -> None:
        self.refresh()
        self.header.start()
        if self.live:
            self._live_timer.start()

    def on_leave(self) -> None:
        self.header.stop()
        self._live_timer.stop()

    def set_language(self, lang: Lang) -> None:
        self.lang = lang
        self.header.set_language(lang)
        self.refresh()

    def refresh(self) -> None:
        """Fill every text in `self.lang` from the current state."""
