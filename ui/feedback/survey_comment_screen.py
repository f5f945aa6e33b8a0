"""The optional suggestion (saran), on the on-screen keyboard, then "Kirim penilaian".

The comment is the citizen's free text and may hold anything, so it is personal data: it
lives in this field and the draft until the answer is sent or the kiosk is left, never in
a log; the service seals it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.domain.survey import MAX_COMMENT
from kiosk.station import Station
from ui.feedback import strings
from ui.feedback.drafts import SurveyDraft
from ui.feedback.feedback_page import FeedbackPage
from ui.feedback.problem_line import ProblemLine
from ui.navigator import Navigator
from ui.widgets.text_area import TextArea


class SurveyCommentScreen(FeedbackPage):
    """Emits `send` when the citizen sends the rating (with or without a comment)."""

    send = Signal()

    def __init__(
        self, station: Station, navigator: Navigator, parent: QWidget, draft: SurveyDraft
    ) -> None:
        super().__init__(station, navigator, parent, keyboard=True)
        self.draft = draft
        self.comment = TextArea(MAX_COMMENT, self.content)
        self.comment.setMinimumHeight(200)
        self.comment.length_changed.connect(self._typed)
        self.body.addWidget(self.comment)
        self.count = self.label("FieldNote")
        self.error = ProblemLine(self.content, self.body)
        self.body.addStretch(1)
        self.send_button = self.action("PrimaryButton", self._send)
        assert self.keyboard is not None
        self.keyboard.submitted.connect(self.done_typing)

    def _typed(self, length: int) -> None:
        self.draft.comment = self.comment.text()
        self.count.setText(strings.letters_used(length, MAX_COMMENT).get(self.lang))

    def _send(self) -> None:
        self.done_typing()
        self.draft.comment = self.comment.text()
        self.send.emit()

    def clear(self) -> None:
        """An empty field (the draft is emptied by the flow)."""
        self.comment.set_text("")
        self.error.say(None, self.lang)
        self.done_typing()

    def on_enter(self) -> None:
        if self.comment.text() != self.draft.comment:
            self.comment.set_text(self.draft.comment)
        super().on_enter()

    def refresh(self) -> None:
        lang = self.lang
        self.title.setText(strings.COMMENT_TITLE.get(lang))
        self.hint.setText(strings.COMMENT_HINT.get(lang))
        self.comment.setPlaceholderText(strings.WRITE_HERE.get(lang))
        self.count.setText(strings.letters_used(len(self.comment.text()), MAX_COMMENT).get(lang))
        self.send_button.setText(strings.SEND_RATING.get(lang))
        self.error.relabel(lang)
