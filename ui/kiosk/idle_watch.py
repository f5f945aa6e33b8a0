"""After a minute without a touch, warn, then return to Home with everything cleared.

The next citizen must never find the last one's half-filled screen, language or
text size. Any press, touch or key counts as activity, wherever it lands.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

IDLE_MS = 60_000
#: Seconds of visible warning before the reset.
WARNING_SECONDS = 10

_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


class IdleWatch(QObject):
    """Watches the application's input; says when to warn, count down and reset."""

    warn = Signal(int)  # seconds left; shown to the citizen
    active = Signal()  # someone touched the screen again during a warning
    expired = Signal()  # time to reset

    def __init__(self, parent: QObject, idle_ms: int = IDLE_MS) -> None:
        super().__init__(parent)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(self._start_warning)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._left = 0
        self.enabled = True

    def start(self) -> None:
        """Begin watching from now."""
        self._idle.start()

    def stop(self) -> None:
        """Stop every timer."""
        self._idle.stop()
        self._tick.stop()

    @property
    def warning(self) -> bool:
        """Whether the countdown is on screen."""
        return self._tick.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.touched()
        return False

    def touched(self) -> None:
        """Activity: restart the minute; a running warning is called off."""
        if self._tick.isActive():
            self._tick.stop()
            self.active.emit()
        self._idle.start()

    def _start_warning(self) -> None:
        if not self.enabled:
            self._idle.start()
            return
        self._left = WARNING_SECONDS
        self.warn.emit(self._left)
        self._tick.start()

    def _count_down(self) -> None:
        self._left -= 1
        if self._left > 0:
            self.warn.emit(self._left)
            return
        self._tick.stop()
        self.expired.emit()
        self._idle.start()
