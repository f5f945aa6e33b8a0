"""Two counter desks against a real `mpp-server`, calling at the same moment: one citizen,
one counter; the other desk is told plainly."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.services.dto import TicketView
from kiosk.station import Station
from mpp.counter_calls import CounterCalls
from mpp.printing import TicketPrinting
from printers import Printer
from sync.client.calls import CallOutcome
from tests.sync.e2e.conftest import hall, server  # noqa: F401  (the e2e fixtures)
from tests.sync.e2e.hall import Hall
from tests.ui.counter.helpers import OFFICER, PIN, sign_in, touch
from ui.counter.actions import Action
from ui.counter.window import CounterWindow
from ui.theme import apply_theme

pytestmark = pytest.mark.slow


@pytest.fixture
def server_db(tmp_path: Path) -> str:
    """The hall's server on SQLite."""
    return f"sqlite:///{tmp_path / 'server.sqlite'}"


class TogetherCalls(CounterCalls):
    """Waits at a barrier before calling: both desks' worker threads have started before
    either reaches the server."""

    def __init__(self, station: Station, barrier: threading.Barrier) -> None:
        super().__init__(station)
        self._barrier = barrier

    def call(
        self, counter: int, services: Sequence[str], ticket_id: str | None = None
    ) -> CallOutcome:
        self._barrier.wait(timeout=20)
        return super().call(counter, services, ticket_id)


@pytest.fixture
def desks(qapp: QApplication, qtbot: QtBot, hall: Hall) -> Iterator[list[CounterWindow]]:  # noqa: F811
    """Loket 1 and Loket 2, enrolled, signed in, knowing the kiosk's one ticket."""
    apply_theme(qapp)
    barrier = threading.Barrier(2)
    windows = []
    for number in (1, 2):
        station = hall.station(f"Loket {number}", "counter")
        station.officers.save(OFFICER, PIN)
        calls = TogetherCalls(station, barrier)
        assert calls.with_server
        window = CounterWindow(station, TicketPrinting(station, Printer("dummy:")), calls)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        sign_in(qtbot, window, counter=number)
        windows.append(window)
    yield windows
    for window in windows:
        window.close()
        window.desk.calls.close()


def issue_one(hall: Hall, desks: list[CounterWindow]) -> TicketView:  # noqa: F811
    """A kiosk issues one ticket and pushes it; both counters pull it."""
    kiosk = hall.station("Kiosk 1")
    ticket = kiosk.tickets.issue("KTP-EL")
    hall.runner(kiosk).run_once()
    for window in desks:
        hall.runner(window.station).run_once()
        window.desk.refresh()
        assert window.desk.queue.model.rowCount() == 1
    return ticket


def as_the_server_has_it(hall: Hall, ticket: str) -> tuple[str, int | None]:  # noqa: F811
    """A ticket's state and counter as a newly enrolled station learns them from the feed."""
    board = hall.station("Papan", "display")
    hall.runner(board).run_once()
    view = board.tickets.get(ticket)
    return view.status, view.counter_number


def test_call_next_at_the_same_moment_gives_the_citizen_to_one_counter(
    hall: Hall,  # noqa: F811
    desks: list[CounterWindow],
    qtbot: QtBot,
) -> None:
    ticket = issue_one(hall, desks)
    with qtbot.waitSignals([w.worker.called for w in desks], timeout=30_000):
        for window in desks:
            touch(qtbot, window.desk.pad.buttons[Action.CALL_NEXT])
    number = ticket.number
    winners = [w for w in desks if w.desk.state.current is not None]
    assert len(winners) == 1
    [winner] = winners
    [loser] = [w for w in desks if w is not winner]
    assert winner.desk.state.current is not None and winner.desk.state.current.id == ticket.id
    assert winner.desk.current.number.text() == number
    counter = 1 if winner is desks[0] else 2
    assert loser.desk.notice.text() in (
        "Tidak ada yang menunggu untuk layanan loket ini.",
        f"{number} sudah dipanggil Loket {counter}.",
    )
    assert loser.desk.current.ticket is None
    assert as_the_server_has_it(hall, ticket.id) == ("called", counter)


def test_calling_the_same_number_at_once_tells_the_loser_who_has_it(
    hall: Hall,  # noqa: F811
    desks: list[CounterWindow],
    qtbot: QtBot,
) -> None:
    ticket = issue_one(hall, desks)
    for window in desks:
        window.desk.act(Action.CALL_NUMBER)
        qtbot.keyClicks(window.desk.sheets.number.number, ticket.number)
    with qtbot.waitSignals([w.worker.called for w in desks], timeout=30_000):
        for window in desks:
            qtbot.keyClick(window.desk.sheets.number.number, Qt.Key.Key_Return)
    [winner] = [w for w in desks if w.desk.state.current is not None]
    [loser] = [w for w in desks if w is not winner]
    assert winner.desk.state.current is not None and winner.desk.state.current.id == ticket.id
    counter = 1 if winner is desks[0] else 2
    assert loser.desk.notice.text() == f"{ticket.number} sudah dipanggil Loket {counter}."
    assert loser.desk.notice.property("kind") == "warn"
    assert loser.desk.current.ticket is None
    assert as_the_server_has_it(hall, ticket.id) == ("called", counter)
