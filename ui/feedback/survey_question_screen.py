"""One of the nine questions: four big faces with the regulation's words for this element.

A touch answers and, after a moment to see the choice, moves on by itself; coming back
(Back) shows the answer given, and "Lanjut" keeps it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.domain.ikm import ELEMENTS
from kiosk.station import Station
from ui.feedback import strings
from ui.feedback.drafts import SurveyDraft
from ui.feedback.feedback_page import FeedbackPage
from ui.feedback.progress_steps import ProgressSteps
from ui.feedback.scale_button import ScaleButton
from ui.feedback.skm_words import QUESTIONS
from ui.navigator import Navigator

#: How long the chosen face shows as chosen before the next question.
MOVE_ON_MS = 450
#: Below this width the four answers are two by two; with this much height, bigger.
ONE_ROW = 1200
BIG_ROOM = 1400


class SurveyQuestionScreen(FeedbackPage):
    """Question `index` (0 … 8) of the draft; `answered(index)` once it has an answer."""

    answered = Signal(int)

    def __init__(
        self,
        station: Station,
        navigator: Navigator,
        parent: QWidget,
        draft: SurveyDraft,
        index: int,
    ) -> None:
        super().__init__(station, navigator, parent)
        self.draft = draft
        self.index = index
        self.element = ELEMENTS[index]
        self.words = QUESTIONS[self.element.code]
        self.step = self.label("QuestionStep")
        self.body.insertWidget(0, self.step)
        self.progress = ProgressSteps(len(ELEMENTS), self.content)
        self.body.insertWidget(1, self.progress)
        self._grid = QGridLayout()
        self._grid.setSpacing(16)
        self.body.addLayout(self._grid)
        self.body.addStretch(1)
        self.choices = [ScaleButton(level, self.content) for level in (1, 2, 3, 4)]
        for button in self.choices:
            button.clicked.connect(self._chooser(button.level))
        self._lay_out(1920)
        self.note = self.action_note()
        self.next_button = self.action("PrimaryButton", self._next, stretch=0)
        self.next_button.setMinimumWidth(320)
        self._move_on = QTimer(self)
        self._move_on.setSingleShot(True)
        self._move_on.setInterval(MOVE_ON_MS)
        self._move_on.timeout.connect(self._next)

    def _chooser(self, level: int) -> Callable[[], None]:
        def choose() -> None:
            self.choose(level)

        return choose

    def choose(self, level: int) -> None:
        """Answer with `level` (1–4), then move on after a moment."""
        self.draft.scores[self.index] = level
        self.refresh()
        self._move_on.start()

    def _next(self) -> None:
        self._move_on.stop()
        if self.draft.scores[self.index] is not None:
            self.answered.emit(self.index)

    def _lay_out(self, width: int) -> None:
        columns = 4 if width >= ONE_ROW else 2
        for i, button in enumerate(self.choices):
            self._grid.addWidget(button, i // columns, i % columns)
            button.set_big(columns == 2 and self.height() >= BIG_ROOM)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._lay_out(event.size().width())
        super().resizeEvent(event)

    def on_leave(self) -> None:
        self._move_on.stop()
        super().on_leave()

    def refresh(self) -> None:
        lang, draft = self.lang, self.draft
        chosen = draft.scores[self.index]
        number = strings.question_of(self.index + 1, len(ELEMENTS)).get(lang)
        self.step.setText(f"{number}  ·  {self.element.name.get(lang)}")
        self.progress.show_step(self.index, [s is not None for s in draft.scores])
        self.title.setText(self.words.question.get(lang))
        ticket = draft.ticket
        rated = strings.rating_for(ticket.service_name, ticket.number) if ticket else None
        self.hint.setText(rated.get(lang) if rated else "")
        for button, words in zip(self.choices, self.words.answers, strict=True):
            button.set_words(words.get(lang))
            button.setChecked(button.level == chosen)
        self.note.setText(strings.TOUCH_AN_ANSWER.get(lang))
        self.next_button.setText(strings.NEXT.get(lang))
        self.next_button.setEnabled(chosen is not None)
