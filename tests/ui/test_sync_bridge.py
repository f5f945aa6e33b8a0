"""Sync news reaches the screens only through the bridge, from the worker's own threads."""

from __future__ import annotations

import threading
from datetime import datetime

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.clock import WIT
from kiosk.domain.text import Text
from kiosk.station import Station
from mpp.printing import TicketPrinting
from printers import Printer
from sync.client.worker import SyncState
from ui.kiosk.window import KioskWindow
from ui.sync_bridge import SyncBridge

NINE = datetime(2026, 11, 23, 9, 0, tzinfo=WIT)


def from_worker_thread(bridge: SyncBridge, state: SyncState) -> None:
    """Hand a state to the bridge on another thread, then let the GUI thread take it.

    The queued signal waits in the GUI thread's event queue until events are
    processed; processing them here keeps the test independent of a running loop.
    """
    thread = threading.Thread(target=bridge.listener, args=(state,))
    thread.start()
    thread.join()
    QApplication.processEvents()


def test_states_from_another_thread_arrive_as_signals_in_the_gui_thread(
    qapp: QApplication, qtbot: QtBot
) -> None:
    bridge = SyncBridge()
    heard: list[tuple[str, object, threading.Thread]] = []

    def note(name: str) -> None:
        getattr(bridge, name).connect(
            lambda value: heard.append((name, value, threading.current_thread()))
        )

    for name in ("online_changed", "backlog_changed", "quarantined_changed"):
        note(name)
    from_worker_thread(bridge, SyncState(True, 3, 0, NINE))
    assert [(n, v) for n, v, _ in heard] == [
        ("online_changed", True),
        ("backlog_changed", 3),
        ("quarantined_changed", 0),
    ]
    assert {t for _, _, t in heard} == {threading.main_thread()}
    heard.clear()
    from_worker_thread(bridge, SyncState(False, 3, 0, NINE, Text("x", "x")))
    assert [(n, v) for n, v, _ in heard] == [("online_changed", False)]  # only what changed
    assert bridge.state is not None and bridge.state.problem == Text("x", "x")


def test_the_admin_menu_shows_and_follows_the_sync_state(
    qapp: QApplication, qtbot: QtBot, station: Station
) -> None:
    station.sync.save_enrolment(1)
    bridge = SyncBridge()
    window = KioskWindow(station, TicketPrinting(station, Printer("dummy:")), sync=bridge)
    qtbot.addWidget(window)
    window.show()
    from_worker_thread(bridge, SyncState(True, 0, 0, NINE))
    window.navigator.go(window.admin)
    panel = window.admin.menu.panel
    assert panel.value("last_sync") == "belum pernah · terhubung"
    from_worker_thread(bridge, SyncState(False, 4, 1, NINE, Text("Server mati.", "Server down.")))
    assert panel.value("last_sync") == "belum pernah · tidak terhubung\nServer mati."
    window.navigator.set_language("en")
    assert panel.value("last_sync") == "never · not connected\nServer down."
    window.admin.on_leave()
