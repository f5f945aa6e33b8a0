"""Complaints, done: the tracking number huge, the slip printing (or a note to write the
number down when the printer fails), the contact masked, and where to check the status."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.domain.text import Text
from kiosk.services.complaint_service import FiledComplaint
from kiosk.station import Station
from mpp.complaint_slip import SlipOutcome
from ui.feedback import strings
from ui.feedback.feedback_page import FeedbackPage
from ui.navigator import Navigator
from ui.widgets.cards import set_style_name
from ui.widgets.labels import add_label


class ComplaintFiledScreen(FeedbackPage):
    """Shows one filed complaint; `slip(outcome)` when the printer has answered."""

    def __init__(self, station: Station, navigator: Navigator, parent: QWidget) -> None:
        super().__init__(station, navigator, parent)
        self.header.back_button.hide()  # sent: there is nothing to go back to
        self.filed: FiledComplaint | None = None
        self.outcome: SlipOutcome | None = None
        panel = QFrame(self.content)
        panel.setObjectName("TicketPanel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(8)
        self.caption = add_label(panel, column, "TicketCaption")
        self.tracking = add_label(panel, column, "TrackingNumber")
        self.about = add_label(panel, column, "TicketService")
        self.when = add_label(panel, column, "TicketFact")
        self.contact = add_label(panel, column, "TicketFact")
        self.body.addWidget(panel)
        self.paper = self.label("SlipPrinting")
        self.check_here = self.label("SectionText")
        self.body.addStretch(1)
        self.done_button = self.action("PrimaryButton", navigator.home)

    def show_filed(self, filed: FiledComplaint) -> None:
        """A complaint just filed; its slip is printing."""
        self.filed, self.outcome = filed, None
        self.refresh()

    def slip(self, outcome: SlipOutcome) -> None:
        """How the slip printed."""
        self.outcome = outcome
        self.refresh()

    def clear(self) -> None:
        """Nothing on show (idle, the next citizen)."""
        self.filed, self.outcome = None, None
        self.refresh()

    def _paper(self) -> tuple[Text, str]:
        if self.outcome is None:
            return strings.SLIP_PRINTING, "SlipPrinting"
        if self.outcome.ok:
            return strings.SLIP_PRINTED, "SlipPrinted"
        return strings.slip_failed(self.outcome.message), "SlipFailed"

    def refresh(self) -> None:
        lang, filed = self.lang, self.filed
        self.title.setText(strings.FILED_TITLE.get(lang))
        self.hint.setText("")
        self.hint.hide()
        self.caption.setText(strings.TRACKING_CAPTION.get(lang))
        self.tracking.setText(filed.tracking_shown if filed else "")
        if filed is not None:
            self.about.setText(f"{filed.agency_name.get(lang)} · {filed.category.label.get(lang)}")
            when = strings.date_and_time(filed.filed_at)
            self.when.setText(strings.filed_at(when).get(lang))
            masked = filed.contact_masked
            self.contact.setText(
                (strings.answer_goes_to(masked) if masked else strings.NO_CONTACT).get(lang)
            )
        words, style = self._paper()
        self.paper.setText(words.get(lang))
        set_style_name(self.paper, style)
        self.check_here.setText(strings.CHECK_HERE.get(lang))
        self.done_button.setText(strings.DONE.get(lang))
