"""Finishing a service: four big outcomes (F1–F4, Enter for Done) and an optional note."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from kiosk.domain.ticket import MAX_NOTE, Outcome
from kiosk.services.dto import TicketView
from ui.counter import strings
from ui.counter.key_button import KeyButton
from ui.counter.sheet import Sheet
from ui.widgets.labels import add_label

KEYS = {
    Outcome.SELESAI: Qt.Key.Key_F1,
    Outcome.BERKAS_KURANG: Qt.Key.Key_F2,
    Outcome.DITOLAK: Qt.Key.Key_F3,
    Outcome.DIALIHKAN: Qt.Key.Key_F4,
}


class OutcomeSheet(Sheet):
    """Asks how the service ended; emits `chosen(ticket id, Outcome, note)`."""

    chosen = Signal(str, object, str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.ticket: TicketView | None = None
        self.note_caption = add_label(self.card, self.body, "FieldCaption")
        self.note = QLineEdit(self.card)
        self.note.setObjectName("DeskInput")
        self.note.setMaxLength(MAX_NOTE)
        self.body.addWidget(self.note)
        grid = QGridLayout()
        grid.setSpacing(12)
        choosers = {
            Outcome.SELESAI: self._choose_selesai,
            Outcome.BERKAS_KURANG: self._choose_berkas_kurang,
            Outcome.DITOLAK: self._choose_ditolak,
            Outcome.DIALIHKAN: self._choose_dialihkan,
        }
        self.tiles: dict[Outcome, KeyButton] = {}
        for index, (outcome, key) in enumerate(KEYS.items()):
            tile = self.key_button(f"F{index + 1}", "ChoiceTile")
            tile.clicked.connect(choosers[outcome])
            grid.addWidget(tile, index // 2, index % 2)
            self.tiles[outcome] = tile
            self.keys[key] = choosers[outcome]
        self.body.addLayout(grid)
        self.confirm_button.hide()  # the tiles are the choice; Enter picks Done

    def ask(self, ticket: TicketView) -> None:
        """Open for `ticket`, with an empty note."""
        self.ticket = ticket
        self.note.clear()
        self.open_sheet()

    def first_field(self) -> QWidget | None:
        return self.note

    def confirm(self) -> None:
        self.choose(Outcome.SELESAI)

    def choose(self, outcome: Outcome) -> None:
        """Finish the ticket with `outcome` and the note typed."""
        if self.ticket is None:
            return
        ticket_id = self.ticket.id
        self.close_sheet()
        self.chosen.emit(ticket_id, outcome, self.note.text())

    # One bound method per tile (signals connect to bound methods, not lambdas).
    def _choose_selesai(self) -> None:
        self.choose(Outcome.SELESAI)

    def _choose_berkas_kurang(self) -> None:
        self.choose(Outcome.BERKAS_KURANG)

    def _choose_ditolak(self) -> None:
        self.choose(Outcome.DITOLAK)

    def _choose_dialihkan(self) -> None:
        self.choose(Outcome.DIALIHKAN)

    def refresh(self) -> None:
        lang = self.lang
        number = self.ticket.number if self.ticket else ""
        self.title.setText(strings.finish_title(number).get(lang))
        self.hint.setText(strings.OUTCOME_HINT.get(lang))
        self.note_caption.setText(strings.NOTE.get(lang))
        for outcome, tile in self.tiles.items():
            tile.set_texts(outcome.label.get(lang), strings.OUTCOME_HINTS[outcome.value].get(lang))
