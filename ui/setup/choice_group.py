"""A row or column of big buttons of which exactly one is chosen (role, paper, language…)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.text import Lang, Text


class ChoiceGroup(QWidget):
    """Touch-sized choices, each a value with its words; `picked` says which was touched."""

    picked = Signal(str)

    def __init__(
        self, options: list[tuple[str, Text]], parent: QWidget, *, across: bool = False
    ) -> None:
        super().__init__(parent)
        layout: QBoxLayout = QHBoxLayout(self) if across else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        self._words: dict[str, Text] = {}
        for value, words in options:
            self._add(layout, value, words)
        self._group.buttonClicked.connect(self._clicked)

    def _add(self, layout: QBoxLayout, value: str, words: Text) -> None:
        button = QPushButton(self)
        button.setObjectName("ChoiceButton")
        button.setCheckable(True)
        button.setProperty("choice", value)
        layout.addWidget(button)
        self._group.addButton(button)
        self.buttons[value] = button
        self._words[value] = words

    def set_options(self, options: list[tuple[str, Text]], lang: Lang) -> None:
        """Replace the choices (the USB printers found change with each scan)."""
        for button in self.buttons.values():
            self._group.removeButton(button)
            button.deleteLater()
        self.buttons.clear()
        self._words.clear()
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)
        for value, words in options:
            self._add(layout, value, words)
        self.set_language(lang)

    @property
    def value(self) -> str | None:
        """The chosen value, if any."""
        checked = self._group.checkedButton()
        return None if checked is None else str(checked.property("choice"))

    def set_value(self, value: str | None) -> None:
        """Choose `value` (None or an unknown value: choose nothing)."""
        self._group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(key == value)
        self._group.setExclusive(True)

    def set_language(self, lang: Lang) -> None:
        """Show every choice in `lang`."""
        for value, button in self.buttons.items():
            button.setText(self._words[value].get(lang))

    def _clicked(self, button: QPushButton) -> None:
        self.picked.emit(str(button.property("choice")))
