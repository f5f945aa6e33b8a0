"""A station window in kiosk mode: full screen, frameless, on top, no way out but the
admin PIN. The citizen kiosk and the survey tablet are both such windows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QMainWindow, QWidget

LOCKED = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint


class LockedWindow(QMainWindow):
    """Escape, minimising and closing do nothing while `kiosk_mode` holds."""

    def __init__(self, kiosk_mode: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kiosk_mode = kiosk_mode
        self._leaving = False
        if kiosk_mode:
            self.setWindowFlags(self.windowFlags() | LOCKED)

    def leave_kiosk_mode(self) -> None:
        """The admin's "leave kiosk mode": a normal window with a frame, which can be closed."""
        if not self.kiosk_mode:
            return
        self.kiosk_mode = False
        self.setWindowFlags(self.windowFlags() & ~LOCKED)
        self.showNormal()  # setting the flags hid the window

    def leave(self) -> None:
        """Close for good, kiosk mode or not (shutdown, tests)."""
        self._leaving = True
        self.close()

    def may_close(self, event: QCloseEvent) -> bool:
        """False (and the event ignored) for Alt+F4 and the like in kiosk mode."""
        if self.kiosk_mode and not self._leaving:
            event.ignore()
            return False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.kiosk_mode and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        # A window manager may still minimise a frameless window; put it back.
        minimised = bool(self.windowState() & Qt.WindowState.WindowMinimized)
        if self.kiosk_mode and event.type() == QEvent.Type.WindowStateChange and minimised:
            QTimer.singleShot(0, self.showFullScreen)
        super().changeEvent(event)
