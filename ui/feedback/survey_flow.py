"""The survey's screens and the way through them, for the kiosk and for the survey tablet.

Ticket → nine questions → profile (optional) → comment (optional) → thanks. The answer is
written once, at the end, through `station.surveys.answer` (local and fast). Whatever was
entered is forgotten as soon as the citizen is anywhere else (Home, idle), so the next one
never finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget

from kiosk.services.survey_service import SurveyNotAccepted, SurveyTicket
from kiosk.station import Station
from ui.feedback.drafts import SurveyDraft
from ui.feedback.survey_comment_screen import SurveyCommentScreen
from ui.feedback.survey_entry_screen import SurveyEntryScreen
from ui.feedback.survey_profile_screen import SurveyProfileScreen
from ui.feedback.survey_question_screen import SurveyQuestionScreen
from ui.feedback.survey_thanks_screen import SurveyThanksScreen
from ui.navigator import Navigator, Screen


class SurveyFlow(QObject):
    """Builds the survey's screens on `navigator`; `begin()` shows the first."""

    def __init__(
        self,
        station: Station,
        navigator: Navigator,
        stack: QStackedWidget,
        *,
        tablet: bool = False,
    ) -> None:
        super().__init__(stack)
        self.station = station
        self.navigator = navigator
        self.draft = SurveyDraft()
        self.entry = SurveyEntryScreen(station, navigator, stack, tablet=tablet)
        self.questions = [
            SurveyQuestionScreen(station, navigator, stack, self.draft, index)
            for index in range(len(self.draft.scores))
        ]
        self.profile = SurveyProfileScreen(station, navigator, stack, self.draft)
        self.comment = SurveyCommentScreen(station, navigator, stack, self.draft)
        self.thanks = SurveyThanksScreen(station, navigator, stack, tablet=tablet)
        self.screens: tuple[Screen, ...] = (
            self.entry,
            *self.questions,
            self.profile,
            self.comment,
            self.thanks,
        )
        navigator.add(*self.screens)
        self.entry.accepted.connect(self._rate)
        for question in self.questions:
            question.answered.connect(self._answered)
        self.profile.finished.connect(self._to_comment)
        self.comment.send.connect(self._send)
        navigator.shown.connect(self._shown)

    def begin(self) -> None:
        """Show the ticket screen, with nothing entered."""
        self.clear()
        self.navigator.go(self.entry)

    def clear(self) -> None:
        """Forget the ticket, the answers, the profile and the comment."""
        self.draft.clear()
        self.entry.clear()
        self.comment.clear()

    def _rate(self, ticket: SurveyTicket) -> None:
        self.draft.start(ticket)
        self.comment.clear()
        self.navigator.go(self.questions[0])

    def _answered(self, index: int) -> None:
        later = self.questions[index + 1 :]
        self.navigator.go(later[0] if later else self.profile)

    def _to_comment(self) -> None:
        self.navigator.go(self.comment)

    def _send(self) -> None:
        draft = self.draft
        if draft.ticket is None:  # cannot happen through the screens; start again
            self.navigator.replace(self.entry)
            return
        try:
            self.station.surveys.answer(
                draft.ticket.ticket_id, draft.scores, draft.respondent(), draft.comment
            )
        except SurveyNotAccepted as refused:
            if refused.reason is None:  # something to fix on this page (the comment)
                self.comment.error.say(refused.message, self.comment.lang)
                return
            self.thanks.show_result(refused.message)
        else:
            self.thanks.show_result(None)
        self.clear()
        self.navigator.go(self.thanks)

    def _shown(self, screen: Screen) -> None:
        if screen not in self.screens:
            self.clear()
