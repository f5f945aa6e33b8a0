"""The admin PIN on the counter desk and the hall board: how staff reach it, and the lock-out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.station import DEMO_PIN
from tests.ui.admin.conftest import dialog_of
from tests.ui.counter.helpers import touch
from ui.admin.admin_dialog import AdminDialog
from ui.counter.window import CounterWindow
from ui.display.board_window import DisplayWindow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LOCKED = "Terlalu banyak PIN salah. Coba lagi dalam 30 detik."


def type_on_keys(qtbot: QtBot, dialog: AdminDialog, pin: str) -> None:
    """The PIN on a physical keyboard, then Enter."""
    qtbot.keyClicks(dialog.pad.field, pin)
    qtbot.keyClick(dialog.pad.field, Qt.Key.Key_Return)


def touch_pin(qtbot: QtBot, dialog: AdminDialog, pin: str) -> None:
    """The PIN on the on-screen number pad, then Selesai."""
    for digit in pin:
        touch(qtbot, dialog.pad.keyboard.key(digit))
    touch(qtbot, dialog.pad.keyboard.key("ok"))


def test_ctrl_shift_a_on_the_desk_asks_for_the_pin_and_the_scanner_leaves_it_alone(
    desk: CounterWindow, qtbot: QtBot
) -> None:
    assert desk.scanner.active, "the desk's scanner catcher watches the keyboard"
    qtbot.keyClick(desk, Qt.Key.Key_A, CTRL_SHIFT)
    dialog = dialog_of(desk)
    assert not dialog.menu_shown()
    assert dialog.pad.field.echoMode() is dialog.pad.field.EchoMode.Password
    qtbot.keyClicks(dialog.pad.field, "12")
    assert dialog.pad.field.text() == "12", "every digit reaches the PIN field"
    qtbot.keyClick(dialog.pad.field, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.pad.field, Qt.Key.Key_Backspace)
    type_on_keys(qtbot, dialog, DEMO_PIN)
    assert dialog.menu_shown()
    assert dialog.pad.field.text() == "", "a PIN never stays in the field"
    desk.admin.worker.wait()


def test_the_admin_button_is_in_the_desk_header_on_sign_in_and_at_the_desk(
    counter: CounterWindow, desk: CounterWindow, qtbot: QtBot
) -> None:
    assert counter.sign_in.header.admin_button.text() == "Menu admin"
    touch(qtbot, desk.desk.header.admin_button)
    dialog = dialog_of(desk)
    touch(qtbot, dialog.close_button)
    assert desk.admin.dialog is None and not dialog.isVisible()


def test_wrong_pins_lock_the_counter_out_even_for_the_right_pin(
    counter: CounterWindow, qtbot: QtBot
) -> None:
    touch(qtbot, counter.sign_in.header.admin_button)
    dialog = dialog_of(counter)
    for _ in range(2):
        type_on_keys(qtbot, dialog, "0000")
        assert dialog.pad.answer.text() == "PIN salah."
    type_on_keys(qtbot, dialog, "0000")
    assert dialog.pad.answer.text() == LOCKED
    type_on_keys(qtbot, dialog, DEMO_PIN)
    assert not dialog.menu_shown(), "locked out, even with the right PIN"
    assert dialog.pad.answer.text() == LOCKED
    touch(qtbot, dialog.close_button)
    touch(qtbot, counter.sign_in.header.admin_button)
    again = dialog_of(counter)
    type_on_keys(qtbot, again, DEMO_PIN)
    assert not again.menu_shown(), "a new dialog does not lift the lock-out"


def test_holding_the_board_header_asks_for_the_pin_and_wrong_pins_lock_it(
    board: DisplayWindow, qtbot: QtBot
) -> None:
    board.hold.timer.setInterval(200)  # the real hold is five seconds
    QTest.mousePress(board.header.time, Qt.MouseButton.LeftButton)
    QTest.qWait(100)
    QTest.mouseRelease(board.header.time, Qt.MouseButton.LeftButton)  # too short: nothing
    QTest.qWait(250)
    assert board.admin.dialog is None
    QTest.mousePress(board.header.time, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.admin.dialog is not None, timeout=2000)
    QTest.mouseRelease(board.header.time, Qt.MouseButton.LeftButton)
    dialog = dialog_of(board)
    assert dialog.geometry() == board.geometry(), "the dialog covers the board"
    for _ in range(3):
        touch_pin(qtbot, dialog, "9999")
    assert dialog.pad.answer.text() == LOCKED
    touch_pin(qtbot, dialog, DEMO_PIN)
    assert not dialog.menu_shown()


def test_ctrl_shift_a_on_the_board_and_the_right_pin_show_the_menu(
    board: DisplayWindow, qtbot: QtBot
) -> None:
    qtbot.keyClick(board, Qt.Key.Key_A, CTRL_SHIFT)
    dialog = dialog_of(board)
    touch_pin(qtbot, dialog, DEMO_PIN)
    assert dialog.menu_shown()
    assert dialog.title.text() == "Menu admin"
    board.admin.worker.wait()


def test_a_menu_left_alone_closes_itself(counter: CounterWindow, qtbot: QtBot) -> None:
    touch(qtbot, counter.sign_in.header.admin_button)
    dialog = dialog_of(counter)
    type_on_keys(qtbot, dialog, DEMO_PIN)
    dialog.idle._idle.setInterval(50)  # instead of two minutes
    dialog.idle._tick.setInterval(10)
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        dialog.idle.start()
    assert counter.admin.dialog is None
    counter.admin.worker.wait()
