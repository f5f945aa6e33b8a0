"""The setup wizard: touch-sized pages in Indonesian or English, the config written
only when the technician finishes; cancelling leaves the previous config untouched."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from kiosk.clock import Clock
from kiosk.config import StationConfig
from kiosk.domain.text import Lang, Text
from kiosk.paths import Paths
from kiosk.setup_answers import SetupAnswers, answers_from
from ui.setup import setup_strings as s
from ui.setup.hall_page import HallPage
from ui.setup.language_page import LanguagePage
from ui.setup.pin_page import PinPage
from ui.setup.printer_page import PrinterPage
from ui.setup.screen_page import ScreenPage
from ui.setup.server_page import ServerPage
from ui.setup.setup_page import SetupPage, SetupState
from ui.setup.station_page import StationPage
from ui.setup.summary_page import SummaryPage

#: Colours for a test's result; the rest comes from the station's stylesheet.
_STYLE = """
QWizard, QWizardPage { background: #F4F6F8; }
QLabel#SectionText[state="ok"] { color: #1E6B32; font-weight: bold; }
QLabel#SectionText[state="problem"] { color: #A1241B; font-weight: bold; }
"""
_BUTTONS = (
    (QWizard.WizardButton.BackButton, s.BACK, "SecondaryButton"),
    (QWizard.WizardButton.NextButton, s.NEXT, "PrimaryButton"),
    (QWizard.WizardButton.FinishButton, s.FINISH, "PrimaryButton"),
    (QWizard.WizardButton.CancelButton, s.CANCEL, "SecondaryButton"),
)


class SetupWizard(QWizard):
    """Language → role and name → hall → server → printer → screen → admin PIN → summary."""

    def __init__(
        self,
        paths: Paths,
        clock: Clock,
        current: StationConfig | None = None,
        *,
        reason: Text | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        answers = answers_from(current, f"pdf:{paths.prints}")
        enrolled = current.server_url if current and paths.station_token.exists() else None
        self.state = SetupState(
            answers, paths, clock, answers.language, reason, current is not None, enrolled
        )
        self.setObjectName("SetupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setStyleSheet(_STYLE)
        self.language_page = LanguagePage(self.state, self.set_language)
        self.station_page = StationPage(self.state)
        self.hall_page = HallPage(self.state)
        self.server_page = ServerPage(self.state)
        self.printer_page = PrinterPage(self.state)
        self.screen_page = ScreenPage(self.state)
        self.pin_page = PinPage(self.state)
        self.summary_page = SummaryPage(self.state)
        for page in self.pages():
            self.addPage(page)
        self.setSizeGripEnabled(False)
        for which, _words, style in _BUTTONS:
            button = self.button(which)
            button.setObjectName(style)
            button.setMinimumWidth(220)
            button.style().unpolish(button)  # styled by the new name
            button.style().polish(button)
        self.set_language(self.state.lang)

    @property
    def answers(self) -> SetupAnswers:
        """What has been answered so far (written to the config only on finish)."""
        return self.state.answers

    def pages(self) -> list[SetupPage]:
        """The pages in order."""
        return [
            self.language_page,
            self.station_page,
            self.hall_page,
            self.server_page,
            self.printer_page,
            self.screen_page,
            self.pin_page,
            self.summary_page,
        ]

    def set_language(self, lang: Lang) -> None:
        """Show the whole wizard in `lang` at once."""
        self.state.lang = lang
        self.setWindowTitle(s.WINDOW_TITLE.get(lang))
        for which, words, _style in _BUTTONS:
            self.setButtonText(which, words.get(lang))
        for page in self.pages():
            page.set_language(lang)
