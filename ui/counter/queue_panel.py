"""The waiting list card: who waits for this counter, in calling order, with their marks."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.text import Lang
from kiosk.services.dto import TicketView
from ui.counter import desk_style as style
from ui.counter import strings
from ui.counter.queue_model import (
    MARKS_ROLE,
    TICKET_ROLE,
    Column,
    Index,
    QueueModel,
    QueueRow,
)
from ui.widgets.labels import add_label

#: Each mark's colours (text, ground): contrast of at least 4.5:1, checked by a test.
MARK_COLOURS = {
    "priority": (style.INK, style.AMBER),
    "error": (style.CARD, style.RED),
    "form": (style.NAVY, style.SOFT),
    "moved": (style.INK, style.LIGHT),
    "mine": (style.GREEN, style.GREEN_SOFT),
}


class MarksDelegate(QStyledItemDelegate):
    """Draws a row's marks as small coloured chips, then its note."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        marks = index.data(MARKS_ROLE) or []
        row: QueueRow = index.model().rows[index.row()]  # type: ignore[attr-defined]
        self.initStyleOption(option, index)
        option.text = ""  # the background and selection only; the chips are drawn below
        widget = option.widget
        if widget is not None:
            item = QStyle.ControlElement.CE_ItemViewItem
            widget.style().drawControl(item, option, painter, widget)
        painter.save()
        font = QFont(option.font)
        size = option.font.pixelSize()
        size = size if size > 0 else QFontMetrics(option.font).ascent()
        font.setPixelSize(max(10, round(size * 0.82)))
        font.setBold(True)
        metrics = QFontMetrics(font)
        rect = option.rect.adjusted(6, 0, -6, 0)
        x, height = rect.left(), metrics.height() + 6
        top = rect.top() + (rect.height() - height) // 2
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        for text, kind in marks:
            width = metrics.horizontalAdvance(text) + 14
            if x + width > rect.right():
                x = rect.right()  # marks come before the note: no room for one, none for it
                break
            ink, ground = MARK_COLOURS[kind]
            chip = QRect(x, top, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(ground))
            painter.drawRoundedRect(chip, 5, 5)
            painter.setPen(QColor(ink))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 6
        if row.note and x < rect.right():
            font.setBold(False)
            painter.setFont(font)
            painter.setPen(QColor(style.MUTED))
            room = QRect(x, rect.top(), rect.right() - x, rect.height())
            elide = Qt.TextElideMode.ElideRight
            note = QFontMetrics(font).elidedText(row.note, elide, room.width())
            painter.drawText(room, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, note)
        painter.restore()


class QueueTable(QTableView):
    """The table: the service's name gets more of the width than the marks."""

    #: The share of the width left by the number and the minutes that goes to the service.
    SERVICE_SHARE = 0.56

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share_width()

    def share_width(self) -> None:
        """Split the room between the service and the marks."""
        header = self.horizontalHeader()
        fixed = header.sectionSize(Column.NUMBER) + header.sectionSize(Column.WAITED)
        room = max(0, self.viewport().width() - fixed)
        header.resizeSection(Column.SERVICE, round(room * self.SERVICE_SHARE))
        header.resizeSection(Column.NOTES, room - header.sectionSize(Column.SERVICE))


class QueuePanel(QFrame):
    """Title with the count, the table, and the reminder that a scan calls a ticket."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        # The list scrolls: it takes the room left and never makes the window taller.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(180)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(6)
        top = QHBoxLayout()
        self.title = add_label(self, None, "CardTitle")
        self.count = add_label(self, None, "CardCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.title, 1)
        top.addWidget(self.count)
        column.addLayout(top)
        self.model = QueueModel(self)
        self.table = self._table()
        column.addWidget(self.table, 1)
        self.empty = add_label(self, column, "CardHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = add_label(self, column, "CardHint")
        self._lang: Lang = "id"

    def _table(self) -> QueueTable:
        table = QueueTable(self)
        table.setObjectName("QueueTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        for column, mode in (
            (Column.NUMBER, QHeaderView.ResizeMode.ResizeToContents),
            (Column.SERVICE, QHeaderView.ResizeMode.Fixed),
            (Column.WAITED, QHeaderView.ResizeMode.ResizeToContents),
            (Column.NOTES, QHeaderView.ResizeMode.Fixed),
        ):
            header.setSectionResizeMode(column, mode)
        table.setItemDelegateForColumn(Column.NOTES, MarksDelegate(table))
        table.selectionModel().selectionChanged.connect(self.selection_changed)
        return table

    def apply_scale(self, row_height: int) -> None:
        """Row height for the window's scale."""
        self.table.verticalHeader().setDefaultSectionSize(row_height)

    def show_rows(self, rows: list[QueueRow], lang: Lang) -> None:
        """Refresh the list, keeping the selected ticket selected."""
        self._lang = lang
        keep = self.selected()
        changed = self.model.set_rows(rows, lang)
        if changed:
            self.table.share_width()  # the number and minutes columns may have changed
        if changed and keep is not None:
            row = self.model.row_of(keep.id)
            if row is not None:
                self.table.selectRow(row)
            else:
                self.selection_changed.emit()  # the selected ticket left the list
        self.count.setText(strings.queue_count(len(rows)).get(lang))
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.empty.setText(strings.QUEUE_EMPTY.get(lang))

    def selected(self) -> TicketView | None:
        """The ticket selected in the list, if any."""
        rows = self.table.selectionModel().selectedRows()
        ticket = rows[0].data(TICKET_ROLE) if rows else None
        return ticket if isinstance(ticket, TicketView) else None

    def clear_selection(self) -> None:
        """Nothing selected (after an action used the selection)."""
        self.table.clearSelection()

    def set_language(self, lang: Lang) -> None:
        """Title, count and headers in `lang`."""
        self._lang = lang
        self.title.setText(strings.QUEUE_TITLE.get(lang))
        self.hint.setText(strings.SCAN_HINT.get(lang))
        self.empty.setText(strings.QUEUE_EMPTY.get(lang))
        self.count.setText(strings.queue_count(self.model.rowCount()).get(lang))
        self.model.set_language(lang)
