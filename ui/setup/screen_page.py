"""Screen orientation, and what the role needs: idle time and text size (kiosk),
announcements (board)."""

from __future__ import annotations

from typing import cast

from kiosk.config import Announce, Orientation
from kiosk.domain.text import Lang
from ui.setup import setup_strings as s
from ui.setup.setup_page import SetupPage, SetupState

IDLE_CHOICES = (30, 60, 90, 120)


class ScreenPage(SetupPage):
    """Big choices only; the rows a role does not use are hidden."""

    def __init__(self, state: SetupState) -> None:
        super().__init__(state)
        self.orientation_label = self.label("FieldLabel")
        self.orientation = self.choices(
            [
                ("auto", s.ORIENT_AUTO),
                ("landscape", s.ORIENT_LANDSCAPE),
                ("portrait-left", s.ORIENT_LEFT),
                ("portrait-right", s.ORIENT_RIGHT),
            ]
        )
        self.idle_label = self.label("FieldLabel")
        self.idle = self.choices(
            [(str(n), s.fill(s.SECONDS, n=n)) for n in IDLE_CHOICES], across=True
        )
        self.text_label = self.label("FieldLabel")
        self.text_size = self.choices(
            [("normal", s.TEXT_NORMAL), ("large", s.TEXT_LARGE)], across=True
        )
        self.announce_label = self.label("FieldLabel")
        self.announce = self.choices(
            [("voice", s.ANNOUNCE_VOICE), ("chime", s.ANNOUNCE_CHIME), ("off", s.ANNOUNCE_OFF)]
        )
        self.finish_body()
        self.orientation.picked.connect(self._changed)
        self.idle.picked.connect(self._changed)
        self.text_size.picked.connect(self._changed)
        self.announce.picked.connect(self._changed)

    def initializePage(self) -> None:
        answers = self.state.answers
        self.orientation.set_value(answers.orientation)
        idle = min(IDLE_CHOICES, key=lambda n: abs(n - answers.idle_seconds))
        self.idle.set_value(str(idle))
        self.text_size.set_value("large" if answers.large_text else "normal")
        self.announce.set_value(answers.announce)
        kiosk, board = answers.role == "kiosk", answers.role == "display"
        for widget in (self.text_label, self.text_size):
            widget.setVisible(kiosk)
        for widget in (self.idle_label, self.idle):  # the survey tablet resets on idle too
            widget.setVisible(kiosk or answers.role == "survey")
        for widget in (self.announce_label, self.announce):
            widget.setVisible(board)
        super().initializePage()
        self._changed()

    def _changed(self) -> None:
        self.state.answers = self.state.answers.replace(
            orientation=cast(Orientation, self.orientation.value or "auto"),
            idle_seconds=int(self.idle.value or 60),
            large_text=self.text_size.value == "large",
            announce=cast(Announce, self.announce.value or "voice"),
        )

    def retranslate(self, lang: Lang) -> None:
        self.heading.setText(s.SCREEN_TITLE.get(lang))
        self.hint.setText(s.SCREEN_HINT.get(lang))
        self.orientation_label.setText(s.ORIENTATION.get(lang))
        self.idle_label.setText(s.IDLE.get(lang))
        self.text_label.setText(s.TEXT_SIZE.get(lang))
        self.announce_label.setText(s.ANNOUNCE.get(lang))
        for group in (self.orientation, self.idle, self.text_size, self.announce):
            group.set_language(lang)
