"""A ticket that did not print: the number and QR on screen, keep it or cancel it.

No phantom tickets: the number waits only if the citizen says they have noted
it; no answer within `ANSWER_SECONDS` cancels it (staff can restore it).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QWidget

from kiosk.domain.text import Text
from kiosk.services.dto import TicketView
from kiosk.station import Station
from ui import strings
from ui.kiosk.page import PageScreen
from ui.navigator import Navigator
from ui.widgets.ticket_panel import TicketPanel

ANSWER_SECONDS = 60
#: Narrower than this, the answer buttons are stacked.
STACK_BELOW_WIDTH = 1300


class PrintFailedScreen(PageScreen):
    """Offers keep, cancel and retry; counts down to cancelling."""

    retry_requested = Signal(object)  # TicketView

    def __init__(self, station: Station, navigator: Navigator, parent: QWidget) -> None:
        super().__init__(station, navigator, parent)
        self.ticket: TicketView | None = None
        self.printer_message: Text | None = None
        self.answer: Text | None = None
        self.problem = self.label("StateClosed")
        # The choices come before the ticket so they are on screen without scrolling.
        self.choice_row = QHBoxLayout()
        self.choice_row.setSpacing(16)
        self.body.addLayout(self.choice_row)
        self.keep_button = self.button("PrimaryButton", self._keep, self.choice_row)
        self.retry_button = self.button("SecondaryButton", self._retry, self.choice_row)
        self.cancel_button = self.button("DangerButton", self._cancel, self.choice_row)
        self.done_button = self.button("PrimaryButton", navigator.home, self.choice_row)
        self.countdown = self.label("ScreenHint")
        self.panel = TicketPanel(self.content)
        self.body.addWidget(self.panel)
        self.body.addStretch(1)
        self._left = ANSWER_SECONDS
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Three long answers side by side only where they fit; stacked on a portrait screen.
        wide = self.width() >= STACK_BELOW_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        self.choice_row.setDirection(direction)
        super().resizeEvent(event)

    def failed(self, ticket: TicketView, printer_message: Text) -> None:
        """Show a ticket whose print failed and start the countdown."""
        self.ticket, self.printer_message, self.answer = ticket, printer_message, None
        self._left = ANSWER_SECONDS
        self._timer.start()
        self.refresh()

    def _keep(self) -> None:
        if self.ticket is not None:
            self.ticket = self.station.printing.keep(self.ticket.id)
            self._answered(strings.KEPT)

    def _cancel(self) -> None:
        if self.ticket is not None:
            self.station.tickets.cancel(self.ticket.id)
            self._answered(strings.CANCELLED)

    def _retry(self) -> None:
        if self.ticket is not None:
            self._timer.stop()
            self.retry_requested.emit(self.ticket)

    def _answered(self, answer: Text) -> None:
        self._timer.stop()
        self.answer = answer
        self.refresh()

    def _tick(self) -> None:
        self._left -= 1
        if self._left > 0:
            self.countdown.setText(strings.cancels_in(self._left).get(self.lang))
            return
        self._cancel()
        self.navigator.home()

    def on_leave(self) -> None:
        # Leaving without an answer (Home, Back, idle) is no answer: the number is cancelled.
        if self.ticket is not None and self.answer is None and self._timer.isActive():
            self._cancel()
        self._timer.stop()
        super().on_leave()

    def refresh(self) -> None:
        if self.ticket is None:
            return
        lang = self.lang
        waiting = self.answer is None
        self.title.setText(strings.PRINT_FAILED_TITLE.get(lang))
        self.hint.setText(strings.PRINT_FAILED_HINT.get(lang) if waiting else "")
        message = self.answer or self.printer_message
        self.problem.setText(message.get(lang) if message else "")
        self.panel.show_ticket(self.ticket, self.station.catalogues.current(), lang)
        self.panel.setVisible(self.answer is not strings.CANCELLED)
        for button, text in (
            (self.keep_button, strings.KEEP_NUMBER),
            (self.retry_button, strings.RETRY_PRINT),
            (self.cancel_button, strings.CANCEL_NUMBER),
        ):
            button.setText(text.get(lang))
            button.setVisible(waiting)
        self.done_button.setText(strings.DONE.get(lang))
        self.done_button.setVisible(not waiting)
        self.countdown.setVisible(waiting)
        self.countdown.setText(strings.cancels_in(self._left).get(lang))
