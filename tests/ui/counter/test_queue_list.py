"""The waiting list: calling order, minutes waited, and the marks a clerk acts on."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kiosk.clock import FakeClock
from kiosk.domain.ticket import PriorityClass
from kiosk.station import Station
from mpp.printing import TicketPrinting
from printers import Printer
from ui.counter.queue_model import MARKS_ROLE, Column
from ui.counter.window import CounterWindow

ANSWERS = {
    "nik": "9409010101900001",
    "nama": "Ani",
    "alasan": "baru",
    "tanggal_lahir": "1990-01-01",
}


def test_the_list_shows_priority_print_failed_form_and_transfer_marks(
    desk: CounterWindow,
    qtbot: QtBot,
    station: Station,
    clock: FakeClock,
    qtmodeltester: ModelTester,
) -> None:
    plain = station.tickets.issue("KK").id
    clock.advance(timedelta(minutes=3))
    kept = TicketPrinting(station, Printer("dummy:?state=paper_out")).issue_and_print(
        "KTP-EL", None, "id"
    )
    station.printing.keep(kept.ticket.id)  # the citizen kept the number after the failure
    clock.advance(timedelta(minutes=3))
    form = station.tickets.issue("KTP-EL", answers=ANSWERS).id
    clock.advance(timedelta(minutes=3))
    elderly = station.tickets.issue("KTP-EL", PriorityClass.LANSIA).id
    clock.advance(timedelta(minutes=3))
    moved = station.tickets.issue("KK").id
    station.tickets.call(moved, 2)
    station.desk.transfer(moved, "KTP-EL", note="Bawa akta")
    clock.advance(timedelta(minutes=5))
    desk.desk.refresh()
    model = desk.desk.queue.model
    qtmodeltester.check(model)
    rows = {r.ticket.id: r for r in model.rows}
    assert model.rows[0].ticket.id == elderly, "priority is called first"
    assert rows[elderly].marks == (("Lansia", "priority"),)
    assert rows[kept.ticket.id].marks == (("Gagal cetak", "error"),)
    assert rows[form].marks == (("Formulir", "form"),)
    assert rows[moved].marks == (("Dari KK", "moved"),)
    assert rows[moved].note == "Bawa akta"
    assert rows[plain].marks == ()
    waited = {r.ticket.number: r.waited for r in model.rows}
    expected = {"B-001": 17, "A-001": 14, "A-002": 11, "A-003": 8, "B-002": 5}
    assert waited == {number: f"{minutes} mnt" for number, minutes in expected.items()}
    index = model.index(model.row_of(elderly) or 0, Column.NOTES)
    assert model.data(index, MARKS_ROLE) == [("Lansia", "priority")]
    assert desk.desk.queue.count.text() == "5 menunggu"
    assert desk.desk.figures.values[1].text() == "5"


def test_an_empty_queue_says_so(desk: CounterWindow) -> None:
    assert not desk.desk.queue.table.isVisible()
    assert desk.desk.queue.empty.text() == "Tidak ada yang menunggu."
    assert desk.desk.current.empty_title.text() == "Belum ada warga di loket"


def test_the_selection_survives_a_refresh_and_leaves_with_its_ticket(
    desk: CounterWindow, station: Station, clock: FakeClock
) -> None:
    station.tickets.issue("KTP-EL")
    second = station.tickets.issue("KTP-EL")
    desk.desk.refresh()
    desk.desk.queue.table.selectRow(1)
    clock.advance(timedelta(minutes=1))  # the minutes change: the rows are new
    desk.desk.refresh()
    selected = desk.desk.queue.selected()
    assert selected is not None and selected.id == second.id
    station.tickets.call(second.id, 2)  # another counter took it
    desk.desk.refresh()
    assert desk.desk.queue.selected() is None
    assert desk.desk.state.target is None


def test_esc_lets_go_of_the_selection(desk: CounterWindow, qtbot: QtBot, station: Station) -> None:
    station.tickets.issue("KTP-EL")
    desk.desk.refresh()
    desk.desk.queue.table.selectRow(0)
    assert desk.desk.state.target is not None
    qtbot.keyClick(desk.desk.queue.table, Qt.Key.Key_Escape)
    assert desk.desk.queue.selected() is None and desk.desk.state.target is None
