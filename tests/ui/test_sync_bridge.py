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
    thread = threading.Thread(target=bridge.listener, args=(state,))
    thread.start()
    thread.join()


def test_states_from_another_thread_arrive_as_signals_in_the_gui_thread(
    qapp: QApplication, qtbot: QtBot
) -> None:
    bridge = SyncBridge()
    threads: list[threading.Thread] = []
    bridge.online_changed.connect(lambda _: threads.append(threading.current_thread()))
    with qtbot.waitSignals([bridge.online_changed, bridge.backlog_changed], timeout=2000):
        from_worker_thread(bridge, SyncState(True, 3, 0, NINE))
    assert threads == [threading.main_thread()]
    with qtbot.waitSignal(bridge.online_changed, timeout=2000) as online:
        from_worker_thread(bridge, SyncState(False, 3, 0, NINE, Text("x", "x")))
    assert online.args == [False]
    with qtbot.assertNotEmitted(bridge.backlog_changed, wait=100):
        from_worker_thread(bridge, SyncState(False, 3, 0, NINE, Text("x", "x")))


def test_the_admin_menu_shows_and_follows_the_sync_state(
    qapp: QApplication, qtbot: QtBot, station: Station
) -> None:
    bridge = SyncBridge()
    window = KioskWindow(station, TicketPrinting(station, Printer("dummy:")), sync=bridge)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(bridge.state_changed, timeout=2000):
        from_worker_thread(bridge, SyncState(True, 0, 0, NINE))
    window.navigator.go(window.admin)
    window.admin.sync_button.click()
    assert window.admin.result.text() == (
        "Terhubung ke server. Menunggu dikirim: 0. Karantina: 0. Sinkron terakhir: 09.00 WIT."
    )
    with qtbot.waitSignal(bridge.state_changed, timeout=2000):
        from_worker_thread(bridge, SyncState(False, 4, 1, NINE, Text("x", "x")))
    assert window.admin.result.text().startswith(
        "Server tidak dapat dihubungi. Menunggu dikirim: 4"
    )
    window.navigator.set_language("en")
    window.admin.sync_button.click()
    assert "Quarantined: 1" in window.admin.result.text()
