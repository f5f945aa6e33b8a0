"""The hall's server: address and one-time code, tested before going on; or offline."""

from __future__ import annotations

from typing import cast

from kiosk.config import Role
from kiosk.domain.text import Lang, Text
from kiosk.setup_answers import clean_server_url, server_url_problem
from mpp.setup_actions import Outcome, check_server
from ui.setup import setup_strings as s
from ui.setup.setup_page import SetupPage, SetupState
from ui.setup.task import start_task


class ServerPage(SetupPage):
    """ "Test" reaches the server and checks the code without using it; each failure is said."""

    def __init__(self, state: SetupState) -> None:
        super().__init__(state, keyboard=True)
        self.mode = self.choices(
            [("server", s.USE_SERVER), ("offline", s.WORK_OFFLINE)], across=True
        )
        self.enrolled = self.label("SectionText")
        self.url_label = self.label("FieldLabel")
        self.url = self.text_field()
        self.url_help = self.label("FieldHelp")
        self.code_label = self.label("FieldLabel")
        self.code = self.text_field()
        self.code.setMaxLength(20)
        self.code_help = self.label("FieldHelp")
        self.test_button = self.button(self.test)
        self.result = self.label("SectionText")
        self.finish_body()
        self._outcome: Outcome | None = None
        self._tested: tuple[str, str] | None = None
        self._testing = False
        answers = state.answers
        self.url.setText(answers.server_url or "")
        self.mode.set_value("server" if answers.server_url else "offline")
        self.mode.picked.connect(self._mode_picked)
        self.url.textChanged.connect(self._typed)
        self.code.textChanged.connect(self._typed)
        self._show_mode()

    @property
    def _offline(self) -> bool:
        return self.mode.value != "server"

    def _keeps_enrolment(self) -> bool:
        """Re-run on an enrolled station with the same address and no new code."""
        url = clean_server_url(self.url.text())
        return (
            bool(self.state.enrolled_url)
            and url == self.state.enrolled_url
            and not self.code.text().strip()
        )

    def _mode_picked(self, _value: str) -> None:
        self._show_mode()
        self.completeChanged.emit()

    def _typed(self) -> None:
        self._outcome = None
        self.result.clear()
        self.completeChanged.emit()

    def _show_mode(self) -> None:
        online = not self._offline
        for widget in (
            self.url_label,
            self.url,
            self.url_help,
            self.code_label,
            self.code,
            self.code_help,
            self.test_button,
            self.result,
        ):
            widget.setVisible(online)
        self.enrolled.setVisible(online and bool(self.state.enrolled_url))

    def test(self) -> None:
        """Check the address, then ask the server about the code (in the background)."""
        problem = server_url_problem(self.url.text())
        if problem is not None:
            self._outcome = Outcome(False, problem)
            self._show_outcome()
            return
        if self._keeps_enrolment():
            self._outcome = Outcome(
                True, s.fill(s.ENROLLED_ALREADY, url=self.state.enrolled_url or "")
            )
            self._show_outcome()
            self.completeChanged.emit()
            return
        url, code = clean_server_url(self.url.text()), self.code.text().strip()
        if not code:
            self._outcome = Outcome(
                False, Text("Isi kode pendaftarannya.", "Enter the enrolment code.")
            )
            self._show_outcome()
            return
        self._testing = True
        self.test_button.setEnabled(False)
        self.show_busy(self.result, s.TESTING)
        start_task(lambda: check_server(url, code), self._tested_result)
        self._tested = (url, code)

    def _tested_result(self, outcome: object) -> None:
        assert isinstance(outcome, Outcome)
        self._testing = False
        self.test_button.setEnabled(True)
        self._outcome = outcome
        if outcome.ok and outcome.station is not None:
            name, role = outcome.station
            if role == "kiosk" and self.state.answers.role == "survey":
                role = "survey"  # the server knows a survey tablet as a kiosk (docs/feedback.md)
            self.state.answers = self.state.answers.replace(name=name, role=cast(Role, role))
            words = s.fill(s.ROLE_FROM_SERVER, name=name, role=s.ROLE_WORDS.get(role, role))
            outcome = Outcome(True, s.joined(outcome.message, words))
            self._outcome = outcome
        self._show_outcome()
        self.scroll_area.ensureWidgetVisible(self.result)
        self.completeChanged.emit()

    def _show_outcome(self) -> None:
        outcome = self._outcome
        self.show_result(
            self.result, outcome.message if outcome else None, bool(outcome and outcome.ok)
        )

    def isComplete(self) -> bool:
        if self._offline:
            return True
        return self._outcome is not None and self._outcome.ok and not self._testing

    def validatePage(self) -> bool:
        answers = self.state.answers
        if self._offline:
            self.state.answers = answers.replace(server_url=None, enrol_code=None)
            return True
        url = clean_server_url(self.url.text())
        code = None if self._keeps_enrolment() else self.code.text().strip()
        self.state.answers = answers.replace(server_url=url, enrol_code=code)
        return True

    def retranslate(self, lang: Lang) -> None:
        self.heading.setText(s.SERVER_TITLE.get(lang))
        self.hint.setText(s.SERVER_HINT.get(lang))
        self.mode.set_language(lang)
        self.url_label.setText(s.URL_LABEL.get(lang))
        self.url_help.setText(s.URL_HELP.get(lang))
        self.code_label.setText(s.CODE_LABEL.get(lang))
        self.code_help.setText(s.CODE_HELP.get(lang))
        self.test_button.setText(s.TEST.get(lang))
        if self.state.enrolled_url:
            self.enrolled.setText(s.fill(s.ENROLLED_ALREADY, url=self.state.enrolled_url).get(lang))
        if self._testing:
            self.show_busy(self.result, s.TESTING)
        else:
            self._show_outcome()
