"""A big button that shows its key in a chip beside its words (and an optional second line)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class KeyButton(QPushButton):
    """The whole button is the touch target; the key chip says which key does the same.

    `stacked` puts the chip (and the second line) above the words, for narrow buttons
    in a grid; otherwise the chip stands left of them.
    """

    def __init__(self, key_name: str, name: str, parent: QWidget, *, stacked: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys act through their shortcut
        self.key = self._label("KeyChip", key_name)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = self._label("ActionTitle")
        self.title.setWordWrap(True)
        self.detail = self._label("ActionDetail")
        self.detail.hide()
        self._box = self._stacked() if stacked else self._beside()

    def _stacked(self) -> QVBoxLayout:
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.key)
        top.addStretch(1)
        top.addWidget(self.detail)
        column.addLayout(top)
        column.addWidget(self.title)
        column.addStretch(1)
        return column

    def _beside(self) -> QHBoxLayout:
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 6, 16, 6)
        row.setSpacing(10)
        row.addWidget(self.key, 0, Qt.AlignmentFlag.AlignVCenter)
        column = QVBoxLayout()
        column.setSpacing(0)
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.detail)
        self.detail.setWordWrap(True)
        column.addStretch(1)
        row.addLayout(column, 1)
        self._words = column
        return row

    def center_contents(self) -> None:
        """Chip and words in the middle of a wide button, not at its left edge."""
        row = self._box
        assert isinstance(row, QHBoxLayout)
        row.setStretchFactor(self._words, 0)
        row.insertStretch(0, 1)
        row.addStretch(1)

    def _label(self, name: str, text: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        # The whole button is the touch target; its labels must not swallow the press.
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return label

    def set_texts(self, title: str, detail: str = "") -> None:
        """The button's words, and a second line (hidden when empty)."""
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    # The labels, not the button's own text, decide its size.
    def sizeHint(self) -> QSize:
        return self._box.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self._box.minimumSize().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._box.totalHeightForWidth(width)
