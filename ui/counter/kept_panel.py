"""Tickets kept at this counter besides the current one: held ones to return or call back."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.text import Lang
from kiosk.services.dto import TicketView
from ui.counter import strings
from ui.widgets.labels import add_label


class KeptRow(QFrame):
    """One kept ticket with its one-touch actions."""

    return_requested = Signal(str)  # ticket id
    call_requested = Signal(str)
    bring_up_requested = Signal(str)

    def __init__(self, ticket: TicketView, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("KeptRow")
        self.ticket = ticket
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 8, 6)
        row.setSpacing(10)
        self.number = add_label(self, None, "KeptNumber")
        self.number.setWordWrap(False)
        self.number.setText(ticket.number)
        self.state = add_label(self, None, "KeptState")
        row.addWidget(self.number)
        row.addWidget(self.state, 1)
        held = ticket.status == "held"
        self.return_button = self._button(row, self._return, visible=held)
        self.call_button = self._button(row, self._call, visible=held)
        self.bring_up_button = self._button(row, self._bring_up, visible=not held)

    def _button(self, row: QHBoxLayout, slot: object, *, visible: bool) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName("SmallButton")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        button.setVisible(visible)
        row.addWidget(button)
        return button

    def _return(self) -> None:
        self.return_requested.emit(self.ticket.id)

    def _call(self) -> None:
        self.call_requested.emit(self.ticket.id)

    def _bring_up(self) -> None:
        self.bring_up_requested.emit(self.ticket.id)

    def set_language(self, lang: Lang) -> None:
        """The row's words in `lang`."""
        self.state.setText(strings.status(self.ticket.status).get(lang))
        self.return_button.setText(strings.RETURN.get(lang))
        self.call_button.setText(strings.CALL_BACK.get(lang))
        self.bring_up_button.setText(strings.BRING_UP.get(lang))


class KeptPanel(QFrame):
    """The card listing kept tickets; empty, it says so in one quiet line."""

    return_requested = Signal(str)
    call_requested = Signal(str)
    bring_up_requested = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(16, 12, 16, 12)
        self._column.setSpacing(6)
        self.title = add_label(self, self._column, "CardTitle")
        self.empty = add_label(self, self._column, "CardHint")
        # Three rows show at once; more scroll, so the card never crowds the queue out.
        self.list_area = QScrollArea(self)
        self.list_area.setObjectName("KeptScroll")
        self.list_area.setWidgetResizable(True)
        self.list_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_area.setMaximumHeight(3 * 62)
        self._list = QWidget(self.list_area)
        self._list.setObjectName("KeptList")
        self._rows = QVBoxLayout(self._list)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(6)
        self.list_area.setWidget(self._list)
        self._column.addWidget(self.list_area)
        self.rows: list[KeptRow] = []
        self._lang: Lang = "id"

    def show_tickets(self, tickets: Sequence[TicketView], lang: Lang, *, calling: bool) -> None:
        """List `tickets` (rebuilt only when they changed); calling back waits for a call."""
        if [r.ticket for r in self.rows] != list(tickets):
            for old in self.rows:
                self._rows.removeWidget(old)
                old.hide()
                old.deleteLater()
            self.rows = [self._row(t) for t in tickets]
        self.empty.setVisible(not tickets)
        self.list_area.setVisible(bool(tickets))
        for row in self.rows:
            row.call_button.setEnabled(not calling)
        self.set_language(lang)

    def _row(self, ticket: TicketView) -> KeptRow:
        row = KeptRow(ticket, self._list)
        row.return_requested.connect(self.return_requested)
        row.call_requested.connect(self.call_requested)
        row.bring_up_requested.connect(self.bring_up_requested)
        self._rows.addWidget(row)
        row.show()  # at once, not when the layout gets round to it
        return row

    def set_language(self, lang: Lang) -> None:
        """Every word in `lang`."""
        self._lang = lang
        self.title.setText(strings.KEPT_TITLE.get(lang))
        self.empty.setText(strings.KEPT_EMPTY.get(lang))
        for row in self.rows:
            row.set_language(lang)
