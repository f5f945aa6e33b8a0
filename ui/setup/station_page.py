"""The station's role (kiosk, counter, board, survey tablet) and its name."""

from __future__ import annotations

from typing import cast

from kiosk.config import Role
from kiosk.domain.text import Lang
from kiosk.setup_answers import name_problem
from ui.setup import setup_strings as s
from ui.setup.setup_page import SetupPage, SetupState


class StationPage(SetupPage):
    """Four big role choices and a name field."""

    def __init__(self, state: SetupState) -> None:
        super().__init__(state, keyboard=True)
        self.role = self.choices(
            [
                ("kiosk", s.ROLE_KIOSK),
                ("counter", s.ROLE_COUNTER),
                ("display", s.ROLE_DISPLAY),
                ("survey", s.ROLE_SURVEY),
            ]
        )
        self.role.set_value(state.answers.role)
        self.role.picked.connect(self._role_picked)
        self.name_label = self.label("FieldLabel")
        self.name = self.text_field()
        self.name.setMaxLength(80)
        self.name.setText(state.answers.name)
        self.name.textChanged.connect(self._name_changed)
        self.name_help = self.label("FieldHelp")
        self.problem = self.label("FieldError")
        self.finish_body()

    def _role_picked(self, value: str) -> None:
        self.state.answers = self.state.answers.replace(role=cast(Role, value))

    def _name_changed(self, text: str) -> None:
        self.problem.clear()
        self.state.answers = self.state.answers.replace(name=" ".join(text.split()))

    def validatePage(self) -> bool:
        problem = name_problem(self.name.text())
        self.problem.setText(problem.get(self.state.lang) if problem else "")
        return problem is None

    def retranslate(self, lang: Lang) -> None:
        self.heading.setText(s.ROLE_TITLE.get(lang))
        self.hint.setText(s.ROLE_HINT.get(lang))
        self.role.set_language(lang)
        self.name_label.setText(s.NAME_LABEL.get(lang))
        self.name_help.setText(s.NAME_HELP.get(lang))
        problem = name_problem(self.name.text()) if self.problem.text() else None
        self.problem.setText(problem.get(lang) if problem else "")
