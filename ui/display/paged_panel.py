"""A board panel whose content turns pages when it does not fit: its title, page count,
content area, empty message and page timer."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kiosk.domain.text import Text
from ui.display import board_text
from ui.display.board_labels import title_row
from ui.display.board_style import BoardMetrics

#: How long one page stays before the next is shown.
PAGE_MS = 8000


class PagedPanel(QFrame):
    """Subclasses place their items in `area` in `_lay_out` and set `pages`."""

    def __init__(self, parent: QWidget, title: Text, empty: Text) -> None:
        super().__init__(parent)
        self.setObjectName("BoardPanel")
        self.page = 0
        self.pages = 1
        self._metrics = BoardMetrics(1.0, False)
        self._column = QVBoxLayout(self)
        row, self.page_label = title_row(self, title)
        self._column.addLayout(row)
        self.area = QWidget(self)
        self._column.addWidget(self.area, 1)
        self.empty = QLabel(board_text.both(empty), self.area)
        self.empty.setObjectName("PanelEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._timer = QTimer(self)
        self._timer.setInterval(PAGE_MS)
        self._timer.timeout.connect(self._next_page)

    def apply_metrics(self, m: BoardMetrics) -> None:
        """Sizes for the window's scale."""
        self._metrics = m
        pad = m.px(20)
        self._column.setContentsMargins(pad, m.px(12), pad, pad)
        self._column.setSpacing(m.px(10))
        self._lay_out()

    def start(self) -> None:
        """Turn pages (while the board is shown)."""
        self._timer.start()

    def stop(self) -> None:
        """Stop turning pages."""
        self._timer.stop()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def _may_turn(self) -> bool:
        """Whether the page may turn now (a subclass holds it, e.g. while a call flashes)."""
        return True

    def _next_page(self) -> None:
        if self.pages > 1 and self._may_turn():
            self.page = (self.page + 1) % self.pages
            self._lay_out()

    def _show_page_count(self, pages: int) -> None:
        """Keep the page in range and show "1/2" when there is more than one."""
        self.pages = max(1, pages)
        self.page = min(self.page, self.pages - 1)
        label = board_text.page_of(self.page, self.pages) if self.pages > 1 else ""
        self.page_label.setText(label)

    def _lay_out(self) -> None:
        self.empty.setGeometry(self.area.rect())
        self.empty.setVisible(self._is_empty())
        self._place_items()

    def _is_empty(self) -> bool:
        """Whether the panel has nothing to show (its empty message shows instead)."""
        return True

    def _place_items(self) -> None:
        """Put the current page's items in `area` (a panel without items has none)."""
