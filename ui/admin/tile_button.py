"""A touch button whose words wrap onto a second line instead of widening the button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class TileButton(QPushButton):
    """Equal columns whatever the words: the grid sets the width, the label wraps in it."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 2, 16, 2)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Presses go to the button: the label is only its words.
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.label)

    def set_words(self, text: str) -> None:
        """The button's words (also its name for screen readers)."""
        self.label.setText(text)
        self.setAccessibleName(text)

    def words(self) -> str:
        """The words on the button."""
        return self.label.text()
