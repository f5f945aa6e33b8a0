"""The admin PIN, typed twice on the number pad and kept only as a slow hash."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from kiosk.domain.admin_pin import hash_pin
from kiosk.domain.text import Lang
from kiosk.setup_answers import pin_problem
from ui.setup import setup_strings as s
from ui.setup.setup_page import SetupPage, SetupState


class PinPage(SetupPage):
    """Two PIN fields; on a re-run both may stay empty to keep the current PIN."""

    def __init__(self, state: SetupState) -> None:
        super().__init__(state, keyboard=True)
        self.new_label = self.label("FieldLabel")
        self.new = self._pin_field()
        self.again_label = self.label("FieldLabel")
        self.again = self._pin_field()
        self.keep = self.label("FieldHelp")
        self.problem = self.label("FieldError")
        self.finish_body()

    def _pin_field(self) -> QLineEdit:
        field = self.text_field(digits=True)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(8)
        field.textChanged.connect(self._typed)
        return field

    def _typed(self) -> None:
        self.problem.clear()

    def _keeps_current(self) -> bool:
        return (
            bool(self.state.answers.admin_pin_hash)
            and not self.new.text()
            and not self.again.text()
        )

    def validatePage(self) -> bool:
        if self._keeps_current():
            return True
        problem = pin_problem(self.new.text(), self.again.text())
        if problem is not None:
            self.new.clear()
            self.again.clear()
            self.problem.setText(problem.get(self.state.lang))  # after the clearing
            self.new.setFocus()
            return False
        self.state.answers = self.state.answers.replace(admin_pin_hash=hash_pin(self.new.text()))
        self.new.clear()
        self.again.clear()
        return True

    def retranslate(self, lang: Lang) -> None:
        self.heading.setText(s.PIN_TITLE.get(lang))
        self.hint.setText(s.PIN_HINT.get(lang))
        self.new_label.setText(s.PIN_NEW.get(lang))
        self.again_label.setText(s.PIN_AGAIN.get(lang))
        self.keep.setText(s.PIN_KEEP.get(lang))
        self.keep.setVisible(bool(self.state.answers.admin_pin_hash))
        self.problem.clear()
