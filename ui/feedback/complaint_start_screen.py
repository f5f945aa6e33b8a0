"""Complaints: make a new one, or check one with its tracking number."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget

from kiosk.station import Station
from ui.feedback import strings
from ui.feedback.choice_card import ChoiceCard
from ui.feedback.feedback_page import FeedbackPage
from ui.navigator import Navigator

#: Big enough to read as the two ways on, not as a list.
CARD_HEIGHT = 180
SIDE_BY_SIDE = 1200


class ComplaintStartScreen(FeedbackPage):
    """Two big choices: `new_requested`, `status_requested`."""

    new_requested = Signal()
    status_requested = Signal()

    def __init__(self, station: Station, navigator: Navigator, parent: QWidget) -> None:
        super().__init__(station, navigator, parent)
        self.new_card = ChoiceCard("new", self.content)
        self.new_card.clicked.connect(self.new_requested)
        self.status_card = ChoiceCard("status", self.content)
        self.status_card.clicked.connect(self.status_requested)
        self._cards = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._cards.setSpacing(24)
        for card in (self.new_card, self.status_card):
            card.setMinimumHeight(CARD_HEIGHT)
            self._cards.addWidget(card, 1)
        self.body.addLayout(self._cards)
        self.private = self.label("PrivacyNote")
        self.body.addStretch(1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= SIDE_BY_SIDE
        self._cards.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)

    def refresh(self) -> None:
        lang = self.lang
        self.title.setText(strings.COMPLAINT_TITLE.get(lang))
        self.hint.setText(strings.COMPLAINT_INTRO.get(lang))
        self.new_card.set_texts(
            strings.NEW_COMPLAINT.get(lang), strings.NEW_COMPLAINT_DETAIL.get(lang)
        )
        self.status_card.set_texts(
            strings.CHECK_COMPLAINT.get(lang), strings.CHECK_COMPLAINT_DETAIL.get(lang)
        )
        self.private.setText(strings.CONTACT_PRIVATE.get(lang))
