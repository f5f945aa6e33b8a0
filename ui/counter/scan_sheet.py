"""What a scan found: the ticket, with Call (Enter) when it can come here; or the refusal."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.text import Text
from kiosk.domain.ticket import IN_QUEUE
from kiosk.services.dto import TicketView
from ui.counter import strings
from ui.counter.desk_state import ACTIVE
from ui.counter.desk_style import DeskMetrics
from ui.counter.sheet import Sheet
from ui.widgets.labels import add_label
from ui.widgets.restyle import set_style_state

#: A ticket in these states can be called to this counter from a scan.
CALLABLE = frozenset(s.value for s in IN_QUEUE)


def can_call(ticket: TicketView, counter: int) -> bool:
    """A waiting ticket (not meant for another counter), or one held here."""
    if ticket.status == "held":
        return ticket.counter_number == counter
    return ticket.status in CALLABLE and ticket.target_counter in (None, counter)


class ScanSheet(Sheet):
    """Emits `call_requested(id)` or `bring_up_requested(id)`; shows a refusal plainly."""

    call_requested = Signal(str)
    bring_up_requested = Signal(str)
    card_width = 700

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.ticket: TicketView | None = None
        self.catalogue: Catalogue | None = None
        self.counter = 0
        self.refusal: Text | None = None
        self._offer = False  # something can be done with what was scanned
        row = QHBoxLayout()
        row.setSpacing(20)
        self.mark = QLabel("!", self.card)
        self.mark.setObjectName("RefusedMark")
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        self.number = QLabel(self.card)
        self.number.setObjectName("SheetNumber")
        row.addWidget(self.number)
        self.message = add_label(self.card, None, "SheetResult")
        set_style_state(self.message, "kind", "error")
        row.addWidget(self.message, 1, Qt.AlignmentFlag.AlignVCenter)
        self.body.addLayout(row)
        self.unchanged = add_label(self.card, self.body, "SheetHint")
        self.service = add_label(self.card, self.body, "CurrentService")
        self.state = add_label(self.card, self.body, "CurrentFacts")
        self.apply_metrics(self.metrics)

    def apply_metrics(self, m: DeskMetrics) -> None:
        super().apply_metrics(m)
        self.mark.setFixedSize(m.px(64), m.px(64))

    def show_ticket(self, ticket: TicketView, counter: int, catalogue: Catalogue) -> None:
        """Open with a scanned ticket and what can be done with it here."""
        self.ticket, self.counter, self.catalogue, self.refusal = ticket, counter, catalogue, None
        here = ticket.counter_number == counter and ticket.status in ACTIVE
        self._offer = here or can_call(ticket, counter)
        self.confirm_button.setVisible(self._offer)
        self.confirm_button.setEnabled(self._offer)
        self.open_sheet()

    def show_refusal(self, reason: Text) -> None:
        """Open with the reason a scan was refused; nothing can be done but close."""
        self.ticket, self.refusal, self._offer = None, reason, False
        self.confirm_button.hide()
        self.confirm_button.setEnabled(False)
        self.open_sheet()

    def set_calling(self, calling: bool) -> None:
        """No second call while one is on its way."""
        if self._offer:
            self.confirm_button.setEnabled(not calling)

    def confirm(self) -> None:
        ticket = self.ticket
        if ticket is None:
            return
        self.close_sheet()
        if ticket.counter_number == self.counter and ticket.status in ACTIVE:
            self.bring_up_requested.emit(ticket.id)
        else:
            self.call_requested.emit(ticket.id)

    def cancel_text(self) -> Text:
        return strings.CLOSE

    def refresh(self) -> None:
        lang, ticket, refused = self.lang, self.ticket, self.refusal is not None
        self.mark.setVisible(refused)
        self.message.setVisible(refused)
        self.unchanged.setVisible(refused)
        self.hint.hide()
        self.number.setVisible(not refused)
        self.service.setVisible(not refused)
        self.state.setVisible(not refused)
        if refused and self.refusal is not None:
            self.title.setText(strings.REFUSED_TITLE.get(lang))
            self.unchanged.setText(strings.REFUSED_HINT.get(lang))
            self.message.setText(self.refusal.get(lang))
            return
        self.title.setText(strings.SCANNED_TITLE.get(lang))
        if ticket is None:
            return
        self.number.setText(ticket.number)
        service = self.catalogue.service(ticket.service_code) if self.catalogue else None
        self.service.setText((service.name if service else ticket.service_name).get(lang))
        self.state.setText(self._where(ticket).get(lang))
        here = ticket.counter_number == self.counter and ticket.status in ACTIVE
        action = strings.BRING_UP if here else strings.CALL_HERE
        self.confirm_button.set_texts(action.get(lang))

    def _where(self, ticket: TicketView) -> Text:
        state = strings.status(ticket.status)
        if ticket.counter_number is None or ticket.status not in (*ACTIVE, "held"):
            return state
        at = strings.counter_name(ticket.counter_number)
        return Text(f"{state.id} · {at.id}", f"{state.en} · {at.en}")
