"""The PIN pad behind the hidden gesture; wrong PINs lock it for longer each time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.domain.text import Lang
from kiosk.station import Station
from ui.admin import strings
from ui.admin.pin_pad import PinPad
from ui.kiosk.page import PageScreen
from ui.navigator import Navigator


class PinScreen(PageScreen):
    """Asks for the admin PIN (the pad every role shares); says when it is wrong or locked."""

    accepted = Signal()

    def __init__(self, station: Station, navigator: Navigator, parent: QWidget) -> None:
        super().__init__(station, navigator, parent)
        self.pad = PinPad(station.admin.check, self.content)
        self.body.addWidget(self.pad)
        self.body.addStretch(1)
        self.pad.accepted.connect(self.accepted)
        self.field, self.answer, self.keyboard = self.pad.field, self.pad.answer, self.pad.keyboard

    def on_enter(self) -> None:
        self.pad.clear()
        super().on_enter()
        self.field.setFocus()

    def set_language(self, lang: Lang) -> None:
        self.pad.set_language(lang)
        super().set_language(lang)

    def submit(self) -> None:
        """Check the PIN typed so far."""
        self.pad.submit()

    def refresh(self) -> None:
        self.title.setText(strings.PIN_TITLE.get(self.lang))
        self.hint.setText(strings.PIN_HINT.get(self.lang))
