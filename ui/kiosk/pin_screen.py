"""The PIN pad behind the hidden gesture; wrong PINs lock it for longer each time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk.domain.text import Lang
from kiosk.station import Station
from ui import strings
from ui.kiosk.page import PageScreen
from ui.navigator import Navigator
from ui.widgets.keyboard import OnScreenKeyboard


class PinScreen(PageScreen):
    """Asks for the admin PIN; says when it is wrong or locked."""

    accepted = Signal()

    def __init__(self, station: Station, navigator: Navigator, parent: QWidget) -> None:
        super().__init__(station, navigator, parent)
        self.field = QLineEdit(self.content)
        self.field.setObjectName("PinField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(8)
        self.field.setProperty("keyboard", "digits")
        self.body.addWidget(self.field)
        self.answer = self.label("StateClosed")
        self.keyboard = OnScreenKeyboard(self.content)
        self.keyboard.attach(self.field)
        self.keyboard.submitted.connect(self.submit)
        self.field.returnPressed.connect(self.submit)
        self.body.addWidget(self.keyboard)
        self.body.addStretch(1)

    def on_enter(self) -> None:
        self.field.clear()
        self.answer.clear()
        super().on_enter()
        self.field.setFocus()

    def set_language(self, lang: Lang) -> None:
        self.keyboard.set_language(lang)
        super().set_language(lang)

    def submit(self) -> None:
        """Check the PIN typed so far."""
        result = self.station.admin.check(self.field.text())
        self.field.clear()
        if result.ok:
            self.answer.clear()
            self.accepted.emit()
        else:
            self.answer.setText(result.message.get(self.lang))

    def refresh(self) -> None:
        self.title.setText(strings.PIN_TITLE.get(self.lang))
        self.hint.setText(strings.PIN_HINT.get(self.lang))
