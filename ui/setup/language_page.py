"""First page: the language of the wizard and of the station; why setup opened."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.domain.text import Lang
from ui.setup import setup_strings as s
from ui.setup.setup_page import SetupPage, SetupState


class LanguagePage(SetupPage):
    """Bahasa Indonesia or English; switching changes the wizard at once."""

    def __init__(self, state: SetupState, switch: Callable[[Lang], None]) -> None:
        super().__init__(state)
        self.why = self.label("SectionText")
        self.language = self.choices(
            [("id", s.LANGUAGE_NAMES["id"]), ("en", s.LANGUAGE_NAMES["en"])], across=True
        )
        self.language.set_value(state.answers.language)
        self._switch = switch
        self.language.picked.connect(self._picked)
        self.finish_body()

    def _picked(self, value: str) -> None:
        lang: Lang = "en" if value == "en" else "id"
        self.state.answers = self.state.answers.replace(language=lang)
        self._switch(lang)

    def retranslate(self, lang: Lang) -> None:
        self.heading.setText(s.LANGUAGE_TITLE.get(lang))
        self.hint.setText(s.LANGUAGE_HINT.get(lang))
        self.language.buttons["id"].setText("Bahasa Indonesia")
        self.language.buttons["en"].setText("English")
        self.why.setText(self._why(lang))

    def _why(self, lang: Lang) -> str:
        if self.state.reason is not None:
            return self.state.reason.get(lang)
        return (s.RERUN if self.state.rerun else s.FIRST_START).get(lang)
