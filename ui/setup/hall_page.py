"""The hall's catalogue (built in or a file) and demo or service mode."""

from __future__ import annotations

from pathlib import Path

from kiosk.domain.text import Lang, Text
from mpp.setup_actions import Outcome, check_catalogue
from ui.setup import setup_strings as s
from ui.setup.setup_page import SetupPage, SetupState


class HallPage(SetupPage):
    """Which catalogue the station starts with, checked before it is kept."""

    def __init__(self, state: SetupState) -> None:
        super().__init__(state, keyboard=True)
        self.source = self.choices([("built-in", s.CATALOGUE_BUILT_IN), ("file", s.CATALOGUE_FILE)])
        self.path_label = self.label("FieldLabel")
        self.path = self.text_field()
        self.check_button = self.button(self.check)
        self.result = self.label("SectionText")
        self.mode = self.choices([("service", s.REAL_MODE), ("demo", s.DEMO_MODE)])
        self.finish_body()
        answers = state.answers
        self.source.set_value("file" if answers.catalogue_file else "built-in")
        self.path.setText(str(answers.catalogue_file or ""))
        self.mode.set_value("demo" if answers.demo else "service")
        self._outcome: Outcome | None = None
        self.source.picked.connect(self._source_picked)
        self.mode.picked.connect(self._mode_picked)
        self.path.textChanged.connect(self._path_changed)
        self._show_path()

    def _source_picked(self, _value: str) -> None:
        self._outcome = None
        self._show_path()
        self.check()

    def _mode_picked(self, value: str) -> None:
        self.state.answers = self.state.answers.replace(demo=value == "demo")

    def _path_changed(self) -> None:
        self._outcome = None
        self.result.clear()

    def _show_path(self) -> None:
        from_file = self.source.value == "file"
        for widget in (self.path_label, self.path, self.check_button):
            widget.setVisible(from_file)

    def _chosen(self) -> Path | None:
        if self.source.value != "file":
            return None
        text = self.path.text().strip()
        return Path(text).expanduser() if text else Path()

    def check(self) -> bool:
        """Read the chosen catalogue and say which hall it is for; False if it cannot be used."""
        path = self._chosen()
        if path == Path():
            self._outcome = Outcome(
                False, Text("Isi lokasi berkasnya.", "Enter the file's location.")
            )
        else:
            self._outcome = check_catalogue(path)
        self._show_outcome()
        if self._outcome.ok:
            self.state.answers = self.state.answers.replace(catalogue_file=path)
        return self._outcome.ok

    def _show_outcome(self) -> None:
        outcome = self._outcome
        self.show_result(
            self.result, outcome.message if outcome else None, bool(outcome and outcome.ok)
        )

    def initializePage(self) -> None:
        super().initializePage()
        if self._outcome is None:
            self.check()

    def validatePage(self) -> bool:
        return self.check()

    def retranslate(self, lang: Lang) -> None:
        self.heading.setText(s.HALL_TITLE.get(lang))
        self.hint.setText(s.HALL_HINT.get(lang))
        self.source.set_language(lang)
        self.mode.set_language(lang)
        self.path_label.setText(s.CATALOGUE_PATH.get(lang))
        self.check_button.setText(s.CHECK_FILE.get(lang))
        self._show_outcome()
