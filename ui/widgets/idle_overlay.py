"""The warning laid over the whole window before an idle reset."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kiosk.domain.text import Lang
from ui import strings


class IdleOverlay(QFrame):
    """ "Masih di sana?" with a countdown; a touch anywhere on it is the answer."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("IdleOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        outer = QVBoxLayout(self)
        card = QFrame(self)
        card.setObjectName("IdleCard")
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout(card)
        column.setContentsMargins(48, 40, 48, 40)
        column.setSpacing(16)
        self.title = QLabel(card)
        self.title.setObjectName("ScreenTitle")
        self.hint = QLabel(card)
        self.hint.setObjectName("QueueLine")
        self.countdown = QLabel(card)
        self.countdown.setObjectName("TicketNumber")
        for label in (self.title, self.hint, self.countdown):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)
        self.hide()

    def show_seconds(self, seconds: int, lang: Lang) -> None:
        """Show (or update) the warning."""
        self.title.setText(strings.IDLE_TITLE.get(lang))
        self.hint.setText(
            f"{strings.IDLE_HINT.get(lang)} {strings.back_home_in(seconds).get(lang)}"
        )
        self.countdown.setText(str(seconds))
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # The touch only wakes the kiosk; it must not press what lies underneath.
        event.accept()
