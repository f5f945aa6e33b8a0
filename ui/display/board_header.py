"""The band along the top of the board: hall badge and name, a small online hint, date and clock."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.clock import Clock, local
from kiosk.domain.catalogue import Hall
from kiosk.domain.timefmt import clock_time, long_date
from ui.display import board_text
from ui.display.board_labels import ElideLabel
from ui.display.board_style import BoardMetrics


class BoardHeader(QFrame):
    """Shows the hall and the time in WIT; the clock runs between `start` and `stop`."""

    def __init__(self, hall: Hall, zone: str | None, clock: Clock, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("BoardHeader")
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        layout = QHBoxLayout(self)
        self._layout = layout
        self.badge = self._label("HallBadge", hall.short_name.id.split()[0].upper())
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.badge)
        names = QVBoxLayout()
        names.setSpacing(0)
        self.hall_name = self._label("BoardHallName", hall.name.id)
        subtitle = board_text.zone_board(zone) if zone else board_text.BOARD
        self.hall_name.setWordWrap(True)
        self.subtitle = ElideLabel(self, "BoardSubtitle", f"{subtitle.id}  ·  {subtitle.en}")
        names.addStretch(1)
        names.addWidget(self.hall_name)
        names.addWidget(self.subtitle)
        names.addStretch(1)
        layout.addLayout(names, 1)
        layout.addLayout(self._time_column())
        self._tick()

    def _label(self, name: str, text: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        return label

    def _time_column(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self._time_row = row
        column = QVBoxLayout()
        column.setSpacing(0)
        self.date = self._label("BoardDate")
        self.online = self._label("OnlineHint")
        self.online.hide()
        self.time = self._label("BoardClock")
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        column.addStretch(1)
        for label in (self.date, self.online):
            label.setAlignment(right)
            column.addWidget(label)
        column.addStretch(1)
        row.addLayout(column)
        self.time.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.time)
        return row

    def apply_metrics(self, m: BoardMetrics) -> None:
        """Margins and badge size for the window's scale."""
        self.setFixedHeight(m.header_height)
        self._layout.setContentsMargins(m.gap, m.px(8), m.gap, m.px(8))
        self._layout.setSpacing(m.px(20))
        side = m.px(84)
        self.badge.setFixedSize(round(side * 1.5), side)
        # Portrait is narrow: the clock goes above the date instead of beside it.
        way = QBoxLayout.Direction
        self._time_row.setDirection(way.BottomToTop if m.portrait else way.LeftToRight)
        self._time_row.setSpacing(0 if m.portrait else m.px(20))

    def set_online(self, online: bool | None) -> None:
        """The small hint of the server link; None hides it (a board without a server)."""
        self.online.setVisible(online is not None)
        if online is None:
            return
        text = board_text.ONLINE if online else board_text.OFFLINE
        self.online.setText(f"{text.id} · {text.en.removeprefix('● ')}")
        self.online.setProperty("offline", not online)
        self.online.style().unpolish(self.online)
        self.online.style().polish(self.online)

    def start(self) -> None:
        """Run the clock (while the board is shown)."""
        self._tick()
        self._timer.start()

    def stop(self) -> None:
        """Stop the clock."""
        self._timer.stop()

    def _tick(self) -> None:
        now = self._clock.now()
        self.time.setText(clock_time(now).id)
        day = long_date(local(now).date())
        self.date.setText(day.id)
