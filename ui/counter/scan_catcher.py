"""Catches a USB barcode scanner's typing wherever the focus is, and hands over what it read.

A scanner "types" the ticket's QR text (`MPP1.…`) and Enter within milliseconds. A
person types far slower. So keys that begin the ticket prefix are held back for a
moment: when the whole prefix arrives that fast it is a scan, and everything up to
Enter (or a pause, for scanners set to send no Enter) is taken; otherwise the held
keys are given to the widget they were meant for, in order, and nothing is lost.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.domain.ticket_token import PREFIX

#: Longest pause between a scanner's keys while the prefix is still being matched.
PREFIX_GAP_MS = 50
#: Longest pause inside a scan once the prefix matched; after it the scan is complete.
SCAN_GAP_MS = 150
_HEAD = PREFIX + "."
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
#: A scanner presses Shift for capitals: modifier keys neither start nor break a scan.
_MODIFIERS = frozenset(
    {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta}
)


@dataclass(frozen=True, slots=True)
class _HeldKey:
    receiver: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class ScanCatcher(QObject):
    """An application-wide key filter for one window; emits `scanned(text)`."""

    scanned = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._held: list[_HeldKey] = []
        self._scanning = False
        self._replaying = False
        self._since = QElapsedTimer()
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.timeout.connect(self._paused)
        self.active = False

    def start(self) -> None:
        """Watch the keyboard (while the desk is shown)."""
        app = QApplication.instance()
        if app is not None and not self.active:
            app.installEventFilter(self)
            self.active = True

    def stop(self) -> None:
        """Stop watching; keys held back go where they were meant to."""
        app = QApplication.instance()
        if app is not None and self.active:
            app.removeEventFilter(self)
            self.active = False
        self._pause.stop()
        if self._scanning:
            self._reset()
        else:
            self._replay()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._replaying or kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        # Keys reach the window's QWindow first and then its focus widget: act on the widget.
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.KeyRelease:
            return bool(self._held or self._scanning) and bool(event.text())
        return self._press(watched, event)

    def _press(self, receiver: QWidget, event: QKeyEvent) -> bool:
        if self._scanning:
            return self._scan_key(event)
        if event.key() in _MODIFIERS:
            return False
        text = event.text()
        if self._held and self._since.elapsed() > PREFIX_GAP_MS:
            self._replay()  # a person typing, not a scanner
        expected = _HEAD[len(self._held)] if len(self._held) < len(_HEAD) else ""
        if not text or text != expected:
            self._replay()
            if text != _HEAD[0]:
                return False
        self._held.append(_HeldKey(receiver, event.key(), event.modifiers(), text))
        self._since.start()
        if len(self._held) == len(_HEAD):
            self._scanning = True
            self._pause.start(SCAN_GAP_MS)
        else:
            self._pause.start(PREFIX_GAP_MS)
        return True

    def _scan_key(self, event: QKeyEvent) -> bool:
        if event.key() in _ENTER:
            self._finish()
            return True
        if event.text():
            self._held.append(_HeldKey(self._window, event.key(), event.modifiers(), event.text()))
            self._pause.start(SCAN_GAP_MS)
        return True  # Shift and the like belong to the scan too

    def _paused(self) -> None:
        if self._scanning:
            self._finish()
        else:
            self._replay()

    def _finish(self) -> None:
        text = "".join(k.text for k in self._held)
        self._reset()
        self.scanned.emit(text)

    def _reset(self) -> None:
        self._pause.stop()
        self._held.clear()
        self._scanning = False

    def _replay(self) -> None:
        """Give held keys to the widgets they were typed into (those still there)."""
        held, self._held = self._held, []
        self._replaying = True
        try:
            for k in held:
                if shiboken6.isValid(k.receiver):
                    press = QKeyEvent(QEvent.Type.KeyPress, k.key, k.modifiers, k.text)
                    QApplication.sendEvent(k.receiver, press)
        finally:
            self._replaying = False
