"""After "take a ticket": printing, then the number (or why no ticket could be issued)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.domain.text import Text
from kiosk.services.dto import TicketView
from kiosk.station import Station
from ui import strings
from ui.feedback import strings as feedback_strings
from ui.kiosk.page import PageScreen
from ui.navigator import Navigator
from ui.widgets.ticket_panel import TicketPanel

#: Seconds the number stays on screen before the kiosk is ready for the next citizen.
SHOW_SECONDS = 30


class Phase(Enum):
    """What the screen shows."""

    PRINTING = "printing"
    PRINTED = "printed"
    REFUSED = "refused"


class TicketScreen(PageScreen):
    """Shows the printing, then the ticket; Home by itself after `SHOW_SECONDS`."""

    def __init__(self, station: Station, navigator: Navigator, parent: QWidget) -> None:
        super().__init__(station, navigator, parent)
        self.phase = Phase.PRINTING
        self.ticket: TicketView | None = None
        self.reason: Text | None = None
        # Done and the countdown come first so they are on screen without scrolling.
        actions = QHBoxLayout()
        actions.setSpacing(24)
        self.done = QPushButton(self.content)
        self.done.setObjectName("PrimaryButton")
        self.done.clicked.connect(navigator.home)
        self.countdown = QLabel(self.content)
        self.countdown.setObjectName("ScreenHint")
        actions.addWidget(self.done, 1)
        actions.addWidget(self.countdown, 1)
        self.body.addLayout(actions)
        self.panel = TicketPanel(self.content)
        self.body.addWidget(self.panel)
        self.requirements = self.label("SectionText")
        self.survey_note = self.label("SurveyNote")
        self.body.addStretch(1)
        self._left = SHOW_SECONDS
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    def printing(self) -> None:
        """A ticket is being issued and printed."""
        self._set(Phase.PRINTING, None, None)

    def printed(self, ticket: TicketView) -> None:
        """The ticket printed: show it, then go Home by itself."""
        self._set(Phase.PRINTED, ticket, None)
        self._left = SHOW_SECONDS
        self._timer.start()

    def refused(self, reason: Text) -> None:
        """No ticket could be issued; say why."""
        self._set(Phase.REFUSED, None, reason)

    def _set(self, phase: Phase, ticket: TicketView | None, reason: Text | None) -> None:
        self.phase, self.ticket, self.reason = phase, ticket, reason
        self._timer.stop()
        self.refresh()

    def _tick(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self._timer.stop()
            self.navigator.home()
            return
        self.countdown.setText(strings.back_home_in(self._left).get(self.lang))

    def on_leave(self) -> None:
        self._timer.stop()
        super().on_leave()

    def refresh(self) -> None:
        lang = self.lang
        printed = self.phase is Phase.PRINTED and self.ticket is not None
        self.panel.setVisible(printed)
        self.requirements.setVisible(printed)
        self.survey_note.setVisible(printed)
        self.survey_note.setText(feedback_strings.SURVEY_AFTER_TICKET.get(lang))
        self.countdown.setVisible(printed)
        self.done.setVisible(self.phase is not Phase.PRINTING)
        self.done.setText(strings.DONE.get(lang))
        if self.phase is Phase.PRINTING:
            self.title.setText(strings.PRINTING.get(lang))
            self.hint.setText("")
        elif self.phase is Phase.REFUSED and self.reason is not None:
            self.title.setText(strings.TICKET_ERROR.get(lang))
            self.hint.setText(self.reason.get(lang))
        elif self.ticket is not None:
            self._show_ticket(self.ticket)

    def _show_ticket(self, ticket: TicketView) -> None:
        lang = self.lang
        catalogue = self.station.catalogues.current()
        self.title.setText(strings.PRINTED.get(lang))
        self.hint.setText(strings.TAKE_PAPER.get(lang))
        self.panel.show_ticket(ticket, catalogue, lang)
        service = catalogue.service(ticket.service_code)
        needs = service.standard.requirements if service else ()
        lines = [strings.BRING.get(lang), *(f"•  {r.get(lang)}" for r in needs)]
        self.requirements.setText("\n".join(lines))
        self.countdown.setText(strings.back_home_in(self._left).get(lang))
