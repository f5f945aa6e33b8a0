"""Fixtures for the hall board: a display station on the seed catalogue, a board window
factory, and an announcer stand-in that records what it was asked to say.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from time import monotonic

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.clock import FakeClock
from kiosk.config import DisplayOptions, StationConfig
from kiosk.paths import Paths
from kiosk.services.board_service import BoardCall
from kiosk.station import Station, open_station
from ui.display.board_window import DisplayWindow
from ui.theme import apply_theme

#: Flash time in tests: long enough to see the order, short enough to be quick.
TEST_FLASH_MS = 150

StationMaker = Callable[..., Station]
BoardMaker = Callable[..., DisplayWindow]


class FakeAnnouncer(QObject):
    """Records each announce(number, counter) and finishes it after `speak_ms`."""

    finished = Signal(str)

    def __init__(self, speak_ms: int = 100) -> None:
        super().__init__()
        self.calls: list[tuple[str, int]] = []
        self.started_at: list[float] = []
        self.finished_at: list[float] = []
        self.speaking: str | None = None
        self.overlapped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(speak_ms)
        self._timer.timeout.connect(self._finish)

    def announce(self, number: str, counter: int) -> None:
        self.overlapped |= self.speaking is not None
        self.speaking = number
        self.calls.append((number, counter))
        self.started_at.append(monotonic())
        self._timer.start()

    def _finish(self) -> None:
        number, self.speaking = self.speaking, None
        self.finished_at.append(monotonic())
        self.finished.emit(number)


@pytest.fixture
def make_station(home: Paths, clock: FakeClock) -> Iterator[StationMaker]:
    """Opens display stations on the seed catalogue (real hours), all on one store."""
    opened: list[Station] = []

    def make(zone: str | None = None, running_text: str = "") -> Station:
        display = DisplayOptions(zone=zone, running_text=running_text)
        base = StationConfig.demo_default(home)
        config = dataclasses.replace(base, role="display", demo=False, display=display)
        station = open_station(home, config, clock)
        opened.append(station)
        return station

    yield make
    for station in opened:
        station.close()


@pytest.fixture
def hall(make_station: StationMaker) -> Station:
    """The hall-wide board's station."""
    return make_station()


@pytest.fixture
def make_board(qapp: QApplication, qtbot: QtBot) -> Iterator[BoardMaker]:
    """Shows board windows (1920×1080 unless told) that flash briefly; closes them after.

    `presented` collects the calls the window presents, from its very first read.
    """
    apply_theme(qapp)
    shown: list[DisplayWindow] = []

    def make(
        station: Station,
        size: tuple[int, int] = (1920, 1080),
        announcer: FakeAnnouncer | None = None,
        presented: list[BoardCall] | None = None,
    ) -> DisplayWindow:
        window = DisplayWindow(station)
        qtbot.addWidget(window)
        if presented is not None:  # before show: a restarted board presents on its first read
            window.call_presented.connect(presented.append)
        window.presenter.flash_ms = TEST_FLASH_MS
        if announcer is not None:
            announcer.setParent(window)
            window.set_announcer(announcer)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.poller.is_running, timeout=1000)
        shown.append(window)
        return window

    yield make
    for window in shown:
        window.close()


def call(station: Station, code: str, counter: int) -> str:
    """Issue a ticket and call it to `counter` one second later; the ticket's number."""
    ticket = station.tickets.issue(code)
    tick(station)
    station.tickets.call(ticket.id, counter)
    return ticket.number


def tick(station: Station, seconds: float = 1) -> None:
    """Move the station's fake clock on."""
    from datetime import timedelta

    assert isinstance(station.clock, FakeClock)
    station.clock.advance(timedelta(seconds=seconds))
