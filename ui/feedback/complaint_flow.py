"""The complaint screens and the way through them at the kiosk.

Start → agency → category → text → contact (optional) → ticket (optional) → review →
filed (the tracking number, the slip printing); or start → status lookup. Filing is local
and fast (`station.complaints.file`); the slip prints and the status is looked up off the
GUI thread. What was typed is forgotten once the complaint is filed or the citizen is
anywhere else (Home, idle).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget

from kiosk.domain.complaint import Category
from kiosk.services.complaint_service import ComplaintNotAccepted
from kiosk.station import Station
from mpp.complaint_slip import SlipOutcome
from printers import Printer
from ui.feedback.complaint_agency_screen import ComplaintAgencyScreen
from ui.feedback.complaint_category_screen import ComplaintCategoryScreen
from ui.feedback.complaint_contact_screen import ComplaintContactScreen
from ui.feedback.complaint_filed_screen import ComplaintFiledScreen
from ui.feedback.complaint_review_screen import ComplaintReviewScreen
from ui.feedback.complaint_start_screen import ComplaintStartScreen
from ui.feedback.complaint_status_screen import ComplaintStatusScreen
from ui.feedback.complaint_text_screen import ComplaintTextScreen
from ui.feedback.complaint_ticket_screen import ComplaintTicketScreen
from ui.feedback.drafts import ComplaintDraft
from ui.feedback.feedback_worker import FeedbackWorker
from ui.navigator import Navigator, Screen


class ComplaintFlow(QObject):
    """Builds the complaint screens on `navigator`; `begin()` shows the first."""

    def __init__(
        self,
        station: Station,
        navigator: Navigator,
        stack: QStackedWidget,
        printer: Printer | None,
    ) -> None:
        super().__init__(stack)
        self.station = station
        self.navigator = navigator
        self.draft = ComplaintDraft()
        self.worker = FeedbackWorker(station, printer, self)
        self.start = ComplaintStartScreen(station, navigator, stack)
        self.agency = ComplaintAgencyScreen(station, navigator, stack)
        self.category = ComplaintCategoryScreen(station, navigator, stack, self.draft)
        self.text = ComplaintTextScreen(station, navigator, stack, self.draft)
        self.contact = ComplaintContactScreen(station, navigator, stack, self.draft)
        self.ticket = ComplaintTicketScreen(station, navigator, stack, self.draft)
        self.review = ComplaintReviewScreen(station, navigator, stack, self.draft)
        self.filed = ComplaintFiledScreen(station, navigator, stack)
        self.status = ComplaintStatusScreen(station, navigator, stack)
        self.screens: tuple[Screen, ...] = (
            self.start,
            self.agency,
            self.category,
            self.text,
            self.contact,
            self.ticket,
            self.review,
            self.filed,
            self.status,
        )
        navigator.add(*self.screens)
        self._connect()

    def _connect(self) -> None:
        self.start.new_requested.connect(self._new)
        self.start.status_requested.connect(self._status)
        self.agency.chosen.connect(self._agency_chosen)
        self.category.chosen.connect(self._category_chosen)
        self.text.finished.connect(self._to_contact)
        self.contact.finished.connect(self._to_ticket)
        self.ticket.finished.connect(self._to_review)
        self.review.change_requested.connect(self._change)
        self.review.send.connect(self._send)
        self.status.lookup_requested.connect(self.worker.look_up)
        self.worker.looked_up.connect(self.status.show_lookup)
        self.worker.slip_printed.connect(self._slip_printed)
        self.navigator.shown.connect(self._shown)

    def begin(self) -> None:
        """Show the first screen (new complaint or status), with nothing entered."""
        self.clear()
        self.navigator.go(self.start)

    def clear(self) -> None:
        """Forget everything typed and shown."""
        self.draft.clear()
        for page in (self.text, self.contact, self.ticket, self.status, self.filed):
            page.clear()

    def _new(self) -> None:
        self.clear()
        self.navigator.go(self.agency)

    def _status(self) -> None:
        self.status.clear()
        self.navigator.go(self.status)

    def _agency_chosen(self, code: str) -> None:
        self.draft.agency_code = code
        self.navigator.go(self.category)

    def _category_chosen(self, category: Category) -> None:
        self.draft.category = category
        self.navigator.go(self.text)

    def _to_contact(self) -> None:
        self.navigator.go(self.contact)

    def _to_ticket(self) -> None:
        self.navigator.go(self.ticket)

    def _to_review(self) -> None:
        self.navigator.go(self.review)

    def _change(self, step: str) -> None:
        """Back through the history to the page of `step` (its answer kept)."""
        steps: dict[str, Screen] = {
            "agency": self.agency,
            "category": self.category,
            "text": self.text,
            "contact": self.contact,
            "ticket": self.ticket,
        }
        target = steps[step]
        while self.navigator.current() not in (target, self.start, None):
            before = self.navigator.current()
            self.navigator.back()
            if self.navigator.current() is before:
                break

    def _send(self) -> None:
        draft = self.draft
        if draft.agency_code is None or draft.category is None:
            return  # not reachable through the screens
        try:
            filed = self.station.complaints.file(
                draft.agency_code,
                draft.category,
                draft.text,
                draft.contact or None,
                draft.ticket or None,
            )
        except ComplaintNotAccepted as refused:
            self.review.error.say(refused.message, self.review.lang)
            return
        self.clear()  # the text and the contact are filed: nothing stays on screen
        self.filed.show_filed(filed)
        self.navigator.go(self.filed)
        self.worker.print_slip(filed, self.navigator.lang)

    def _slip_printed(self, outcome: SlipOutcome) -> None:
        if self.filed.filed is not None:
            self.filed.slip(outcome)

    def _shown(self, screen: Screen) -> None:
        if screen not in self.screens:
            self.clear()
