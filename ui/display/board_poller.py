"""Watches the station's store for calls: a cheap check several times a second, a full
read only when something changed (the sync worker writes the hall's calls into it).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from kiosk.services.board_service import BoardService, BoardState, calls_to_resume, new_calls

log = logging.getLogger(__name__)

#: How often the store is asked whether anything changed: a call is on the board
#: within this (plus one read of a few milliseconds).
POLL_MS = 250
#: A full read this often even without a change: opening hours, the day, ages move on.
REFRESH_MS = 15_000


class BoardPoller(QObject):
    """Emits each new board state, and the calls that appeared in it, oldest first.

    The calls come first, so a screen knows which of them wait their turn before it
    shows the state that holds them.
    """

    state_changed = Signal(object)  # BoardState
    calls_arrived = Signal(object)  # list[BoardCall]

    def __init__(self, board: BoardService, zone: str | None, parent: QObject) -> None:
        super().__init__(parent)
        self._board = board
        self._zone = zone
        self.state: BoardState | None = None
        self._stamp: int | None = None
        self._since_read = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Read the board now and keep watching.

        The first read of a board's life picks up the calls that came while it was
        down (see `calls_to_resume`); later ones compare with what was seen before.
        """
        if self.state is None:
            state = self._read()
            if state is None:
                self._timer.start()
                return
            resumed = calls_to_resume(state, self._board.announced_through())
            self.state = state
            if resumed:
                self.calls_arrived.emit(resumed)
            self.state_changed.emit(state)
        else:
            self.refresh()
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (the board is hidden or closing)."""
        self._timer.stop()

    def is_running(self) -> bool:
        """Whether the store is being watched."""
        return self._timer.isActive()

    def poll(self) -> None:
        """Read the board again if the store changed or the last read is getting old."""
        try:
            stamp = self._board.stamp()
        except Exception:
            log.exception("The board cannot reach its store; it tries again")
            return
        if stamp != self._stamp or self._since_read.hasExpired(REFRESH_MS):
            self.refresh()

    def refresh(self) -> None:
        """Read the board now; emit the state and any calls that are new in it."""
        if self.state is None:
            self.start()
            return
        after = self._read()
        if after is None:
            return
        arrived = new_calls(self.state, after)
        self.state = after
        if arrived:
            self.calls_arrived.emit(arrived)
        self.state_changed.emit(after)

    def _read(self) -> BoardState | None:
        # A hall board runs unattended for days: a failed read (a locked or damaged
        # store, a catalogue mid-change) is logged and the last picture stays up.
        try:
            stamp = self._board.stamp()
            state = self._board.snapshot(self._zone)
        except Exception:
            log.exception("The board could not read its store; it keeps the last picture")
            return None
        self._stamp = stamp
        self._since_read.start()
        return state
