"""What the counter tests do as a clerk would: touch, press keys, sign in, wait for a call."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.station import Station
from kiosk.storage.models import EventRow
from ui.counter.actions import SPECS, Action
from ui.counter.window import CounterWindow

OFFICER, PIN = "Siti Rahma", "2468"
#: Every action is tested by its button and by its key.
HOW = ("touch", "key")


def touch(qtbot: QtBot, widget: QWidget) -> None:
    """A click (or a touch) on a widget the clerk can see and use."""
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def sign_in(
    qtbot: QtBot, window: CounterWindow, pin: str = PIN, name: str = OFFICER, counter: int = 1
) -> None:
    """Type name and PIN, choose the counter, press Enter."""
    screen = window.sign_in
    row = next(i for i, c in enumerate(screen._counter_list) if c.number == counter)
    screen.counters.setCurrentRow(row)
    screen.name.clear()
    qtbot.keyClicks(screen.name, name)
    qtbot.keyClicks(screen.pin, pin)
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)


def act(qtbot: QtBot, window: CounterWindow, action: Action, how: str) -> None:
    """Do a desk action by touching its button or pressing its key."""
    if how == "touch":
        touch(qtbot, window.desk.pad.buttons[action])
    else:
        qtbot.keyClick(window, SPECS[action].key)


def call(qtbot: QtBot, window: CounterWindow, action: Action, how: str = "touch") -> None:
    """An action that calls (through the worker thread), waiting for its answer."""
    with qtbot.waitSignal(window.worker.called, timeout=10_000):
        act(qtbot, window, action, how)


def events(station: Station, kind: str) -> list[dict[str, Any]]:
    """The payloads of the station's events of one type, oldest first."""
    with station.store.uow() as uow:
        rows = uow.session.scalars(
            select(EventRow.payload).where(EventRow.type == kind).order_by(EventRow.seq)
        )
        return [json.loads(p) for p in rows]
