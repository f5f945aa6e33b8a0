"""A USB scanner types a ticket's QR wherever the focus is: genuine tickets come up, forged
ones are refused, and a person's typing is never eaten."""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.clock import FakeClock
from kiosk.domain.ticket_token import TicketClaim, sign
from kiosk.paths import Paths
from kiosk.station import Station, open_station
from tests.conftest import small_config
from tests.ui.counter.helpers import touch
from ui.counter.actions import Action
from ui.counter.scan_catcher import SCAN_GAP_MS
from ui.counter.window import CounterWindow


@pytest.fixture
def kiosk(tmp_path: Path, station: Station, clock: FakeClock) -> Iterator[Station]:
    """Another station of the same hall (same key) that has not synced with the counter."""
    paths = Paths(tmp_path / "kiosk" / "config", tmp_path / "kiosk" / "data")
    key = base64.b64encode(station.paths.hall_key.read_bytes()).decode()
    config = dataclasses.replace(small_config(paths, demo=True), hall_key=key)
    opened = open_station(paths, config, clock)
    yield opened
    opened.close()


def scan(qtbot: QtBot, widget: QWidget, text: str, *, enter: bool = True) -> None:
    """What a scanner does: the whole text in a burst of keys, then Enter."""
    qtbot.keyClicks(widget, text)
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_genuine_qr_of_an_unsynced_ticket_comes_up_and_enter_calls_it(
    desk: CounterWindow, qtbot: QtBot, station: Station, kiosk: Station
) -> None:
    ticket = kiosk.tickets.issue("KTP-EL")
    assert station.tickets.today() == [], "the counter has not heard of it"
    scan(qtbot, desk.desk.queue.table, ticket.qr_payload)
    sheet = desk.desk.sheets.scan
    assert sheet.isVisible() and sheet.number.text() == "A-001"
    assert sheet.state.text() == "Menunggu"
    assert sheet.confirm_button.title.text() == "Panggil ke loket ini"
    with qtbot.waitSignal(desk.worker.called, timeout=10_000):
        qtbot.keyClick(sheet, Qt.Key.Key_Return)
    view = station.tickets.get(ticket.id)
    assert (view.status, view.counter_number) == ("called", 1)
    assert desk.desk.current.number.text() == "A-001"


def test_a_scanner_that_sends_no_enter_is_understood_after_its_pause(
    desk: CounterWindow, qtbot: QtBot, kiosk: Station
) -> None:
    ticket = kiosk.tickets.issue("KTP-EL")
    scan(qtbot, desk.desk, ticket.qr_payload, enter=False)
    sheet = desk.desk.sheets.scan
    qtbot.waitUntil(sheet.isVisible, timeout=SCAN_GAP_MS * 10)
    assert sheet.number.text() == "A-001"


def test_a_scan_typed_into_a_note_field_does_not_land_in_it(
    desk: CounterWindow, qtbot: QtBot, station: Station, kiosk: Station
) -> None:
    ticket = kiosk.tickets.issue("KTP-EL")
    station.tickets.issue("KTP-EL")
    desk.desk.act(Action.CALL_NEXT)
    desk.worker.wait()
    qtbot.waitUntil(lambda: desk.desk.state.current is not None)
    desk.desk.act(Action.TRANSFER)
    note = desk.desk.sheets.transfer.note
    note.setFocus()
    scan(qtbot, note, ticket.qr_payload)
    assert note.text() == ""
    assert desk.desk.sheets.scan.isVisible() and not desk.desk.sheets.transfer.isVisible()


def test_a_forged_qr_is_refused_plainly_and_changes_nothing(
    desk: CounterWindow, qtbot: QtBot, station: Station, clock: FakeClock
) -> None:
    claim = TicketClaim(
        "6b0f5a6e-1d3b-4f7e-9d55-2f1f4b0e9a11",
        "A-042",
        "KTP-EL",
        clock.now(),
        "0d9c1f4e-5a6b-4c3d-8e2f-1a2b3c4d5e6f",
    )
    scan(qtbot, desk.desk.queue.table, sign(claim, b"another hall's key, not ours!!!!"))
    sheet = desk.desk.sheets.scan
    assert sheet.isVisible() and sheet.title.text() == "Kode QR ditolak"
    assert "bukan tiket sah MPP ini" in sheet.message.text()
    assert sheet.unchanged.text() == "Tidak ada yang diubah."
    assert not sheet.confirm_button.isVisible()
    qtbot.keyClick(sheet, Qt.Key.Key_Return)  # nothing to confirm
    assert station.tickets.today() == []
    qtbot.keyClick(sheet, Qt.Key.Key_Escape)
    assert not sheet.isVisible()
    assert desk.desk.pad.shortcuts[Action.CALL_NEXT].isEnabled()


def test_a_person_typing_m_in_a_field_keeps_every_letter_in_order(
    desk: CounterWindow, qtbot: QtBot, station: Station
) -> None:
    station.tickets.issue("KTP-EL")
    desk.desk.act(Action.CALL_NEXT)
    desk.worker.wait()
    qtbot.waitUntil(lambda: desk.desk.state.current is not None)
    desk.desk.act(Action.TRANSFER)
    search = desk.desk.sheets.transfer.search
    qtbot.keyClicks(search, "MPx MP")  # fast, but not the ticket prefix
    assert search.text() == "MPx MP"[: len(search.text())]
    qtbot.waitUntil(lambda: search.text() == "MPx MP", timeout=1000)
    search.clear()
    qtbot.keyClick(search, "M")
    qtbot.wait(100)  # a person's pause: the held M goes to the field
    qtbot.keyClick(search, "P")
    assert search.text() == "MP"


def test_scans_are_not_caught_on_the_sign_in_screen(
    window: CounterWindow, qtbot: QtBot, kiosk: Station
) -> None:
    ticket = kiosk.tickets.issue("KTP-EL")
    scan(qtbot, window.sign_in.name, ticket.qr_payload, enter=False)
    assert window.sign_in.name.text() == ticket.qr_payload[:80]
    assert not window.scanner.active


def test_a_scanned_ticket_already_at_this_counter_is_brought_up(
    desk: CounterWindow, qtbot: QtBot, station: Station, clock: FakeClock
) -> None:
    first = station.tickets.issue("KTP-EL")
    second = station.tickets.issue("KTP-EL")
    for ticket in (first, second):
        station.tickets.call(ticket.id, 1)
        clock.advance(timedelta(minutes=1))
    desk.desk.refresh()
    assert desk.desk.state.current is not None and desk.desk.state.current.id == second.id
    [row] = desk.desk.kept.rows
    assert row.state.text() == "Dipanggil" and row.bring_up_button.isVisible()
    scan(qtbot, desk.desk.queue.table, first.qr_payload)
    assert desk.desk.sheets.scan.confirm_button.title.text() == "Tampilkan"
    touch(qtbot, desk.desk.sheets.scan.confirm_button)
    assert desk.desk.state.current is not None and desk.desk.state.current.id == first.id
