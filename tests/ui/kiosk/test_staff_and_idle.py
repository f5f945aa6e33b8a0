"""Kiosk mode, the staff's PIN escape, the idle reset, and the looks a citizen can choose."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.clock import FakeClock
from kiosk.domain.admin_pin import hash_pin
from kiosk.paths import Paths
from kiosk.station import Station, open_station
from mpp.printing import TicketPrinting
from printers import Printer
from tests.conftest import small_config
from ui.kiosk.window import KioskWindow
from ui.theme import Look, apply_theme


def touch(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_pin(qtbot: QtBot, window: KioskWindow, pin: str) -> None:
    for digit in pin:
        touch(qtbot, window.pin.keyboard.key(digit))
    touch(qtbot, window.pin.keyboard.key("ok"))


@pytest.fixture
def locked(
    qapp: QApplication, qtbot: QtBot, home: Paths, clock: FakeClock
) -> Iterator[KioskWindow]:
    """A kiosk-mode window whose admin PIN is 135790."""
    config = dataclasses.replace(small_config(home), admin_pin_hash=hash_pin("135790"))
    station = open_station(home, config, clock)
    apply_theme(qapp)
    window = KioskWindow(station, TicketPrinting(station, Printer("dummy:")), kiosk_mode=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    window.leave()
    station.close()


def test_kiosk_mode_is_frameless_on_top_and_ignores_close_and_escape(locked: KioskWindow) -> None:
    flags = locked.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    close = QCloseEvent()
    locked.closeEvent(close)  # what Alt+F4 or the window manager's close asks for
    assert not close.isAccepted()
    escape = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    locked.keyPressEvent(escape)
    assert escape.isAccepted() and locked.isVisible()


def test_holding_the_hall_name_opens_the_pin_pad_and_the_right_pin_the_menu(
    locked: KioskWindow, qtbot: QtBot
) -> None:
    header = locked.home.header
    header._hold.setInterval(200)  # the real hold is five seconds
    label = header._hall_label
    QTest.mousePress(label, Qt.MouseButton.LeftButton)
    QTest.qWait(100)
    QTest.mouseRelease(label, Qt.MouseButton.LeftButton)  # too short: nothing
    QTest.qWait(300)
    assert locked.navigator.current() is locked.home
    QTest.mousePress(label, Qt.MouseButton.LeftButton)
    QTest.qWait(350)
    QTest.mouseRelease(label, Qt.MouseButton.LeftButton)
    assert locked.navigator.current() is locked.pin
    assert locked.pin.field.echoMode() is QLineEdit.EchoMode.Password
    type_pin(qtbot, locked, "135790")
    assert locked.navigator.current() is locked.admin
    assert locked.admin.menu.panel.value("print_failures") == "0 tiket"


def test_wrong_pins_lock_the_pad(locked: KioskWindow, qtbot: QtBot) -> None:
    locked.navigator.go(locked.pin)
    for _ in range(2):
        type_pin(qtbot, locked, "000000")
        assert locked.pin.answer.text() == "PIN salah."
    type_pin(qtbot, locked, "000000")
    assert "Coba lagi dalam 30 detik" in locked.pin.answer.text()
    type_pin(qtbot, locked, "135790")
    assert locked.navigator.current() is locked.pin, "locked out, even with the right PIN"
    assert locked.pin.field.text() == "", "a PIN never stays in the field"


def test_the_admin_menu_reprints_and_leaves_kiosk_mode(locked: KioskWindow, qtbot: QtBot) -> None:
    menu = locked.admin.menu
    with qtbot.waitSignal(locked.admin.worker.done, timeout=5000):  # the printer's state
        locked.navigator.go(locked.admin)
    assert menu.panel.value("printer").endswith("Printer siap.")
    with qtbot.waitSignal(locked.admin.worker.done, timeout=5000):
        touch(qtbot, menu.reprint_button)
    assert menu.result.text() == "Belum ada tiket dari kiosk ini hari ini."
    locked.station.tickets.issue("KTP-EL")
    with qtbot.waitSignal(locked.admin.worker.done, timeout=5000):
        touch(qtbot, menu.reprint_button)
    assert menu.result.text() == "A-001 (SALINAN): Tercetak."
    touch(qtbot, menu.sync_button)
    assert "tidak sinkron dengan server" in menu.result.text()
    touch(qtbot, menu.exit_button)
    assert locked.isVisible() and not locked.kiosk_mode
    assert not locked.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert not menu.exit_button.isVisible(), "nothing left to leave"
    close = QCloseEvent()
    locked.closeEvent(close)  # a normal window now: its frame's close button works
    assert close.isAccepted()


def test_idle_warns_then_resets_language_look_and_screen(window: KioskWindow, qtbot: QtBot) -> None:
    touch(qtbot, window.home.header.large_text_button)
    touch(qtbot, window.home.header.language_button)
    touch(qtbot, window.home.cards[0])
    assert window.look == Look(large_text=True) and window.navigator.lang == "en"
    window.idle._idle.setInterval(100)  # instead of a minute
    window.idle._tick.setInterval(20)  # instead of a second per count
    window.idle.start()
    QTest.qWait(180)
    assert window.overlay.isVisible()
    assert "Back to Home in" in window.overlay.hint.text()
    QTest.qWait(400)
    assert window.navigator.current() is window.home
    assert window.navigator.lang == "id" and window.look == Look()
    assert not window.overlay.isVisible()
    assert window.home.header.language_button.text() == "English"


def test_a_touch_during_the_warning_keeps_the_citizen_where_they_are(
    window: KioskWindow, qtbot: QtBot
) -> None:
    touch(qtbot, window.home.cards[0])
    window.idle._idle.setInterval(100)
    window.idle.start()
    QTest.qWait(180)
    assert window.overlay.isVisible()
    QTest.mouseClick(window.overlay, Qt.MouseButton.LeftButton)
    assert not window.overlay.isVisible()
    assert window.navigator.current() is window.agency


def test_an_untouched_home_is_left_alone(window: KioskWindow) -> None:
    window.idle._idle.setInterval(50)
    window.idle._tick.setInterval(10)
    window.idle.start()
    QTest.qWait(300)
    assert not window.overlay.isVisible()


def test_large_text_and_contrast_are_one_touch_from_home(
    window: KioskWindow, qtbot: QtBot, qapp: QApplication
) -> None:
    size = window.home.title.font().pixelSize()
    touch(qtbot, window.home.header.large_text_button)
    assert window.home.title.font().pixelSize() > size * 1.2
    touch(qtbot, window.home.header.contrast_button)
    assert "#FFE000" in qapp.styleSheet()
    touch(qtbot, window.home.header.contrast_button)
    touch(qtbot, window.home.header.large_text_button)
    assert window.look == Look()
    assert window.home.title.font().pixelSize() == size


def test_the_configured_idle_time_and_large_text_are_what_a_citizen_finds(
    qapp: QApplication, qtbot: QtBot, station: Station
) -> None:
    from kiosk.config import KioskOptions

    config = dataclasses.replace(station.config, kiosk=KioskOptions(30, large_text=True))
    configured = dataclasses.replace(station, config=config)
    win = KioskWindow(configured, TicketPrinting(configured, Printer("dummy:")))
    qtbot.addWidget(win)
    assert win.look.large_text, "the kiosk starts in large text"
    assert win.idle._idle.interval() == 30_000
    win.set_look(Look(large_text=False, high_contrast=True))  # a citizen's own choice
    win.reset()
    assert win.look == Look(large_text=True), "idle brings back the configured look"
    win.set_look(Look())
    win.worker.wait()
