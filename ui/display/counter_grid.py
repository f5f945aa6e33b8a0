"""Every counter that has called today, as a tile with its current number; paged when many."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.services.board_service import BoardCall
from ui.display import board_text
from ui.display.board_labels import ElideLabel, FitLabel
from ui.display.board_style import BoardMetrics
from ui.display.paged_panel import PagedPanel
from ui.widgets.restyle import set_style_state

#: How much larger than the base size tiles may grow when only a few counters are busy.
MAX_GROWTH = 1.6


class CounterTile(QFrame):
    """One counter: its number on an amber badge, the ticket it called, the agency."""

    def __init__(self, counter_number: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("CounterTile")
        self.counter_number = counter_number
        self.call: BoardCall | None = None
        row = QHBoxLayout(self)
        self._row = row
        self.badge = QFrame(self)
        self.badge.setObjectName("TileBadge")
        badge = QVBoxLayout(self.badge)
        self._badge_layout = badge
        caption = QLabel(board_text.COUNTER.id, self.badge)
        caption.setObjectName("TileCounterCaption")
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter = FitLabel(self.badge, "TileCounterNumber")
        self.counter.setText(str(counter_number))
        badge.addStretch(1)
        badge.addWidget(caption)
        badge.addWidget(self.counter)
        badge.addStretch(1)
        row.addWidget(self.badge)
        column = QVBoxLayout()
        column.setSpacing(0)
        self.number = FitLabel(self, "TileNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.agency = ElideLabel(self, "TileAgency")
        column.addStretch(1)
        column.addWidget(self.number)
        column.addWidget(self.agency)
        column.addStretch(1)
        row.addLayout(column, 1)

    def apply_metrics(self, m: BoardMetrics, growth: float) -> None:
        """Sizes for the window's scale, `growth` times larger when there is room."""
        pad = m.px(10 * growth)
        self._row.setContentsMargins(pad, pad, m.px(16 * growth), pad)
        self._row.setSpacing(m.px(16 * growth))
        self._badge_layout.setContentsMargins(m.px(6), m.px(4), m.px(6), m.px(4))
        self._badge_layout.setSpacing(0)
        self.badge.setFixedWidth(m.px(88 * growth))
        self.counter.set_max_px(m.px(46 * growth))
        self.number.set_max_px(round(m.tile_number * growth))

    def set_call(self, call: BoardCall) -> None:
        """Show the counter's current call."""
        self.call = call
        self.number.setText(call.number)
        self.agency.setText(call.agency_name.id)

    def set_flash(self, on: bool) -> None:
        """Highlight the tile (blinking is turning this on and off)."""
        set_style_state(self, "flash", "on" if on else "")


class CounterGrid(PagedPanel):
    """The tiles of the busy counters in counter order; pages turn when they do not fit."""

    def __init__(self, parent: QWidget) -> None:
        self.tiles: dict[int, CounterTile] = {}
        self._flashing: int | None = None
        super().__init__(parent, board_text.COUNTERS, board_text.NO_CALLS)

    def set_calls(self, calls: list[BoardCall]) -> None:
        """Show these counters' calls; the other tiles keep what they show."""
        added = False
        for call in calls:
            tile = self.tiles.get(call.counter_number)
            if tile is None:
                tile = self.tiles[call.counter_number] = CounterTile(call.counter_number, self.area)
                added = True
            if tile.call is None or tile.call.key != call.key:
                tile.set_call(call)
        if added:
            self.tiles = dict(sorted(self.tiles.items()))
            self._lay_out()

    def clear(self) -> None:
        """Forget every tile (a new day)."""
        for tile in self.tiles.values():
            tile.deleteLater()
        self.tiles = {}
        self._flashing = None
        self._lay_out()

    def flash(self, counter_number: int | None, on: bool) -> None:
        """Highlight one counter's tile (on its page); None ends every highlight."""
        if counter_number != self._flashing and self._flashing in self.tiles:
            self.tiles[self._flashing].set_flash(False)
        self._flashing = counter_number
        if counter_number is None or counter_number not in self.tiles:
            return
        tile = self.tiles[counter_number]
        tile.set_flash(on)
        page = list(self.tiles).index(counter_number) // self._per_page()
        if page != self.page:
            self.page = page
            self._timer.start()  # a full turn for the page that was brought forward
            self._lay_out()

    def _may_turn(self) -> bool:
        return self._flashing is None  # the flashing call's page stays

    def _grid(self) -> tuple[int, int, float]:
        """Columns, rows per page, and how much the tiles may grow to fill the area."""
        m, count = self._metrics, max(1, len(self.tiles))
        width, height, gap = self.area.width(), self.area.height(), m.px(14)
        growth = MAX_GROWTH
        while True:
            tile_w, tile_h = m.tile_min_width * growth, m.tile_height * growth
            cols = max(1, int((width + gap) // (tile_w + gap)))
            rows = max(1, int((height + gap) // (tile_h + gap)))
            if growth <= 1.0 or cols * rows >= count:
                return cols, rows, max(growth, 1.0)
            growth -= 0.05

    def _per_page(self) -> int:
        cols, rows, _ = self._grid()
        return cols * rows

    def _is_empty(self) -> bool:
        return not self.tiles

    def _place_items(self) -> None:
        m = self._metrics
        cols, rows, growth = self._grid()
        per_page = cols * rows
        self._show_page_count(math.ceil(len(self.tiles) / per_page))
        gap = m.px(14)
        tile_w = (self.area.width() - gap * (cols - 1)) // cols
        tile_h = round(m.tile_height * growth)
        first = self.page * per_page
        for index, tile in enumerate(self.tiles.values()):
            spot = index - first
            if not 0 <= spot < per_page:
                tile.hide()
                continue
            tile.apply_metrics(m, growth)
            row, col = divmod(spot, cols)
            tile.setGeometry(col * (tile_w + gap), row * (tile_h + gap), tile_w, tile_h)
            tile.show()
