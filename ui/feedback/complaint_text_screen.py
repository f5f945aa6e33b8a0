"""Complaints, step 3: the complaint in the citizen's words (10–1000 characters).

The text is personal: it stays in this field and the draft until the complaint is sent or
the kiosk is left, is never logged, and the service seals it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.domain.complaint import TEXT_LENGTH, ComplaintInvalid, clean_text
from kiosk.station import Station
from ui.feedback import strings
from ui.feedback.drafts import ComplaintDraft
from ui.feedback.feedback_page import FeedbackPage
from ui.feedback.problem_line import ProblemLine
from ui.navigator import Navigator
from ui.widgets.text_area import TextArea


class ComplaintTextScreen(FeedbackPage):
    """Emits `finished` once the text is long enough (and not too long)."""

    finished = Signal()

    def __init__(
        self, station: Station, navigator: Navigator, parent: QWidget, draft: ComplaintDraft
    ) -> None:
        super().__init__(station, navigator, parent, keyboard=True)
        self.draft = draft
        self.text = TextArea(TEXT_LENGTH[1], self.content)
        self.text.setMinimumHeight(240)
        self.text.length_changed.connect(self._typed)
        self.body.addWidget(self.text)
        self.count = self.label("FieldNote")
        self.error = ProblemLine(self.content, self.body)
        self.body.addStretch(1)
        self.next_button = self.action("PrimaryButton", self._next)
        assert self.keyboard is not None
        self.keyboard.submitted.connect(self.done_typing)

    def _typed(self, length: int) -> None:
        self.draft.text = self.text.text()
        if self.error.problem is not None and length >= TEXT_LENGTH[0]:
            self.error.say(None, self.lang)
        self._count()

    def _count(self) -> None:
        least, most = TEXT_LENGTH
        used = len(self.text.text().strip())
        self.count.setText(strings.letters_needed(used, least, most).get(self.lang))

    def _next(self) -> None:
        try:
            clean_text(self.text.text())
        except ComplaintInvalid as invalid:
            self.error.say(invalid.message, self.lang)
            return
        self.done_typing()
        self.draft.text = self.text.text()
        self.finished.emit()

    def clear(self) -> None:
        """An empty field (the draft is emptied by the flow)."""
        self.text.set_text("")
        self.error.say(None, self.lang)
        self.done_typing()

    def on_enter(self) -> None:
        if self.text.text() != self.draft.text:
            self.text.set_text(self.draft.text)
        super().on_enter()

    def refresh(self) -> None:
        lang = self.lang
        self.title.setText(strings.TEXT_TITLE.get(lang))
        self.hint.setText(strings.TEXT_HINT.get(lang))
        self.text.setPlaceholderText(strings.WRITE_HERE.get(lang))
        self._count()
        self.next_button.setText(strings.NEXT.get(lang))
        self.error.relabel(lang)
