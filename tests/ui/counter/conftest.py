"""Fixtures of the counter desk tests: a station open every day, its window, a signed-in desk."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.clock import FakeClock
from kiosk.paths import Paths
from kiosk.station import Station, open_station
from mpp.counter_calls import CounterCalls
from mpp.printing import TicketPrinting
from printers import Printer
from tests.conftest import small_config
from tests.ui.counter.helpers import OFFICER, PIN, sign_in
from ui.counter.window import CounterWindow
from ui.theme import apply_theme


@pytest.fixture
def station(home: Paths, clock: FakeClock) -> Iterator[Station]:
    """The small catalogue, open every day (KK is closed on Mondays otherwise), one officer."""
    opened = open_station(home, small_config(home, demo=True), clock)
    opened.officers.save(OFFICER, PIN)
    yield opened
    opened.close()


@pytest.fixture
def window(qapp: QApplication, qtbot: QtBot, station: Station) -> Iterator[CounterWindow]:
    """The counter window at 1366×768 with a `dummy:` printer, on the sign-in screen."""
    apply_theme(qapp)
    printing = TicketPrinting(station, Printer("dummy:"))
    win = CounterWindow(station, printing, CounterCalls(station))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def desk(window: CounterWindow, qtbot: QtBot) -> CounterWindow:
    """Siti Rahma signed in at Loket 1 (KTP-EL and KK); the window has the keyboard."""
    sign_in(qtbot, window)
    window.activateWindow()
    qtbot.waitActive(window)
    return window
