"""Complaints, step 5 (optional): the ticket the complaint is about, typed or scanned."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk.domain.text import Text
from kiosk.domain.ticket_token import PREFIX as QR_PREFIX
from kiosk.station import Station
from ui.counter.number_sheet import normalise_number
from ui.counter.scan_catcher import ScanCatcher
from ui.feedback import strings
from ui.feedback.drafts import ComplaintDraft
from ui.feedback.feedback_page import FeedbackPage
from ui.feedback.problem_line import ProblemLine
from ui.navigator import Navigator

NUMBER_LENGTH = 16
NOT_A_NUMBER = Text(
    "Ini bukan nomor antrean. Ketik nomor seperti pada tiket, mis. A1-012, atau lewati.",
    "This is not a queue number. Type it as printed on the ticket, e.g. A1-012, or skip.",
)


def ticket_number_of(entered: str) -> str:
    """The number a draft's ticket shows: typed as is; a scanned QR's own number (checked
    against the hall key only when the complaint is filed)."""
    if entered.startswith(QR_PREFIX + "."):
        parts = entered.split(".")
        return parts[2] if len(parts) > 2 else entered[:12]
    return entered


class ComplaintTicketScreen(FeedbackPage):
    """Emits `finished` with the ticket (or none) in the draft."""

    finished = Signal()

    def __init__(
        self, station: Station, navigator: Navigator, parent: QWidget, draft: ComplaintDraft
    ) -> None:
        super().__init__(station, navigator, parent, keyboard=True)
        self.draft = draft
        self.number = QLineEdit(self.content)
        self.number.setObjectName("FieldInput")
        self.number.setMaxLength(NUMBER_LENGTH)
        self.number.setProperty("keyboard", "letters")
        self.number.textEdited.connect(self._typed)
        self.number.returnPressed.connect(self._next)
        self.body.addWidget(self.number)
        self.scanned = self.label("SectionTitle")
        self.error = ProblemLine(self.content, self.body)
        self.body.addStretch(1)
        self.skip_button = self.action("SecondaryButton", self._skip)
        self.next_button = self.action("PrimaryButton", self._next)
        assert self.keyboard is not None
        self.keyboard.submitted.connect(self._next)
        self._scans: ScanCatcher | None = None

    def _typed(self) -> None:
        self.draft.ticket = ""  # a typed number replaces a scanned ticket
        self.error.say(None, self.lang)
        self.refresh()

    def _scan(self, text: str) -> None:
        self.number.clear()
        self.draft.ticket = text.strip()
        self.error.say(None, self.lang)
        self.refresh()

    def _next(self) -> None:
        typed = normalise_number(self.number.text())
        if typed:
            prefix, _, digits = typed.rpartition("-")
            if not prefix or not digits.isdigit():
                self.error.say(NOT_A_NUMBER, self.lang)
                return
            self.draft.ticket = typed
        self.done_typing()
        self.finished.emit()

    def _skip(self) -> None:
        self.clear()
        self.finished.emit()

    def clear(self) -> None:
        """No ticket."""
        self.draft.ticket = ""
        self.number.clear()
        self.error.say(None, self.lang)
        self.done_typing()
        self.refresh()

    def on_enter(self) -> None:
        super().on_enter()
        if self._scans is None:
            self._scans = ScanCatcher(self.window())
            self._scans.scanned.connect(self._scan)
        self._scans.start()

    def on_leave(self) -> None:
        if self._scans is not None:
            self._scans.stop()
        super().on_leave()

    def refresh(self) -> None:
        lang = self.lang
        self.title.setText(strings.TICKET_TITLE.get(lang))
        self.hint.setText(strings.TICKET_HINT.get(lang))
        self.number.setPlaceholderText(strings.NUMBER_PLACEHOLDER.get(lang))
        scanned = self.draft.ticket.startswith(QR_PREFIX + ".")
        self.scanned.setVisible(scanned)
        if scanned:
            self.scanned.setText(
                strings.ticket_scanned(ticket_number_of(self.draft.ticket)).get(lang)
            )
        self.skip_button.setText(strings.SKIP.get(lang))
        self.next_button.setText(strings.NEXT.get(lang))
        self.error.relabel(lang)
