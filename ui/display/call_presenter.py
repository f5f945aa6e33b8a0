"""Presents calls one after another: each flashes for a while and, with an announcer, is
spoken; the next waits until both are over, so speech never overlaps and the picture
always matches the voice.
"""

from __future__ import annotations

import logging
from collections import deque
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from kiosk.services.board_service import BoardCall, CallKey

log = logging.getLogger(__name__)

#: How long a new call flashes at the least.
FLASH_MS = 6000
#: The longest a call waits for its announcement to finish: an announcer that never
#: reports back must not stop the board.
SPEECH_LIMIT_MS = 30_000


class Announcing(Protocol):
    """What the board needs of an announcer (`ui.display.announcer.Announcer` is one)."""

    @property
    def finished(self) -> SignalInstance:
        """Emitted with the ticket number when an announcement has ended."""
        ...

    def announce(self, ticket_number: str, counter: int) -> None:
        """Start (or queue) the announcement of a call."""
        ...


class CallPresenter(QObject):
    """A queue of calls to present, none skipped, oldest first."""

    presented = Signal(object)  # BoardCall: its flash (and announcement) begins
    done = Signal(object)  # BoardCall: its flash is over; it stays shown until the next

    def __init__(self, parent: QObject, *, flash_ms: int = FLASH_MS) -> None:
        super().__init__(parent)
        self.current: BoardCall | None = None
        self._queue: deque[BoardCall] = deque()
        self._announcer: Announcing | None = None
        self._flash = QTimer(self)
        self._flash.setSingleShot(True)
        self._flash.setInterval(flash_ms)
        self._flash.timeout.connect(self._flash_over)
        self._speech = QTimer(self)
        self._speech.setSingleShot(True)
        self._speech.setInterval(SPEECH_LIMIT_MS)
        self._speech.timeout.connect(self._speech_overdue)
        self._speaking: str | None = None

    @property
    def flash_ms(self) -> int:
        """How long each call flashes at the least."""
        return self._flash.interval()

    @flash_ms.setter
    def flash_ms(self, value: int) -> None:
        self._flash.setInterval(value)

    def set_announcer(self, announcer: Announcing | None) -> None:
        """Speak each call with `announcer` and wait for it before the next one."""
        if self._announcer is not None:
            self._announcer.finished.disconnect(self._speech_over)
        self._announcer = announcer
        if announcer is not None:
            announcer.finished.connect(self._speech_over)

    def enqueue(self, calls: list[BoardCall]) -> None:
        """Present these calls after those already waiting."""
        self._queue.extend(calls)
        if self.current is None:
            self._next()

    def pending(self) -> frozenset[CallKey]:
        """The calls being presented or waiting to be: the board does not list them yet."""
        calls = (*self._queue, self.current) if self.current else tuple(self._queue)
        return frozenset(c.key for c in calls)

    def waiting(self) -> int:
        """How many calls wait for their turn."""
        return len(self._queue)

    def stop(self) -> None:
        """Forget every waiting call and end the current one (the board closes)."""
        self._queue.clear()
        self._flash.stop()
        self._speech.stop()
        self.current, self._speaking = None, None

    def _next(self) -> None:
        if not self._queue:
            return
        call = self.current = self._queue.popleft()
        self._flash.start()
        self.presented.emit(call)
        if self._announcer is not None and self.current is call:
            self._speaking = call.number
            self._speech.start()
            try:
                self._announcer.announce(call.number, call.counter_number)
            except Exception:
                # The board shows the call even when it cannot be spoken.
                log.exception("The call of %s could not be announced", call.number)
                self._speaking = None
                self._speech.stop()

    def _flash_over(self) -> None:
        self._maybe_done()

    def _speech_over(self, number: str) -> None:
        if self._speaking is None or number != self._speaking:
            return  # an announcement the board did not wait for
        self._speaking = None
        self._speech.stop()
        self._maybe_done()

    def _speech_overdue(self) -> None:
        log.warning("The announcement of %s did not finish in time; moving on", self._speaking)
        self._speaking = None
        self._maybe_done()

    def _maybe_done(self) -> None:
        call = self.current
        if call is None or self._flash.isActive() or self._speaking is not None:
            return
        self.current = None
        self.done.emit(call)
        self._next()
