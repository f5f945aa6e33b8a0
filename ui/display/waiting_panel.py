"""How many people wait, per agency on a hall board or per service on a zone board."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kiosk.services.board_service import BoardState
from ui.display import board_text
from ui.display.board_labels import ElideLabel
from ui.display.board_style import BoardMetrics
from ui.display.paged_panel import PagedPanel
from ui.widgets.restyle import set_style_state


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the panel: what, its ticket prefixes, how many wait."""

    name: str
    prefixes: str
    waiting: int
    open: bool


def lines_of(state: BoardState) -> list[Line]:
    """Per agency for the whole hall (fewer, shorter lines); per service for one zone."""
    if state.zone is None:
        return [
            Line(a.agency_name.id, _span(a.prefixes), a.waiting, True)
            for a in state.waiting_by_agency()
        ]
    return [Line(w.service_name.id, w.prefix, w.waiting, w.open) for w in state.waiting]


def _span(prefixes: tuple[str, ...]) -> str:
    """ "A" for A1…A8 (an agency's prefixes share their letter in most halls)."""
    letters = {p.rstrip("0123456789") or p for p in prefixes}
    if len(letters) == 1:
        return letters.pop()
    return prefixes[0] if len(prefixes) == 1 else f"{prefixes[0]}–{prefixes[-1]}"


class WaitingRow(QWidget):
    """Name, prefixes and the number waiting."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self._row = row
        self.name = ElideLabel(self, "WaitName")
        self.prefixes = QLabel(self)
        self.prefixes.setObjectName("WaitPrefix")
        self.count = QLabel(self)
        self.count.setObjectName("WaitCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.prefixes)
        row.addWidget(self.name, 1)
        row.addWidget(self.count)

    def apply_metrics(self, m: BoardMetrics, long_names: bool) -> None:
        self._row.setSpacing(m.px(12))
        self.count.setMinimumWidth(m.px(56))
        # Service prefixes ("A1") are wider than an agency's letter ("A").
        self.prefixes.setFixedWidth(m.px(44 if long_names else 26))

    def set_line(self, line: Line) -> None:
        self.name.setText(line.name)
        self.prefixes.setText(line.prefixes)
        self.count.setText(str(line.waiting))
        set_style_state(self.count, "closed", not line.open)


class WaitingPanel(PagedPanel):
    """The waiting lines in columns; pages turn when they do not all fit.

    `per_service`: the lines are services (a zone board), whose names are longer.
    """

    def __init__(self, parent: QWidget, *, per_service: bool) -> None:
        self.lines: list[Line] = []
        self._long_names = per_service
        self.rows: list[WaitingRow] = []
        super().__init__(parent, board_text.WAITING, board_text.NOBODY_WAITING)

    def apply_metrics(self, m: BoardMetrics) -> None:
        """Sizes for the window's scale."""
        for row in self.rows:
            row.apply_metrics(m, self._long_names)
        super().apply_metrics(m)

    def set_state(self, state: BoardState) -> None:
        """Show the waiting figures of a board state."""
        lines = lines_of(state)
        if lines == self.lines:
            return
        self.lines = lines
        while len(self.rows) < len(lines):
            row = WaitingRow(self.area)
            row.apply_metrics(self._metrics, self._long_names)
            self.rows.append(row)
        for row, line in zip(self.rows, lines, strict=False):
            row.set_line(line)
        self._lay_out()

    def _is_empty(self) -> bool:
        return not self.lines

    def _place_items(self) -> None:
        m = self._metrics
        width, height = self.area.width(), self.area.height()
        gap = m.px(28)
        row_h = m.waiting_row_height
        cols = max(1, min(3, (width + gap) // (m.waiting_min_width(self._long_names) + gap)))
        rows = max(1, height // row_h)
        per_page = cols * rows
        count = len(self.lines)
        if count <= rows:
            cols = 1  # one clear column when it holds them all
        self._show_page_count(math.ceil(count / per_page))
        # Fill the columns evenly rather than the first one full and the last one short.
        used = min(per_page, count)
        rows_used = max(1, math.ceil(used / cols))
        col_w = (width - gap * (cols - 1)) // cols
        first = self.page * per_page
        for index, row in enumerate(self.rows):
            spot = index - first
            if index >= count or not 0 <= spot < per_page:
                row.hide()
                continue
            col, line = divmod(spot, rows_used)
            row.setGeometry(col * (col_w + gap), line * row_h, col_w, row_h)
            row.show()
