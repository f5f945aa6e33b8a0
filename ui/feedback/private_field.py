"""A one-line field for a personal value (a contact) that shows it masked once entered.

Touching the masked field empties it to be typed again: the value is never shown in full
after entry, so the next person at the kiosk cannot read it over the citizen's shoulder.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLineEdit, QWidget


class PrivateField(QLineEdit):
    """`hide_value(masked)` after entry; `reopened` when a touch starts it afresh."""

    reopened = Signal()

    def __init__(self, max_length: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("FieldInput")
        self.setProperty("keyboard", "letters")  # e-mail addresses need letters and @
        self.setMaxLength(max_length)
        self.masked = False
        self.installEventFilter(self)

    def hide_value(self, masked: str) -> None:
        """Show `masked` instead of what was typed; read-only until touched."""
        self.setText(masked)
        self.setReadOnly(True)
        self.masked = True

    def reopen(self) -> None:
        """Empty and editable again."""
        self.masked = False
        self.setReadOnly(False)
        self.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and self.masked and event.type() == QEvent.Type.MouseButtonPress:
            self.reopen()
            self.reopened.emit()
        return super().eventFilter(watched, event)
