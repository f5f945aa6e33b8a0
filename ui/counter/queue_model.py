"""The counter's waiting list as a table model: number, service, minutes waited, marks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.text import Lang, Text
from kiosk.domain.ticket import PriorityClass
from kiosk.services.dto import TicketView
from ui.counter import strings

Index = QModelIndex | QPersistentModelIndex
#: The parent of every row: a table has no tree.
ROOT = QModelIndex()
#: The ticket of a row (any column).
TICKET_ROLE = Qt.ItemDataRole.UserRole
#: The marks of a row's notes column: [(text, kind)], kind one of MARK_KINDS.
MARKS_ROLE = Qt.ItemDataRole.UserRole + 1
MARK_KINDS = ("priority", "error", "form", "moved", "mine")


class Column(IntEnum):
    """The table's columns, left to right."""

    NUMBER = 0
    SERVICE = 1
    WAITED = 2
    NOTES = 3


HEADERS = {
    Column.NUMBER: strings.COLUMN_NUMBER,
    Column.SERVICE: strings.COLUMN_SERVICE,
    Column.WAITED: strings.COLUMN_WAITED,
    Column.NOTES: strings.COLUMN_NOTES,
}


@dataclass(frozen=True, slots=True)
class QueueRow:
    """One waiting ticket as the list shows it, in one language."""

    ticket: TicketView
    service: str
    waited: str
    marks: tuple[tuple[str, str], ...]
    note: str

    @property
    def notes_text(self) -> str:
        """The marks and the note as one line (what a screen reader would say)."""
        return "  ·  ".join([text for text, _ in self.marks] + ([self.note] if self.note else []))


def queue_rows(
    tickets: Sequence[TicketView], now: datetime, lang: Lang, catalogue: Catalogue, counter: int
) -> list[QueueRow]:
    """The rows of the waiting list, in calling order."""
    rows = []
    for t in tickets:
        service = catalogue.service(t.service_code)
        name = (service.name if service else t.service_name).get(lang)
        since = t.queued_at or t.issued_at
        waited = strings.minutes(max(0.0, (now - since).total_seconds() / 60)).get(lang)
        rows.append(QueueRow(t, name, waited, _marks(t, counter, lang), t.note or ""))
    return rows


def _marks(t: TicketView, counter: int, lang: Lang) -> tuple[tuple[str, str], ...]:
    marks: list[tuple[Text, str]] = []
    if t.priority:
        marks.append((PriorityClass(t.priority).label, "priority"))
    if t.print_failed:
        marks.append((strings.FLAG_NOT_PRINTED, "error"))
    if t.has_form:
        marks.append((strings.FLAG_FORM, "form"))
    if t.origin_service:
        marks.append((strings.from_service(t.origin_service), "moved"))
    if t.target_counter == counter:
        marks.append((strings.FLAG_MINE, "mine"))
    return tuple((text.get(lang), kind) for text, kind in marks)


class QueueModel(QAbstractTableModel):
    """Rows of `QueueRow`; replaced whole on each refresh, and only when they changed."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.rows: list[QueueRow] = []
        self.lang: Lang = "id"

    def set_rows(self, rows: list[QueueRow], lang: Lang) -> bool:
        """Show `rows`; False (and nothing redrawn) when they are what is shown already."""
        if rows == self.rows and lang == self.lang:
            return False
        self.beginResetModel()
        self.rows, self.lang = rows, lang
        self.endResetModel()
        return True

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.NUMBER: row.ticket.number,
                Column.SERVICE: row.service,
                Column.WAITED: row.waited,
                Column.NOTES: row.notes_text,
            }[column]
        if role == TICKET_ROLE:
            return row.ticket
        if role == MARKS_ROLE and column is Column.NOTES:
            return list(row.marks)
        if role == Qt.ItemDataRole.ToolTipRole and column is not Column.NUMBER:
            return row.notes_text if column is Column.NOTES else row.service
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.WAITED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)].get(self.lang)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = Column(section) is Column.WAITED
            side = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_language(self, lang: Lang) -> None:
        """New header words (the rows follow with the next refresh)."""
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def row_of(self, ticket_id: str) -> int | None:
        """The row showing a ticket, if it is listed."""
        return next((i for i, r in enumerate(self.rows) if r.ticket.id == ticket_id), None)
