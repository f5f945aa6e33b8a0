"""A field for a few sentences (a complaint, a suggestion), typed on the on-screen keyboard.

QPlainTextEdit has no `maxLength`: text beyond the limit is cut off as it arrives, from the
keyboard, a paste or a scanner alike, so what is kept never exceeds what the service takes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class TextArea(QPlainTextEdit):
    """Wrapped text of at most `max_length` characters; `length_changed` after every edit."""

    length_changed = Signal(int)

    def __init__(self, max_length: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("TextArea")
        self.max_length = max_length
        self.setProperty("keyboard", "letters")
        # Only a touch opens it (and the keyboard), not the page being shown.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setTabChangesFocus(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.textChanged.connect(self._trim)

    def text(self) -> str:
        """What has been typed."""
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        """Show `text` (cut to the limit), the cursor at its end."""
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)

    def _trim(self) -> None:
        text = self.toPlainText()
        if len(text) > self.max_length:
            self.blockSignals(True)  # one length_changed for the edit, not two
            self.setPlainText(text[: self.max_length])
            self.blockSignals(False)
            self.moveCursor(QTextCursor.MoveOperation.End)
        self.length_changed.emit(len(self.toPlainText()))
