"""Complaints, step 2: what it is about, as six big choices."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from kiosk.domain.complaint import Category
from kiosk.station import Station
from ui.feedback import strings
from ui.feedback.drafts import ComplaintDraft
from ui.feedback.feedback_page import FeedbackPage
from ui.navigator import Navigator


class ComplaintCategoryScreen(FeedbackPage):
    """`chosen(Category)` on a touch; the draft's category shows as chosen on coming back."""

    chosen = Signal(object)

    def __init__(
        self, station: Station, navigator: Navigator, parent: QWidget, draft: ComplaintDraft
    ) -> None:
        super().__init__(station, navigator, parent)
        self.draft = draft
        self._grid = QGridLayout()
        self._grid.setSpacing(16)
        self.body.addLayout(self._grid)
        self.body.addStretch(1)
        self.buttons: dict[Category, QPushButton] = {}
        for category in Category:
            button = QPushButton(self.content)
            button.setObjectName("ChoiceButton")
            button.setCheckable(True)
            button.clicked.connect(self._chooser(category))
            self.buttons[category] = button
        self._lay_out(1920)

    def _chooser(self, category: Category) -> Callable[[], None]:
        def choose() -> None:
            self.chosen.emit(category)

        return choose

    def _lay_out(self, width: int) -> None:
        columns = 2 if width >= 900 else 1
        for index, button in enumerate(self.buttons.values()):
            self._grid.addWidget(button, index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._lay_out(event.size().width())
        super().resizeEvent(event)

    def refresh(self) -> None:
        lang = self.lang
        self.title.setText(strings.CATEGORY_TITLE.get(lang))
        self.hint.setText(strings.CATEGORY_HINT.get(lang))
        for category, button in self.buttons.items():
            button.setText(category.label.get(lang))
            button.setChecked(category is self.draft.category)
