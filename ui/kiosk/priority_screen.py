"""The priority question: elderly, disability, pregnancy, small child — no proof asked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.domain.ticket import PriorityClass
from kiosk.station import Station
from ui import strings
from ui.kiosk.page import PageScreen
from ui.navigator import Navigator


class PriorityScreen(PageScreen):
    """Four big choices and a way out to a regular ticket."""

    chosen = Signal(str, object)  # service code, PriorityClass or None

    def __init__(self, station: Station, navigator: Navigator, parent: QWidget) -> None:
        super().__init__(station, navigator, parent)
        self.code = ""
        self.choices = {cls: self._button("PrimaryButton", cls) for cls in PriorityClass}
        self.regular = self._button("SecondaryButton", None)
        self.body.addStretch(1)

    def _button(self, name: str, cls: PriorityClass | None) -> QPushButton:
        return self.button(name, self._chooser(cls))

    def _chooser(self, cls: PriorityClass | None) -> Callable[[], None]:
        def choose() -> None:
            self.chosen.emit(self.code, cls)

        return choose

    def ask(self, code: str) -> None:
        """Ask for a service."""
        self.code = code
        self.refresh()

    def refresh(self) -> None:
        lang = self.lang
        self.title.setText(strings.PRIORITY_TITLE.get(lang))
        self.hint.setText(strings.PRIORITY_HINT.get(lang))
        for cls, button in self.choices.items():
            button.setText(cls.label.get(lang))
        self.regular.setText(strings.NOT_PRIORITY.get(lang))
