"""The end of the survey: thanks (or why the answer could not be kept), then back by itself."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QWidget

from kiosk.domain.text import Text
from kiosk.station import Station
from ui import strings as kiosk_strings
from ui.feedback import strings
from ui.feedback.faces import face_pixmap
from ui.feedback.feedback_page import FeedbackPage, centred
from ui.navigator import Navigator

#: Seconds the thanks stay before the screen is ready for the next citizen.
SHOW_SECONDS = 15


class SurveyThanksScreen(FeedbackPage):
    """Thanks, or the refusal; "Selesai" (or the countdown) returns to the start."""

    def __init__(
        self, station: Station, navigator: Navigator, parent: QWidget, *, tablet: bool = False
    ) -> None:
        super().__init__(station, navigator, parent)
        self.tablet = tablet
        self.header.back_button.hide()  # the answer is sent: nothing to go back to
        self.problem: Text | None = None
        self.picture = centred(self.label("Picture"))
        self.body.insertWidget(0, self.picture)
        self.body.insertStretch(0, 1)  # the thanks in the middle of the page
        self.title.setAlignment(self.picture.alignment())
        self.hint.setAlignment(self.picture.alignment())
        self.body.addStretch(1)
        self.countdown = self.action_note()
        self.done_button = self.action("PrimaryButton", navigator.home)
        self._left = SHOW_SECONDS
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    def show_result(self, problem: Text | None) -> None:
        """The answer was kept (None), or why it was not."""
        self.problem = problem
        self.picture.setPixmap(face_pixmap(2 if problem else 4, 160))
        self.refresh()

    def on_enter(self) -> None:
        super().on_enter()
        self._left = SHOW_SECONDS
        self._timer.start()
        self._show_countdown()

    def on_leave(self) -> None:
        self._timer.stop()
        super().on_leave()

    def hideEvent(self, event: QHideEvent) -> None:
        # Also when the whole window goes (shutdown) with the thanks on show: no countdown
        # may go on behind a closed window and touch a closed store.
        self._timer.stop()
        super().hideEvent(event)

    def _tick(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self._timer.stop()
            self.navigator.home()
            return
        self._show_countdown()

    def _show_countdown(self) -> None:
        words = strings.back_in if self.tablet else kiosk_strings.back_home_in
        self.countdown.setText(words(self._left).get(self.lang))

    def refresh(self) -> None:
        lang = self.lang
        if self.problem is None:
            self.title.setText(strings.THANKS_TITLE.get(lang))
            self.hint.setText(strings.THANKS_HINT.get(lang))
        else:
            self.title.setText(strings.NOT_SAVED_TITLE.get(lang))
            self.hint.setText(self.problem.get(lang))
        self.done_button.setText(strings.DONE.get(lang))
        self._show_countdown()
