"""Reading a counter's tickets, queue and figures, now or in the background.

After an action the desk reads at once, so the clerk sees what they did. The
reads every few seconds run off the GUI thread instead: on a busy day (3,000
tickets) they take tens of milliseconds, which a clerk would feel as a stutter.
An answer that arrives after the desk has read again is dropped, never shown over
something newer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kiosk.services.desk_service import DeskStats
from kiosk.services.dto import TicketView
from kiosk.services.officer_service import DeskSession
from kiosk.station import Station

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DeskSnapshot:
    """What the desk shows, as read at `now`."""

    here: list[TicketView]  # called, served or held at this counter, newest call first
    waiting: list[TicketView]  # in calling order
    stats: DeskStats
    now: datetime


def read_desk(station: Station, session: DeskSession) -> DeskSnapshot:
    """The counter's picture now."""
    desk = station.desk
    return DeskSnapshot(
        desk.at_counter(session.counter),
        desk.queue(session.counter, session.services),
        desk.stats(session.counter, session.services),
        station.clock.now(),
    )


class _Read(QRunnable):
    def __init__(self, reader: DeskReader, session: DeskSession, generation: int) -> None:
        super().__init__()
        self._reader, self._session, self._generation = reader, session, generation

    def run(self) -> None:
        try:
            snapshot = read_desk(self._reader.station, self._session)
        except Exception:
            # A desk runs all day: a failed read (a locked store, a catalogue mid-change)
            # is logged and the last picture stays up until the next one.
            log.exception("The counter desk could not read its store; it tries again")
            return
        self._reader.arrived.emit(snapshot, self._generation)


class DeskReader(QObject):
    """Background reads; `arrived(snapshot, generation)` on the GUI thread."""

    arrived = Signal(object, int)

    def __init__(self, station: Station, parent: QObject) -> None:
        super().__init__(parent)
        self.station = station
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def read(self, session: DeskSession, generation: int) -> None:
        """Read in the background (one read at a time; a read already waiting is enough)."""
        if self._pool.activeThreadCount() == 0:
            self._pool.start(_Read(self, session, generation))

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for a read under way (closing, tests)."""
        return self._pool.waitForDone(msecs)
