"""A ticket as the screen shows it: the number huge, where to go, who is ahead, the QR."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.text import Lang
from kiosk.domain.ticket import PriorityClass
from kiosk.services.dto import TicketView
from ui import strings
from ui.widgets.labels import add_label
from ui.widgets.qr_view import QrView


class TicketPanel(QFrame):
    """Number and facts on the left, the ticket's QR on the right."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("TicketPanel")
        row = QHBoxLayout(self)
        row.setContentsMargins(32, 24, 32, 24)
        row.setSpacing(32)
        facts = QVBoxLayout()
        facts.setSpacing(8)
        self.caption = self._label("TicketCaption", facts)
        self.number = self._label("TicketNumber", facts)
        self.service = self._label("TicketService", facts)
        self.priority = self._label("TicketPriority", facts)
        self.priority.setWordWrap(False)  # a badge as wide as its words, not the panel
        facts.setAlignment(self.priority, Qt.AlignmentFlag.AlignLeft)
        self.place = self._label("TicketFact", facts)
        self.ahead = self._label("TicketFact", facts)
        self.wait = self._label("TicketFact", facts)
        facts.addStretch(1)
        row.addLayout(facts, 1)
        self.qr = QrView(self)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignVCenter)

    def _label(self, name: str, column: QVBoxLayout) -> QLabel:
        return add_label(self, column, name)

    def show_ticket(self, ticket: TicketView, catalogue: Catalogue, lang: Lang) -> None:
        """Fill the panel in `lang`."""
        agency = catalogue.agency(ticket.agency_code)
        self.caption.setText(strings.YOUR_NUMBER.get(lang))
        self.number.setText(ticket.number)
        self.service.setText(ticket.service_name.get(lang))
        label = PriorityClass(ticket.priority).label.get(lang) if ticket.priority else ""
        self.priority.setText(label)
        self.priority.setVisible(bool(label))
        self.place.setText(strings.go_to(agency.location.get(lang)).get(lang) if agency else "")
        self.ahead.setText(strings.people_ahead(ticket.people_ahead).get(lang))
        self.wait.setText(strings.estimated_wait(ticket.estimated_wait_minutes).get(lang))
        if self.qr.payload != ticket.qr_payload:
            self.qr.set_payload(ticket.qr_payload)
