"""The admin PIN pad of every role: a hidden field, what the last PIN got, the number pad.

The PIN is checked by the station's `AdminService`, whose lock-out grows with each
wrong PIN and survives a restart. A PIN never stays in the field, right or wrong.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from kiosk.domain.text import Lang
from kiosk.services.admin_service import PinAnswer
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.labels import add_label

#: From this width the number pad goes beside the field (a landscape screen has no
#: height to spare for both under each other).
SIDE_BY_SIDE = 1000


class PinPad(QWidget):
    """Checks the PIN typed (on screen or on a keyboard) with `check`; `accepted` when right.

    The field and what the last PIN got sit beside the number pad when wide, above it
    when narrow.
    """

    accepted = Signal()

    def __init__(self, check: Callable[[str], PinAnswer], parent: QWidget) -> None:
        super().__init__(parent)
        self._check = check
        self.lang: Lang = "id"
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(24)
        column = QVBoxLayout()
        column.setSpacing(16)
        self._box.addLayout(column, 1)
        self.field = QLineEdit(self)
        self.field.setObjectName("PinField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(8)
        self.field.setProperty("keyboard", "digits")
        column.addWidget(self.field)
        self.answer: QLabel = add_label(self, column, "StateClosed")
        self.answer.hide()
        column.addStretch(1)
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.attach(self.field)
        self.keyboard.submitted.connect(self.submit)
        self.field.returnPressed.connect(self.submit)
        self._box.addWidget(self.keyboard, 1)

    def clear(self) -> None:
        """An empty field and no answer, ready for the next PIN."""
        self.field.clear()
        self._say("")

    def _say(self, text: str) -> None:
        self.answer.setText(text)
        self.answer.setVisible(bool(text))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = self.width() >= SIDE_BY_SIDE
        way = QBoxLayout.Direction
        self._box.setDirection(way.LeftToRight if wide else way.TopToBottom)

    def set_language(self, lang: Lang) -> None:
        """Label the keys in `lang` (the answer shown stays until the next PIN)."""
        self.lang = lang
        self.keyboard.set_language(lang)

    def submit(self) -> None:
        """Check the PIN typed so far."""
        result = self._check(self.field.text())
        self.field.clear()
        if result.ok:
            self._say("")
            self.accepted.emit()
        else:
            self._say(result.message.get(self.lang))
