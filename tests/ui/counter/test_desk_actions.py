"""Every desk action, by its button and by its key: what the clerk sees and what is stored."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.clock import FakeClock
from kiosk.domain.ticket import Outcome, PriorityClass
from kiosk.station import Station
from printers import DummyBackend
from tests.ui.counter.helpers import HOW, act, call, events, touch
from ui.counter.actions import Action
from ui.counter.outcome_sheet import KEYS as OUTCOME_KEYS
from ui.counter.window import CounterWindow


@pytest.fixture(params=HOW)
def how(request: pytest.FixtureRequest) -> str:
    """By button ("touch") and by function key ("key")."""
    return str(request.param)


def issue(station: Station, clock: FakeClock, code: str = "KTP-EL", **kw: object) -> str:
    ticket = station.tickets.issue(code, **kw)  # type: ignore[arg-type]
    clock.advance(timedelta(minutes=2))
    return ticket.id


def called(qtbot: QtBot, window: CounterWindow, how: str = "touch") -> str:
    """Call the next ticket; its id."""
    call(qtbot, window, Action.CALL_NEXT, how)
    current = window.desk.state.current
    assert current is not None
    return current.id


def output(window: CounterWindow) -> bytes:
    backend = window.worker._printing.printer.backend
    assert isinstance(backend, DummyBackend)
    return backend.output


def test_call_next_calls_the_first_waiting_ticket_to_this_counter(
    desk: CounterWindow, qtbot: QtBot, station: Station, clock: FakeClock, how: str
) -> None:
    first = issue(station, clock)
    issue(station, clock)
    # The desk reads its queue every few seconds by itself.
    qtbot.waitUntil(lambda: desk.desk.queue.model.rowCount() == 2, timeout=5000)
    call(qtbot, desk, Action.CALL_NEXT, how)
    stored = station.tickets.get(first)
    assert (stored.status, stored.counter_number) == ("called", 1)
    assert desk.desk.current.number.text() == "A-001"
    assert desk.desk.current.status.text() == "DIPANGGIL"
    assert desk.desk.queue.model.rowCount() == 1
    assert not desk.desk.pad.buttons[Action.CALL_NEXT].isEnabled(), "one citizen at a time"


def test_call_next_with_nobody_waiting_says_so(desk: CounterWindow, qtbot: QtBot, how: str) -> None:
    call(qtbot, desk, Action.CALL_NEXT, how)
    assert desk.desk.notice.text() == "Tidak ada yang menunggu untuk layanan loket ini."
    assert desk.desk.current.ticket is None


def test_actions_that_do_not_apply_are_disabled_and_their_keys_do_nothing(
    desk: CounterWindow, qtbot: QtBot, station: Station, clock: FakeClock
) -> None:
    issue(station, clock)
    desk.desk.refresh()
    buttons = desk.desk.pad.buttons
    off = [Action.RECALL, Action.START, Action.FINISH, Action.TRANSFER, Action.HOLD]
    assert not any(buttons[a].isEnabled() for a in [*off, Action.RETURN, Action.NO_SHOW])
    assert min(b.height() for b in buttons.values()) >= 56, "big enough to touch"
    for action in off:
        act(qtbot, desk, action, "key")
    assert desk.desk.sheets.current() is None
    assert [t.status for t in station.tickets.today()] == ["waiting"]


def test_recall_counts_and_after_the_limit_no_show_is_offered_and_works(
    desk: CounterWindow, qtbot: QtBot, station: Station, clock: FakeClock, how: str
) -> None:
    issue(station, clock)
    ticket = called(qtbot, desk)
    limit = station.config.recall_limit
    for count in range(1, limit + 1):
        assert not desk.desk.pad.buttons[Action.NO_SHOW].isEnabled()
        assert not desk.desk.current.no_show.isVisible()
        act(qtbot, desk, Action.RECALL, how)
        assert station.tickets.get(ticket).recall_count == count
    assert len(events(station, "ticket.recalled")) == limit
    assert desk.desk.pad.buttons[Action.NO_SHOW].isEnabled()
    assert desk.desk.pad.buttons[Action.NO_SHOW].property("emphasis") == "alert"
    assert desk.desk.current.no_show.isVisible()
    assert "tandai tidak hadir (F12)" in desk.desk.current.no_show.text()
    act(qtbot, desk, Action.NO_SHOW, how)
    assert station.tickets.get(ticket).status == "no_show"
    assert desk.desk.current.ticket is None
    assert desk.desk.figures.values[2].text() == "1"


def test_start_serving(
    desk: CounterWindow, qtbot: QtBot, station: Station, clock: FakeClock, how: str
) -> None:
    issue(station, clock)
    ticket = called(qtbot, desk)
    assert desk.desk.pad.buttons[Action.START].property("emphasis") == "primary"
    act(qtbot, desk, Action.START, how)
    assert station.tickets.get(ticket).status == "serving"
    assert desk.desk.current.status.text() == "SEDANG DILAYANI"
    assert desk.desk.pad.buttons[Action.FINISH].property("emphasis") == "primary"


def test_finish_opens_the_outcome_sheet_whose_f1_is_done_not_call_next(
    desk: CounterWindow, qtbot: QtBot, station: Station, clock: FakeClock, how: str
) -> None:
    issue(station, clock)
    issue(station, clock)
    ticket = called(qtbot, desk)
    act(qtbot, desk, Action.START, how)
    act(qtbot, desk, Action.FINISH, how)
    sheet = desk.desk.sheets.outcome
    assert sheet.isVisible() and sheet.title.text() == "Selesaikan layanan A-001"
    assert sheet.note.hasFocus()
    assert not desk.desk.pad.shortcuts[Action.CALL_NEXT].isEnabled()
    qtbot.keyClick(sheet.note, Qt.Key.Key_F1)
    assert not sheet.isVisible()
    view = station.tickets.get(ticket)
    assert (view.status, view.outcome, view.note) == ("done", "selesai", None)
    assert [t.status for t in station.tickets.today()] == ["done", "waiting"], "nobody called"


@pytest.mark.parametrize("outcome", list(Outcome))
def test_each_outcome_tile_and_key_stores_the_outcome_and_note(
    desk: CounterWindow,
    qtbot: QtBot,
    station: Station,
    clock: FakeClock,
    how: str,
    outcome: Outcome,
) -> None:
    issue(station, clock)
    ticket = called(qtbot, desk)
    act(qtbot, desk, Action.START, "touch")
    act(qtbot, desk, Action.FINISH, how)
    sheet = desk.desk.sheets.outcome
    qtbot.keyClicks(sheet.note, "Kembali besok dengan KK asli")
    if how == "touch":
        touch(qtbot, sheet.tiles[outcome])
    else:
        qtbot.keyClick(sheet.note, OUTCOME_KEYS[outcome])
    view = station.tickets.get(ticket)
    assert (view.status, view.outcome) == ("done", outcome.value)
    assert view.note == "Kembali besok dengan KK asli"
    assert desk.desk.notice.text() == f"A-001 selesai: {outcome.label.id}."
    assert desk.desk.figures.values[0].text() == "1"
    assert desk.desk.pad.shortcuts[Action.CALL_NEXT].isEnabled(), "the desk's keys are back"


def test_enter_in_the_outcome_sheet_finishes_as_done_and_esc_changes_nothing(
    desk: CounterWindow, qtbot: QtBot, station: Station, clock: FakeClock
) -> None:
    issue(station, clock)
    ticket = called(qtbot, desk)
    act(qtbot, desk, Action.START, "key")
    act(qtbot, desk, Action.FINISH, "key")
    qtbot.keyClick(desk.desk.sheets.outcome.note, Qt.Key.Key_Escape)
    assert station.tickets.get(ticket).status == "serving"
    act(qtbot, desk, Action.FINISH, "key")
    qtbot.keyClick(desk.desk.sheets.outcome.note, Qt.Key.Key_Return)
    assert station.tickets.get(ticket).outcome == "selesai"


def test_transfer_keeps_the_number_and_lands_in_the_other_services_queue(
    desk: CounterWindow, qtbot: QtBot, station: Station, clock: FakeClock, how: str
) -> None:
    issue(station, clock)
    ticket = called(qtbot, desk)
    act(qtbot, desk, Action.TRANSFER, how)
    sheet = desk.desk.sheets.transfer
    assert sheet.isVisible() and sheet.search.hasFocus()
    qtbot.keyClicks(sheet.search, "kartu kel")
    assert sheet.services.count() == 1 and sheet.chosen_service() == "KK"
    assert [b.text() for b in sheet.counter_buttons] == ["Loket mana saja", "Loket 1"]
    touch(qtbot, sheet.counter_buttons[1])
    qtbot.keyClicks(sheet.note, "Perlu KK baru dulu")
    qtbot.keyClick(sheet.note, Qt.Key.Key_Return)
    view = station.tickets.get(ticket)
    assert (view.number, view.status, view.service_code) == ("A-001", "transferred", "KK")
    assert (view.origin_service, view.target_counter, view.note) == (
        "KTP-EL",
        1,
        "Perlu KK baru dulu",
    )
    assert [t.id for t in station.desk.queue(2, ["KK"])] == [], "only Loket 1 may call it"
    assert [t.id for t in station.desk.queue(1, ["KK"])] == [ticket]
    assert desk.desk.notice.text() == "A-001 dialihkan ke Kartu Keluarga (Loket 1)."
    assert desk.desk.queue.model.rows[0].notes_text == "Dari KTP-EL  ·  Untuk loket ini  ·  " + (
        "Perlu KK baru dulu"
    )


def test_transfer_without_a_service_chosen_asks_for_one(
    desk: CounterWindow, qtbot: QtBot, station: Station, clock: FakeClock
) -> None:
    issue(station, clock)
    ticket = called(qtbot, desk)
    act(qtbot, desk, Action.TRANSFER, "key")
    sheet = desk.desk.sheets.transfer
    qtbot.keyClick(sheet.search, Qt.Key.Key_Return)
    assert sheet.isVisible() and sheet.error.text() == "Pilih layanan tujuan."
    qtbot.keyClick(sheet.search, Qt.Key.Key_Down)  # the arrows walk the list from the field
    assert sheet.chosen_service() == "KTP-EL"
    qtbot.keyClick(sheet.search, Qt.Key.Key_Escape)
    assert station.tickets.get(ticket).status == "called"


def test_hold_and_return_to_the_queue(
    desk: CounterWindow, qtbot: QtBot, station: Station, clock: FakeClock, how: str
) -> None:
    issue(station, clock)
    ticket = called(qtbot, desk)
    act(qtbot, desk, Action.HOLD, how)
    assert station.tickets.get(ticket).status == "held"
    assert desk.desk.current.ticket is None
    [row] = desk.desk.kept.rows
    assert row.number.text() == "A-001" and row.state.text() == "Ditahan"
    assert desk.desk.pad.buttons[Action.RETURN].detail.text() == "A-001"
    act(qtbot, desk, Action.RETURN, how)
    view = station.tickets.get(ticket)
    assert (view.status, view.target_counter) == ("waiting", 1)
    assert desk.desk.kept.rows == []
    assert desk.desk.queue.model.rows[0].ticket.id == ticket


def test_a_held_ticket_is_returned_or_called_back_from_its_row(
    desk: CounterWindow, qtbot: QtBot, station: Station, clock: FakeClock
) -> None:
    issue(station, clock)
    first = called(qtbot, desk)
    act(qtbot, desk, Action.HOLD, "touch")
    with qtbot.waitSignal(desk.worker.called, timeout=10_000):
        touch(qtbot, desk.desk.kept.rows[0].call_button)
    assert station.tickets.get(first).status == "called"
    assert desk.desk.state.current is not None and desk.desk.state.current.id == first
    act(qtbot, desk, Action.HOLD, "touch")
    touch(qtbot, desk.desk.kept.rows[0].return_button)
    assert station.tickets.get(first).status == "waiting"


def test_call_a_particular_number_typed_or_selected(
    desk: CounterWindow, qtbot: QtBot, station: Station, clock: FakeClock, how: str
) -> None:
    issue(station, clock)
    issue(station, clock)
    third = issue(station, clock)
    act(qtbot, desk, Action.CALL_NUMBER, how)
    sheet = desk.desk.sheets.number
    qtbot.keyClicks(sheet.number, "a-009")
    qtbot.keyClick(sheet.number, Qt.Key.Key_Return)
    assert sheet.error.text() == "Tiket 'A-009' tidak ditemukan hari ini."
    sheet.number.clear()
    qtbot.keyClicks(sheet.number, "a003")  # no dash: the desk adds it
    with qtbot.waitSignal(desk.worker.called, timeout=10_000):
        qtbot.keyClick(sheet.number, Qt.Key.Key_Return)
    view = station.tickets.get(third)
    assert (view.status, view.counter_number) == ("called", 1)
    assert not sheet.isVisible()


def test_a_number_that_is_not_waiting_is_refused_with_its_state(
    desk: CounterWindow, qtbot: QtBot, station: Station, clock: FakeClock
) -> None:
    elsewhere = issue(station, clock)
    station.tickets.call(elsewhere, 2)
    act(qtbot, desk, Action.CALL_NUMBER, "key")
    sheet = desk.desk.sheets.number
    qtbot.keyClicks(sheet.number, "A-001")
    qtbot.keyClick(sheet.number, Qt.Key.Key_Return)
    assert sheet.error.text() == "A-001 tidak dapat dipanggil: statusnya dipanggil."
    view = station.tickets.get(elsewhere)
    assert (view.counter_number, view.recall_count) == (2, 0), "not recalled at Loket 2"


def test_a_ticket_selected_in_the_list_is_the_number_offered(
    desk: CounterWindow, qtbot: QtBot, station: Station, clock: FakeClock
) -> None:
    issue(station, clock)
    second = issue(station, clock)
    desk.desk.refresh()
    desk.desk.queue.table.selectRow(1)
    assert desk.desk.pad.buttons[Action.REPRINT].detail.text() == "A-002"
    act(qtbot, desk, Action.CALL_NUMBER, "key")
    assert desk.desk.sheets.number.number.text() == "A-002"
    with qtbot.waitSignal(desk.worker.called, timeout=10_000):
        touch(qtbot, desk.desk.sheets.number.confirm_button)
    assert station.tickets.get(second).status == "called"


def test_walk_in_gets_a_number_and_is_served_here(
    desk: CounterWindow, qtbot: QtBot, station: Station, how: str
) -> None:
    act(qtbot, desk, Action.WALK_IN, how)
    sheet = desk.desk.sheets.walk_in
    assert [sheet.services.item(i).text() for i in range(2)] == [
        "A  ·  KTP Elektronik",
        "B  ·  Kartu Keluarga",
    ]
    touch(qtbot, sheet.priority_buttons[PriorityClass.LANSIA])
    qtbot.keyClick(sheet.services, Qt.Key.Key_Return)
    [view] = station.tickets.today()
    assert (view.number, view.status, view.counter_number) == ("A-001", "serving", 1)
    assert view.priority == "lansia"
    assert desk.desk.current.number.text() == "A-001"
    assert desk.desk.current.priority.text() == "Prioritas · Lansia"


def test_a_walk_in_for_a_service_without_priority_cannot_be_given_one(
    desk: CounterWindow, qtbot: QtBot, station: Station
) -> None:
    act(qtbot, desk, Action.WALK_IN, "key")
    sheet = desk.desk.sheets.walk_in
    sheet.services.setCurrentRow(1)  # KK has no priority queue
    assert not sheet.priority_buttons[PriorityClass.LANSIA].isEnabled()
    touch(qtbot, sheet.confirm_button)
    [view] = station.tickets.today()
    assert (view.service_code, view.priority) == ("KK", None)


def test_reprint_sends_a_copy_to_the_printer(
    desk: CounterWindow, qtbot: QtBot, station: Station, clock: FakeClock, how: str
) -> None:
    issue(station, clock)
    called(qtbot, desk)
    with qtbot.waitSignal(desk.worker.printed, timeout=10_000):
        act(qtbot, desk, Action.REPRINT, how)
    assert output(desk).count(b"A-001") >= 1
    assert desk.desk.notice.text() == "A-001 · Salinan tiket: Tercetak."
    assert len(events(station, "ticket.reprinted")) == 1


def test_form_and_receipt_prints_the_ticked_checklist_and_records_it(
    desk: CounterWindow, qtbot: QtBot, station: Station, clock: FakeClock, how: str
) -> None:
    answers = {
        "nik": "9409010101900001",
        "nama": "Yohanes Beanal",
        "alasan": "baru",
        "tanggal_lahir": "1990-01-01",
    }
    issue(station, clock, answers=answers)
    called(qtbot, desk)
    assert desk.desk.current.form.text() == "Formulir"
    act(qtbot, desk, Action.RECEIPT, how)
    sheet = desk.desk.sheets.receipt
    shown = {label.text(): value.text() for label, value in sheet.answer_labels}
    assert shown["NIK"] == "9409 •••• •••• 0001", "personal data arrives masked"
    assert "Yohanes" not in " ".join(shown.values())
    assert [box.text() for box in sheet.checks] == ["Fotokopi KK"]
    touch(qtbot, sheet.checks[0].box)
    with qtbot.waitSignal(desk.worker.printed, timeout=10_000):
        qtbot.keyClick(sheet, Qt.Key.Key_Return)
    assert sheet.result.text() == "Tercetak." and sheet.result.property("kind") == "ok"
    [receipt] = events(station, "receipt.issued")
    assert receipt["checklist"] == [{"requirement": "Fotokopi KK", "received": True}]
    assert receipt["officer"] == "Siti Rahma"
    assert b"TT-261123-A-001" in output(desk)


def test_a_ticket_without_a_form_still_gets_a_receipt(
    desk: CounterWindow, qtbot: QtBot, station: Station, clock: FakeClock
) -> None:
    issue(station, clock, code="KK")
    called(qtbot, desk)
    act(qtbot, desk, Action.RECEIPT, "key")
    sheet = desk.desk.sheets.receipt
    assert sheet.no_form.isVisible() and sheet.answer_labels == []
    with qtbot.waitSignal(desk.worker.printed, timeout=10_000):
        touch(qtbot, sheet.confirm_button)
    [receipt] = events(station, "receipt.issued")
    assert receipt["checklist"] == [{"requirement": "KK lama", "received": False}]


def test_a_store_that_stays_locked_is_told_to_the_clerk_and_the_desk_goes_on(
    desk: CounterWindow,
    qtbot: QtBot,
    station: Station,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    issue(station, clock)
    ticket_id = called(qtbot, desk)

    values = {"nama": "Yohanes Beanal"}  # what a statement's text could carry

    def locked(_ticket_id: str) -> None:
        raise OperationalError("UPDATE …", values, sqlite3.OperationalError("locked"))

    monkeypatch.setattr(station.desk, "hold", locked)
    act(qtbot, desk, Action.HOLD, "key")
    assert desk.desk.notice.text().startswith("Terjadi gangguan"), desk.desk.notice.text()
    assert station.tickets.get(ticket_id).status == "called", "nothing half-done"
    assert "OperationalError" in caplog.text and "Yohanes" not in caplog.text
    monkeypatch.undo()
    act(qtbot, desk, Action.HOLD, "key")
    assert station.tickets.get(ticket_id).status == "held", "the next try works"
