"""The ticket in front of the clerk: its number huge, its service, state, wait and notes."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.text import Lang, Text
from kiosk.domain.ticket import PriorityClass
from kiosk.domain.timefmt import clock_time
from kiosk.services.dto import TicketView
from ui.counter import strings
from ui.counter.desk_state import no_show_due
from ui.counter.desk_style import DeskMetrics
from ui.widgets.labels import add_label
from ui.widgets.restyle import set_style_state

#: A line of the number is this much taller than its font size.
LINE = 1.3


class CurrentPanel(QFrame):
    """One ticket, or a calm "nobody at the counter" with what to do next.

    The number is as big as the metrics say, and shrinks only when the notes below
    it need the room: the panel never pushes the actions off a small screen.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("CurrentPanel")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.ticket: TicketView | None = None
        self._number_px = 108
        self._shown_px = 0
        outer = self._outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 14, 24, 14)
        outer.setSpacing(0)
        self.ticket_view = QWidget(self)
        self._build_ticket(self.ticket_view)
        outer.addWidget(self.ticket_view, 1)
        self.empty_view = QWidget(self)
        empty = QVBoxLayout(self.empty_view)
        empty.setContentsMargins(0, 0, 0, 0)
        empty.addStretch(1)
        self.empty_title = add_label(self.empty_view, empty, "EmptyTitle")
        self.empty_hint = add_label(self.empty_view, empty, "EmptyHint")
        for label in (self.empty_title, self.empty_hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.addStretch(1)
        outer.addWidget(self.empty_view, 1)
        self._show_empty("id")

    def _build_ticket(self, view: QWidget) -> None:
        column = self._column = QVBoxLayout(view)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        chips = QHBoxLayout()
        chips.setSpacing(8)
        self.status = self._chip("StatusChip", view, chips)
        self.priority = self._chip("PriorityChip", view, chips)
        self.form = self._chip("FormChip", view, chips)
        self.not_printed = self._chip("ErrorChip", view, chips)
        chips.addStretch(1)
        column.addLayout(chips)
        column.addStretch(1)
        self.number = QLabel(view)
        self.number.setObjectName("CurrentNumber")
        column.addWidget(self.number)
        self.service = add_label(view, column, "CurrentService")
        self.facts = add_label(view, column, "CurrentFacts")
        column.addSpacing(6)
        self.note = add_label(view, column, "CurrentNote")
        column.addStretch(1)
        self.no_show = add_label(view, column, "NoShowOffer")

    @staticmethod
    def _chip(name: str, parent: QWidget, row: QHBoxLayout) -> QLabel:
        chip = QLabel(parent)
        chip.setObjectName(name)
        row.addWidget(chip)
        return chip

    def apply_metrics(self, m: DeskMetrics) -> None:
        """The number's full size for the window's scale."""
        self._number_px = m.px(108)
        self._outer.setContentsMargins(m.px(24), m.px(14), m.px(24), m.px(14))
        self._fit_number()

    def show_ticket(
        self,
        ticket: TicketView | None,
        now: datetime,
        lang: Lang,
        catalogue: Catalogue | None,
        recall_limit: int,
    ) -> None:
        """Show `ticket` (None: nobody at the counter) as it is at `now`, in `lang`."""
        self.ticket = ticket
        if ticket is None:
            self._show_empty(lang)
            return
        set_style_state(self, "status", ticket.status)
        self.ticket_view.show()
        self.empty_view.hide()
        set_style_state(self.status, "status", ticket.status)
        self.status.setText(strings.status(ticket.status).get(lang).upper())
        label = PriorityClass(ticket.priority).label if ticket.priority else None
        self._set_chip(self.priority, strings.priority(label) if label else None, lang)
        self._set_chip(self.form, strings.FLAG_FORM if ticket.has_form else None, lang)
        bad = strings.FLAG_NOT_PRINTED if ticket.print_failed else None
        self._set_chip(self.not_printed, bad, lang)
        self.number.setText(ticket.number)
        service = catalogue.service(ticket.service_code) if catalogue else None
        self.service.setText((service.name if service else ticket.service_name).get(lang))
        self.facts.setText("   ·   ".join(t.get(lang) for t in _facts(ticket, now)))
        note = _note(ticket, catalogue)
        self.note.setText(note.get(lang) if note else "")
        self.note.setVisible(note is not None)
        due = no_show_due(ticket, recall_limit)
        self.no_show.setText(strings.no_show_offer(ticket.recall_count).get(lang) if due else "")
        self.no_show.setVisible(due)
        self._fit_number()

    @staticmethod
    def _set_chip(chip: QLabel, text: Text | None, lang: Lang) -> None:
        chip.setText(text.get(lang) if text else "")
        chip.setVisible(text is not None)

    def _show_empty(self, lang: Lang) -> None:
        set_style_state(self, "status", "none")
        self.ticket_view.hide()
        self.empty_view.show()
        self.empty_title.setText(strings.NO_TICKET.get(lang))
        self.empty_hint.setText(strings.NO_TICKET_HINT.get(lang))

    # Its own size never makes the window taller: it takes its share of what there is,
    # and the number fits itself in (see `_fit_number`).
    def sizeHint(self) -> QSize:
        return QSize(400, 200)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hasHeightForWidth(self) -> bool:
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_number()

    def _fit_number(self) -> None:
        """The full size, or what the room left by the other lines allows."""
        width = max(1, self.ticket_view.width())
        others = self._column.totalHeightForWidth(width) - self.number.sizeHint().height()
        margins = self._outer.contentsMargins()
        room = self.contentsRect().height() - margins.top() - margins.bottom() - others
        size = max(24, min(self._number_px, int(room / LINE)))
        if size != self._shown_px:
            self._shown_px = size
            # Over the window's stylesheet, for this one label only.
            self.number.setStyleSheet(f"font-size: {size}px;")


def _facts(ticket: TicketView, now: datetime) -> list[Text]:
    since = ticket.queued_at or ticket.issued_at
    waited = round(max(0.0, ((ticket.called_at or now) - since).total_seconds() / 60))
    facts = [strings.waited(waited)]
    if ticket.status == "serving" and ticket.serving_at is not None:
        facts.append(strings.serving_since(clock_time(ticket.serving_at)))
    elif ticket.called_at is not None:
        facts.append(strings.called_at(clock_time(ticket.called_at)))
    if ticket.recall_count:
        facts.append(strings.recalled(ticket.recall_count))
    return facts


def _note(ticket: TicketView, catalogue: Catalogue | None) -> Text | None:
    """Where a transferred ticket came from, and the clerk's note."""
    parts: list[Text] = []
    if ticket.origin_service:
        origin = catalogue.service(ticket.origin_service) if catalogue else None
        name = origin.name if origin else Text(ticket.origin_service, ticket.origin_service)
        parts.append(strings.transferred_from(name))
    if ticket.note:
        parts.append(strings.note(ticket.note))
    if not parts:
        return None
    return Text(" — ".join(p.id for p in parts), " — ".join(p.en for p in parts))
