"""Signing in at a counter and out again: PIN, lock-out, counter and services, attendance."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.station import Station
from tests.ui.counter.helpers import OFFICER, events, sign_in, touch
from ui.counter.actions import Action
from ui.counter.window import CounterWindow


def test_the_right_pin_opens_the_desk_of_the_chosen_counter(
    window: CounterWindow, qtbot: QtBot, station: Station
) -> None:
    assert window.navigator.current() is window.sign_in
    assert window.sign_in.pin.echoMode() is QLineEdit.EchoMode.Password
    sign_in(qtbot, window, counter=2)
    assert window.navigator.current() is window.desk
    session = window.desk.session
    assert session is not None
    assert (session.officer_name, session.counter, session.services) == (OFFICER, 2, ("KTP-EL",))
    assert window.desk.header.place.text() == "Loket 2  ·  Disdukcapil"
    assert window.desk.header.officer.text() == "Petugas: Siti Rahma"
    assert window.sign_in.pin.text() == "", "a PIN never stays in the field"
    [(name, counter, _, out)] = station.officers.attendance()
    assert (name, counter, out) == (OFFICER, 2, None)


def test_the_services_are_those_of_the_counter_and_can_be_changed(
    window: CounterWindow, qtbot: QtBot
) -> None:
    screen = window.sign_in
    screen.counters.setCurrentRow(0)  # Loket 1 serves KTP-EL and KK
    assert screen.chosen_services() == ["KTP-EL", "KK"]
    screen.counters.setCurrentRow(1)  # Loket 2 serves KTP-EL only; KK is offered unticked
    assert list(screen._checks) == ["KTP-EL", "KK"]
    assert screen.chosen_services() == ["KTP-EL"]
    screen.counters.setCurrentRow(0)
    touch(qtbot, screen._checks["KK"])  # the whole row is the touch target
    sign_in(qtbot, window, counter=1)
    assert window.desk.session is not None
    assert window.desk.session.services == ("KTP-EL",)


def test_a_wrong_pin_says_so_and_changes_nothing(
    window: CounterWindow, qtbot: QtBot, station: Station
) -> None:
    sign_in(qtbot, window, pin="1357")
    assert window.navigator.current() is window.sign_in
    assert window.sign_in.error.text() == "Nama atau PIN salah."
    assert window.sign_in.error.isVisible()
    assert window.sign_in.pin.text() == ""
    sign_in(qtbot, window, name="Nobody Here")
    assert window.sign_in.error.text() == "Nama atau PIN salah.", "no hint which names exist"
    assert station.officers.attendance() == []


def test_repeated_wrong_pins_lock_out_with_the_seconds_to_wait(
    window: CounterWindow, qtbot: QtBot, station: Station
) -> None:
    for _ in range(3):
        sign_in(qtbot, window, pin="0000")
    assert window.sign_in.error.text() == "Terlalu banyak PIN salah. Coba lagi dalam 30 detik."
    sign_in(qtbot, window)
    assert window.navigator.current() is window.sign_in, "locked out, even with the right PIN"
    touch(qtbot, window.sign_in.header.language_button)
    assert window.sign_in.error.text() == "Too many wrong PINs. Try again in 30 s."


def test_missing_name_or_pin_is_said_before_asking(window: CounterWindow, qtbot: QtBot) -> None:
    touch(qtbot, window.sign_in.sign_in_button)
    assert window.sign_in.error.text() == "Tulis nama Anda."
    qtbot.keyClicks(window.sign_in.name, OFFICER)
    touch(qtbot, window.sign_in.sign_in_button)
    assert window.sign_in.error.text() == "Tulis PIN Anda."


def test_signing_out_closes_the_attendance_and_returns_to_sign_in(
    desk: CounterWindow, qtbot: QtBot, station: Station
) -> None:
    desk.desk.act(Action.WALK_IN)  # a sheet left open is closed with the desk
    touch(qtbot, desk.desk.header.sign_out_button)
    assert not desk.desk.sheets.walk_in.isVisible()
    assert desk.navigator.current() is desk.sign_in
    [(_, _, _, out)] = station.officers.attendance()
    assert out is not None
    assert [e["officer"] for e in events(station, "officer.signed_out")] == [OFFICER]
    assert not any(s.isEnabled() for s in desk.desk.pad.shortcuts.values())


def test_closing_the_window_signs_the_officer_out_and_stops_its_timers(
    desk: CounterWindow, station: Station
) -> None:
    assert desk.desk._timer.isActive() and desk.scanner.active
    desk.close()
    [(_, _, _, out)] = station.officers.attendance()
    assert out is not None
    assert not desk.desk._timer.isActive()
    assert not desk.desk.header._timer.isActive()
    assert not desk.scanner.active
