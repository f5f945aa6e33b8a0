"""Fixtures of the admin menu tests: a counter desk and a hall board whose admin PIN is set.

The PIN is the demo's, whose slow hash is kept ready, so no test waits for scrypt.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.clock import FakeClock
from kiosk.config import StationConfig
from kiosk.paths import Paths
from kiosk.station import DEMO_PIN_HASH, Station, open_station
from mpp.counter_calls import CounterCalls
from mpp.printing import TicketPrinting
from printers import Printer
from tests.conftest import small_config
from tests.ui.counter.helpers import OFFICER, PIN, sign_in
from ui.admin.admin_dialog import AdminDialog
from ui.admin.station_control import StationControl
from ui.counter.window import CounterWindow
from ui.display.board_window import DisplayWindow
from ui.theme import apply_theme

#: The printer the counter prints to in these tests: a file the test reads back.
PRINTER_FILE = "printer.bin"


def admin_config(home: Paths, role: str) -> StationConfig:
    """The small catalogue, open every day, with the admin PIN set."""
    base = small_config(home, demo=True)
    return dataclasses.replace(base, role=role, admin_pin_hash=DEMO_PIN_HASH)  # type: ignore[arg-type]


@pytest.fixture
def counter_station(home: Paths, clock: FakeClock) -> Iterator[Station]:
    opened = open_station(home, admin_config(home, "counter"), clock)
    opened.officers.save(OFFICER, PIN)
    yield opened
    opened.close()


@pytest.fixture
def display_station(home: Paths, clock: FakeClock) -> Iterator[Station]:
    opened = open_station(home, admin_config(home, "display"), clock)
    yield opened
    opened.close()


CounterMaker = Callable[..., CounterWindow]


@pytest.fixture
def make_counter(
    qapp: QApplication, qtbot: QtBot, counter_station: Station, tmp_path: Path
) -> Iterator[CounterMaker]:
    """Counter windows at 1366×768 printing to `tmp_path/printer.bin`."""
    apply_theme(qapp)
    made: list[CounterWindow] = []

    def make(control: StationControl | None = None) -> CounterWindow:
        printer = Printer(f"file:{tmp_path / PRINTER_FILE}")
        station = counter_station
        window = CounterWindow(
            station, TicketPrinting(station, printer), CounterCalls(station), control=control
        )
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


@pytest.fixture
def counter(make_counter: CounterMaker) -> CounterWindow:
    """A counter window on its sign-in screen, without station controls."""
    return make_counter()


@pytest.fixture
def desk(counter: CounterWindow, qtbot: QtBot) -> CounterWindow:
    """The counter with an officer signed in: the desk and its scanner catcher are on."""
    sign_in(qtbot, counter)
    counter.activateWindow()
    qtbot.waitActive(counter)
    return counter


@pytest.fixture
def board(qapp: QApplication, qtbot: QtBot, display_station: Station) -> Iterator[DisplayWindow]:
    """A hall board locked full screen (kiosk mode), 1366×768."""
    apply_theme(qapp)
    window = DisplayWindow(display_station, kiosk_mode=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def dialog_of(window: CounterWindow | DisplayWindow) -> AdminDialog:
    """The admin dialog the window has open."""
    dialog = window.admin.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog
