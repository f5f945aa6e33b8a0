"""Complaints, the last look before sending: every answer with "Ubah", the contact masked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from kiosk.domain.complaint import ComplaintInvalid, check_contact
from kiosk.station import Station
from ui.feedback import strings
from ui.feedback.complaint_ticket_screen import ticket_number_of
from ui.feedback.drafts import ComplaintDraft
from ui.feedback.feedback_page import FeedbackPage
from ui.feedback.problem_line import ProblemLine
from ui.navigator import Navigator

#: The steps "Ubah" can return to, in the order of the flow.
STEPS = ("agency", "category", "text", "contact", "ticket")


class ComplaintReviewScreen(FeedbackPage):
    """`change_requested(step)` for "Ubah"; `send` to file the complaint."""

    change_requested = Signal(str)
    send = Signal()

    def __init__(
        self, station: Station, navigator: Navigator, parent: QWidget, draft: ComplaintDraft
    ) -> None:
        super().__init__(station, navigator, parent)
        self.draft = draft
        rows = QGridLayout()
        rows.setHorizontalSpacing(24)
        rows.setVerticalSpacing(16)
        rows.setColumnStretch(1, 1)
        self.body.addLayout(rows)
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.change_buttons: dict[str, QPushButton] = {}
        for row, step in enumerate(STEPS):
            name, value = self.label("FieldLabel", add=False), self.label("SectionText", add=False)
            button = QPushButton(self.content)
            button.setObjectName("SecondaryButton")
            button.clicked.connect(self._changer(step))
            rows.addWidget(name, row, 0)
            rows.addWidget(value, row, 1)
            rows.addWidget(button, row, 2)
            self.names[step], self.values[step], self.change_buttons[step] = name, value, button
        self.error = ProblemLine(self.content, self.body)
        self.body.addStretch(1)
        self.send_button = self.action("PrimaryButton", self.send.emit)

    def _changer(self, step: str) -> Callable[[], None]:
        def change() -> None:
            self.change_requested.emit(step)

        return change

    def on_enter(self) -> None:
        self.error.problem = None
        super().on_enter()

    def _shown(self) -> dict[str, str]:
        lang, draft = self.lang, self.draft
        agency = self.station.catalogues.current().agency(draft.agency_code or "")
        not_given = strings.NOT_GIVEN.get(lang)
        return {
            "agency": agency.name.get(lang) if agency else not_given,
            "category": draft.category.label.get(lang) if draft.category else not_given,
            "text": draft.text.strip(),
            "contact": _masked(draft.contact) or not_given,
            "ticket": ticket_number_of(draft.ticket) if draft.ticket else not_given,
        }

    def refresh(self) -> None:
        lang = self.lang
        self.title.setText(strings.REVIEW_TITLE.get(lang))
        self.hint.setText(strings.REVIEW_HINT.get(lang))
        words = {
            "agency": strings.AGENCY,
            "category": strings.CATEGORY,
            "text": strings.COMPLAINT_TEXT,
            "contact": strings.CONTACT,
            "ticket": strings.TICKET,
        }
        for step, value in self._shown().items():
            self.names[step].setText(words[step].get(lang))
            self.values[step].setText(value)
            self.change_buttons[step].setText(strings.CHANGE.get(lang))
        self.send_button.setText(strings.SEND_COMPLAINT.get(lang))
        self.error.relabel(lang)


def _masked(contact: str) -> str:
    """A contact as the screen may show it; never in full."""
    try:
        checked = check_contact(contact)
    except ComplaintInvalid:
        return ""
    return checked.masked if checked else ""
