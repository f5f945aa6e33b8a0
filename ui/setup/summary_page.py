"""Last page: every answer in plain words; finishing enrols (if asked) and writes the config."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEventLoop, Qt

from kiosk.domain.text import Lang, Text
from kiosk.setup_answers import SetupAnswers
from mpp.setup_actions import Outcome, finish
from ui.setup import setup_strings as s
from ui.setup.setup_page import SetupPage, SetupState
from ui.setup.task import start_task


class SummaryPage(SetupPage):
    """The answers, and the result of saving them when it failed."""

    def __init__(self, state: SetupState) -> None:
        super().__init__(state)
        self.rows = self.label("SectionText")
        self.rows.setTextFormat(Qt.TextFormat.RichText)
        self.result = self.label("SectionText")
        self.finish_body()
        self.outcome: Outcome | None = None

    def initializePage(self) -> None:
        self.outcome = None
        super().initializePage()

    def validatePage(self) -> bool:
        """Save: enrol with the server first (it may take seconds), then write the config.

        The page waits in a local event loop, so the window keeps painting meanwhile.
        """
        self.result.setText(s.SAVING.get(self.state.lang))
        self.wizard().setEnabled(False)
        loop = QEventLoop(self)
        state = self.state
        answers = state.answers
        task = start_task(lambda: finish(state.paths, answers, state.clock), self._saved)
        self._loop = loop
        loop.exec()
        task.wait()  # the wizard may close at once: let the thread end first
        self.wizard().setEnabled(True)
        outcome = self.outcome
        assert outcome is not None
        self.show_result(self.result, outcome.message, outcome.ok)
        return outcome.ok

    def _saved(self, outcome: object) -> None:
        assert isinstance(outcome, Outcome)
        self.outcome = outcome
        self._loop.quit()

    def retranslate(self, lang: Lang) -> None:
        self.heading.setText(s.SUMMARY_TITLE.get(lang))
        self.hint.setText(s.SUMMARY_HINT.get(lang))
        self.rows.setText(_table(summary_lines(self.state.answers), lang))
        if self.outcome is not None:
            self.show_result(self.result, self.outcome.message, self.outcome.ok)
        else:
            self.result.clear()


def summary_lines(answers: SetupAnswers) -> list[tuple[Text, Text]]:
    """One line per answer: what a technician checks before saving."""

    def row(label: Text, value: Text | str) -> tuple[Text, Text]:
        return label, value if isinstance(value, Text) else Text(value, value)

    if answers.server_url and answers.enrol_code:
        server: Text | str = s.fill(s.WILL_ENROL, url=answers.server_url)
    else:
        server = answers.server_url or s.OFFLINE
    screen = [row(s.ORIENTATION, _orientation(answers))]
    if answers.role in ("kiosk", "survey"):
        screen.append(row(s.IDLE, s.fill(s.SECONDS, n=answers.idle_seconds)))
    if answers.role == "kiosk":
        screen.append(row(s.TEXT_SIZE, s.TEXT_LARGE if answers.large_text else s.TEXT_NORMAL))
    if answers.role == "display":
        screen.append(row(s.ANNOUNCE, _announce(answers)))
    return [
        row(s.LANGUAGE, s.LANGUAGE_NAMES[answers.language]),
        row(s.ROLE, s.ROLE_WORDS[answers.role]),
        row(s.NAME, answers.name),
        row(s.CATALOGUE, str(answers.catalogue_file) if answers.catalogue_file else s.BUILT_IN),
        row(s.MODE, s.YES_DEMO if answers.demo else s.NO_DEMO),
        row(s.SERVER, server),
        row(s.PRINTER_TITLE, f"{answers.printer} · {answers.paper_mm} mm · {answers.code_page}"),
        *screen,
        row(s.PIN_TITLE, s.PIN_SET if answers.admin_pin_hash else s.PIN_NOT_SET),
    ]


def _table(rows: list[tuple[Text, Text]], lang: Lang) -> str:
    """The answers as a two-column table: the question in bold, the answer beside it."""
    cells = "".join(
        f"<tr><td style='padding:6px 32px 6px 0'><b>{escape(label.get(lang))}</b></td>"
        f"<td style='padding:6px 0'>{escape(value.get(lang))}</td></tr>"
        for label, value in rows
    )
    return f"<table>{cells}</table>"


def _orientation(answers: SetupAnswers) -> Text:
    return {
        "auto": s.ORIENT_AUTO,
        "landscape": s.ORIENT_LANDSCAPE,
        "portrait-left": s.ORIENT_LEFT,
        "portrait-right": s.ORIENT_RIGHT,
    }[answers.orientation]


def _announce(answers: SetupAnswers) -> Text:
    return {"voice": s.ANNOUNCE_VOICE, "chime": s.ANNOUNCE_CHIME, "off": s.ANNOUNCE_OFF}[
        answers.announce
    ]
