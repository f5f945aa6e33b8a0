"""The running text along the bottom of the board: the hall admin's message, scrolling smoothly."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.display.board_style import TICKER, WHITE
from ui.theme import FONT_FAMILY

#: One frame at 60 Hz; the position comes from the elapsed time, so a late frame
#: jumps a little instead of slowing the text down.
FRAME_MS = 16
#: Speed in base pixels per second (scaled with the board), slow enough to read.
SPEED = 110
#: Space between the end of the text and its next start, in widths of "M".
GAP_EMS = 6


class Ticker(QWidget):
    """Scrolls one line of text from right to left, over and over; hidden when empty."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Ticker")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        # One line, whatever the config held: its lines are joined with a wide space.
        self._text = "   ".join(line.strip() for line in text.splitlines() if line.strip())
        self._font = QFont(FONT_FAMILY)
        self._font.setBold(True)
        self._scale = 1.0
        self._offset = 0.0
        self._period = 1.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._step)
        self._clock = QElapsedTimer()
        self.setVisible(bool(self._text))

    def text(self) -> str:
        """The running text as shown."""
        return self._text

    def offset(self) -> float:
        """How far the text has moved left, in pixels."""
        return self._offset

    def set_scale(self, scale: float, height: int) -> None:
        """Font and speed for the board's scale."""
        self._scale = scale
        self.setFixedHeight(height)
        self._font.setPixelSize(max(8, round(height * 0.5)))
        metrics = QFontMetricsF(self._font)
        gap = GAP_EMS * metrics.horizontalAdvance("M")
        self._period = metrics.horizontalAdvance(self._text) + gap

    def start(self) -> None:
        """Scroll (while the board is shown)."""
        if self._text:
            self._clock.start()
            self._timer.start()

    def stop(self) -> None:
        """Stop scrolling."""
        self._timer.stop()

    def is_running(self) -> bool:
        """Whether the text is moving."""
        return self._timer.isActive()

    def _step(self) -> None:
        elapsed = self._clock.restart() / 1000
        self._offset = (self._offset + elapsed * SPEED * self._scale) % self._period
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(TICKER))
        painter.setFont(self._font)
        painter.setPen(QColor(WHITE))
        metrics = QFontMetricsF(self._font)
        baseline = (self.height() + metrics.ascent() - metrics.descent()) / 2
        period = self._period
        # The text enters from the right edge and repeats every period.
        x = self.width() - self._offset
        while x > -period:
            x -= period
        while x < self.width():
            painter.drawText(QPointF(x, baseline), self._text)
            x += period
        painter.end()
