"""Qt fixtures: the themed application and a kiosk window on the test station."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.station import Station
from mpp.printing import TicketPrinting
from printers import Printer
from ui.kiosk.window import KioskWindow
from ui.theme import apply_theme


@pytest.fixture
def printer_address() -> str:
    """The kiosk's printer; a test parametrizes it to simulate a fault (dummy:?state=…)."""
    return "dummy:"


@pytest.fixture
def window(
    qapp: QApplication, qtbot: QtBot, station: Station, printer_address: str
) -> Iterator[KioskWindow]:
    """A kiosk window at 1366×768, shown offscreen."""
    apply_theme(qapp)
    win = KioskWindow(station, TicketPrinting(station, Printer(printer_address)))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.worker.wait()
    win.navigator.current().on_leave()  # type: ignore[union-attr]
    # pytest-qt closed it and asked for its deletion, which waits for an event loop that
    # never runs here: delete it now, or every later restyle walks its widgets too.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
