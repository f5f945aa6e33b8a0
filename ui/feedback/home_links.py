"""The survey and complaints on Home: two buttons along the bottom, below the agencies.

Quieter than the agency cards on purpose (a citizen comes to take a ticket first), but
big enough for a touch and with a face that says "rate us" at a glance.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from kiosk.domain.text import Lang
from ui.feedback import strings
from ui.feedback.faces import face_pixmap

ICON_SIZE = 48
GAP = "\u2002"


class FeedbackLinks(QFrame):
    """ "Survei kepuasan" and "Pengaduan"; `survey_requested`, `complaint_requested`."""

    survey_requested = Signal()
    complaint_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("FeedbackLinks")
        row = QHBoxLayout(self)
        row.setContentsMargins(40, 12, 40, 12)
        row.setSpacing(16)
        self.survey_button = self._button(row, self.survey_requested.emit)
        self.survey_button.setIcon(QIcon(face_pixmap(4, ICON_SIZE)))
        self.complaint_button = self._button(row, self.complaint_requested.emit)
        self.complaint_button.setIcon(QIcon(face_pixmap(2, ICON_SIZE)))
        self.set_language("id")

    def _button(self, row: QHBoxLayout, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName("FeedbackLink")
        button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        button.clicked.connect(slot)
        row.addWidget(button, 1)
        return button

    def set_language(self, lang: Lang) -> None:
        """Words in `lang`."""
        # One short line each: the buttons share a portrait screen's width. The en space
        # keeps the words off the face (a button has no icon spacing of its own).
        self.survey_button.setText(GAP + strings.SURVEY_BUTTON.get(lang))
        self.survey_button.setAccessibleDescription(strings.SURVEY_BUTTON_DETAIL.get(lang))
        self.complaint_button.setText(GAP + strings.COMPLAINT_BUTTON.get(lang))
        self.complaint_button.setAccessibleDescription(strings.COMPLAINT_BUTTON_DETAIL.get(lang))
