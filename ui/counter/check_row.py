"""A tick box with a label that wraps (a QCheckBox's own text never does), the row one target."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget


class CheckRow(QWidget):
    """A touch anywhere on the row toggles the box."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("CheckRow")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(10)
        self.box = QCheckBox(self)
        self.box.setObjectName("CheckItem")
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setObjectName("CheckText")
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addWidget(self.label, 1)

    def isChecked(self) -> bool:
        """Whether the box is ticked."""
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        """Tick or untick the box."""
        self.box.setChecked(checked)

    def setText(self, text: str) -> None:
        """The row's words."""
        self.label.setText(text)

    def text(self) -> str:
        """The row's words."""
        return self.label.text()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside:
            self.box.toggle()
            event.accept()
            return
        super().mouseReleaseEvent(event)
