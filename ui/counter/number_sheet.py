"""Calling one particular ticket by its number (typed, or taken from the waiting list)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk.domain.text import Text
from ui.counter import strings
from ui.counter.sheet import Sheet
from ui.widgets.labels import add_label


def normalise_number(typed: str) -> str:
    """ "a1012" or "A1 012" → "A1-012": numbers are printed with a dash and three digits."""
    text = "".join(typed.split()).upper()
    if "-" in text or len(text) < 4 or not text[-3:].isdigit():
        return text
    return f"{text[:-3]}-{text[-3:]}"


class NumberSheet(Sheet):
    """Emits `requested(number)`; the desk answers with `refuse(reason)` or closes it."""

    requested = Signal(str)
    card_width = 640

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.number = QLineEdit(self.card)
        self.number.setObjectName("DeskInput")
        self.number.setMaxLength(16)
        self.body.addWidget(self.number)
        self.error = add_label(self.card, self.body, "FormError")
        self._reason: Text | None = None

    def ask(self, number: str = "") -> None:
        """Open, with `number` filled in (a ticket selected in the list)."""
        self.number.setText(number)
        self.number.selectAll()
        self.refuse(None)
        self.open_sheet()

    def first_field(self) -> QWidget | None:
        return self.number

    def confirm(self) -> None:
        typed = normalise_number(self.number.text())
        if typed:
            self.requested.emit(typed)

    def refuse(self, reason: Text | None) -> None:
        """Say why the number cannot be called (or clear it)."""
        self._reason = reason
        self.error.setText(reason.get(self.lang) if reason else "")
        self.error.setVisible(reason is not None)

    def refresh(self) -> None:
        lang = self.lang
        self.title.setText(strings.CALL_NUMBER_TITLE.get(lang))
        self.hint.setText(strings.NUMBER_HINT.get(lang))
        self.number.setPlaceholderText("A1-012")
        self.confirm_button.set_texts(strings.CALL.get(lang))
        self.refuse(self._reason)
