"""A press held on a widget for a few seconds: the staff's hidden way to the admin PIN."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

#: As on the kiosk's hall name: long enough that nobody does it by chance.
HOLD_MS = 5000


class HoldGesture(QObject):
    """Emits `held` when `target` (or a child that lets the press through) is held `hold_ms`."""

    held = Signal()

    def __init__(self, target: QWidget, hold_ms: int = HOLD_MS) -> None:
        super().__init__(target)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(hold_ms)
        self.timer.timeout.connect(self.held)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            self.timer.start()
        elif event.type() in (QEvent.Type.MouseButtonRelease, QEvent.Type.Leave):
            self.timer.stop()
        return False

    def stop(self) -> None:
        """Forget a press in progress (the window is hidden or closing)."""
        self.timer.stop()
