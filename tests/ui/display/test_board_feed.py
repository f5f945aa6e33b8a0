"""The board follows the hall's change feed: a call made at a counter, through a real
`mpp-server`, is on the board within a second of the server deciding it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from datetime import time as dtime
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.catalog.loader import SEED_CATALOGUE, load_file
from kiosk.clock import WIT
from kiosk.station import Station
from sync.client.calls import call_ticket
from sync.client.credentials import read_token
from sync.client.worker import SyncWorker
from tests.sync.e2e.hall import Hall
from tests.sync.server_process import ServerHandle, running_server
from ui.display.board_window import DisplayWindow
from ui.sync_bridge import SyncBridge
from ui.theme import apply_theme


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerHandle]:
    """`mpp-server serve` on 127.0.0.1 with its own SQLite database."""
    with running_server(f"sqlite:///{tmp_path / 'server.sqlite'}") as handle:
        yield handle


@pytest.fixture
def hall(server: ServerHandle, tmp_path: Path) -> Iterator[Hall]:
    made = Hall(server, tmp_path / "hall")
    yield made
    made.close()


def _worker(station: Station, bridge: SyncBridge | None = None) -> SyncWorker:
    token = read_token(station.paths.station_token)
    assert token is not None and station.config.server_url is not None
    listener = bridge.listener if bridge else None
    worker = SyncWorker(station, station.config.server_url, token, listener, feed_wait=5.0)
    worker.start()
    return worker


def test_a_call_at_a_counter_reaches_the_board_through_the_feed_within_a_second(
    qapp: QApplication, qtbot: QtBot, hall: Hall
) -> None:
    apply_theme(qapp)
    hall.clock.set(_a_monday_ahead())
    kiosk = hall.station("Kiosk 1")
    counter = hall.station("Loket 3", "counter")
    board_station = hall.station("Papan", "display")
    bridge = SyncBridge()
    workers = [_worker(kiosk), _worker(board_station, bridge)]
    board = DisplayWindow(board_station, sync=bridge)
    qtbot.addWidget(board)
    board.resize(1920, 1080)
    board.show()
    try:
        qtbot.waitUntil(lambda: bridge.state is not None and bridge.state.online, timeout=5000)
        for number_shown in range(2):
            ticket = kiosk.tickets.issue("KTP-EL")
            api = hall.api(counter)
            _until_counter_knows(hall, counter, ticket.id)
            start = time.monotonic()
            called = call_ticket(counter, api, 3, ["KTP-EL"], ticket.id)
            assert called.ticket is not None and not called.offline
            qtbot.waitUntil(partial(_on_tile, board, 3, ticket.number), timeout=3000)
            assert time.monotonic() - start < 1.0, f"call {number_shown + 1} took too long"
    finally:
        board.close()
        for worker in workers:
            worker.stop(timeout=10)


def _a_monday_ahead() -> datetime:
    """09:00 WIT on an open Monday at least a week after today's real date.

    The server stamps calls with the real time while the hall runs on this fake morning,
    so the board always takes them for late news (see `_on_tile`), whatever day the tests
    run on; a fixed date would turn them into live calls once the real clock passed it.
    """
    seed, _ = load_file(SEED_CATALOGUE)
    day = datetime.now(WIT).date() + timedelta(days=7)
    day += timedelta(days=-day.weekday() % 7)  # the next Monday
    while seed.holiday_on(day) is not None:
        day += timedelta(days=7)
    return datetime.combine(day, dtime(9, 0), tzinfo=WIT)


def _on_tile(board: DisplayWindow, counter: int, number: str) -> bool:
    # The tile, not the spotlight: the board takes the server's real-time calls for late
    # news on the hall's fake Monday, and shows them without the flash and the voice.
    tile = board.counters.tiles.get(counter)
    return tile is not None and tile.number.text() == number


def _until_counter_knows(hall: Hall, counter: Station, ticket_id: str) -> None:
    """Sync the counter until the kiosk's ticket (pushed by the kiosk's worker) is there."""
    deadline = time.monotonic() + 5
    while not any(t.id == ticket_id for t in counter.tickets.today()):
        assert time.monotonic() < deadline, "the kiosk's ticket never reached the counter"
        hall.runner(counter).run_once()
        time.sleep(0.05)
