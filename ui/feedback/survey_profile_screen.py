"""About the respondent, all optional: age group, sex, education, occupation as fixed choices.

A touch chooses, a second touch on the same choice undoes it; "Lewati" leaves every question
unanswered, "Lanjut" keeps what was chosen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from kiosk.domain.survey import PROFILE_QUESTIONS, Choice
from kiosk.domain.text import Text
from kiosk.station import Station
from ui.feedback import strings
from ui.feedback.drafts import SurveyDraft
from ui.feedback.feedback_page import FeedbackPage
from ui.navigator import Navigator

#: Choices per row by window width.
WIDE, NARROW = 3, 2
ROW_WIDTH = 1200


class SurveyProfileScreen(FeedbackPage):
    """Emits `finished` (skipped or not); the answers are in the draft's profile."""

    finished = Signal()

    def __init__(
        self, station: Station, navigator: Navigator, parent: QWidget, draft: SurveyDraft
    ) -> None:
        super().__init__(station, navigator, parent)
        self.draft = draft
        self.questions: list[tuple[str, Text, QLabel]] = []
        self.buttons: dict[str, list[QPushButton]] = {}
        self._grids: list[QGridLayout] = []
        for name, label, kind in PROFILE_QUESTIONS:
            heading = self.label("FieldLabel")
            self.questions.append((name, label, heading))
            grid = QGridLayout()
            grid.setSpacing(16)
            self.body.addLayout(grid)
            self._grids.append(grid)
            self.buttons[name] = [self._choice(name, choice) for choice in kind]
        self.body.addStretch(1)
        self._lay_out(1920)
        self.skip_button = self.action("SecondaryButton", self._skip)
        self.next_button = self.action("PrimaryButton", self.finished.emit)

    def _choice(self, name: str, choice: Choice) -> QPushButton:
        button = QPushButton(self.content)
        button.setObjectName("ChoiceButton")
        button.setCheckable(True)
        button.setProperty("value", choice.value)
        button.clicked.connect(self._picker(name, choice))
        return button

    def _picker(self, name: str, choice: Choice) -> Callable[[], None]:
        def pick() -> None:
            again = self.draft.profile.get(name) == choice.value
            self.draft.profile[name] = None if again else choice.value
            self.refresh()

        return pick

    def _skip(self) -> None:
        for name in self.draft.profile:
            self.draft.profile[name] = None
        self.refresh()
        self.finished.emit()

    def _lay_out(self, width: int) -> None:
        columns = WIDE if width >= ROW_WIDTH else NARROW
        for (name, _, _), grid in zip(self.questions, self._grids, strict=True):
            for i, button in enumerate(self.buttons[name]):
                grid.addWidget(button, i // columns, i % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._lay_out(event.size().width())
        super().resizeEvent(event)

    def refresh(self) -> None:
        lang = self.lang
        self.title.setText(strings.PROFILE_TITLE.get(lang))
        self.hint.setText(strings.PROFILE_HINT.get(lang))
        for name, label, heading in self.questions:
            heading.setText(label.get(lang))
            kind = next(k for n, _, k in PROFILE_QUESTIONS if n == name)
            for button in self.buttons[name]:
                value = str(button.property("value"))
                button.setText(kind(value).label.get(lang))
                button.setChecked(self.draft.profile.get(name) == value)
        self.skip_button.setText(strings.SKIP.get(lang))
        self.next_button.setText(strings.NEXT.get(lang))
