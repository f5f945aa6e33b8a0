"""The list of the last calls, newest first: a citizen who looked away finds their number here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.services.board_service import LAST_CALLS, BoardCall
from ui.display import board_text
from ui.display.board_labels import ElideLabel, title_row
from ui.display.board_style import BoardMetrics


class CallRow(QWidget):
    """One past call: number, agency, counter."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self._row = row
        self.number = QLabel(self)
        self.number.setObjectName("RowNumber")
        self.agency = ElideLabel(self, "RowAgency")
        self.counter = QLabel(self)
        self.counter.setObjectName("RowCounter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.number)
        row.addWidget(self.agency, 1)
        row.addWidget(self.counter)

    def show_agency(self, shown: bool) -> None:
        """A narrow list leaves the agency out rather than cut it short."""
        self.agency.setVisible(shown)

    def set_call(self, call: BoardCall) -> None:
        """Show one call."""
        self.number.setText(call.number)
        self.agency.setText(call.agency_name.id)
        self.counter.setText(call.counter_label.id)


class LastCalls(QFrame):
    """Up to LAST_CALLS calls; the call being presented joins once its flash is over."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("BoardPanel")
        column = QVBoxLayout(self)
        self._column = column
        title, _ = title_row(self, board_text.LAST_CALLS)
        column.addLayout(title)
        self.rows: list[CallRow] = []
        self._rules: list[QFrame] = []
        for index in range(LAST_CALLS):
            if index:
                rule = QFrame(self)
                rule.setObjectName("RowRule")
                self._rules.append(rule)
                column.addWidget(rule)
            row = CallRow(self)
            self.rows.append(row)
            column.addWidget(row)
        self.empty = QLabel(board_text.both(board_text.NO_CALLS), self)
        self.empty.setObjectName("PanelEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.empty, 1)
        column.addStretch(1)  # rows keep to the top; while empty, the notice is centred
        self.calls: list[BoardCall] = []
        self._metrics = BoardMetrics(1.0, False)
        self.set_calls([])

    def apply_metrics(self, m: BoardMetrics) -> None:
        """Sizes for the window's scale."""
        self._metrics = m
        pad = m.px(20)
        self._column.setContentsMargins(pad, m.px(12), pad, pad)
        self._column.setSpacing(m.px(4))
        for row in self.rows:
            row.setFixedHeight(m.row_height)
        for rule in self._rules:
            rule.setFixedHeight(max(1, m.px(2)))

    def set_calls(self, calls: list[BoardCall]) -> None:
        """Show these calls, newest first (at most LAST_CALLS)."""
        self.calls = calls[:LAST_CALLS]
        for index, row in enumerate(self.rows):
            shown = index < len(self.calls)
            row.setVisible(shown)
            if shown:
                row.set_call(self.calls[index])
        for index, rule in enumerate(self._rules):
            rule.setVisible(index + 1 < len(self.calls))
        self.empty.setVisible(not self.calls)
        self._column.setStretch(self._column.count() - 1, 1 if self.calls else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = self.width() >= self._metrics.px(600)
        for row in self.rows:
            row.show_agency(wide)
