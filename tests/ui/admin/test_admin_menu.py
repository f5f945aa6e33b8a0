"""The admin menu behind the PIN: the station's figures and the actions, on every role."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.domain.text import Text
from kiosk.station import DEMO_PIN, Station
from mpp.printing import TicketPrinting
from printers import Printer
from tests.ui.admin.conftest import PRINTER_FILE, CounterMaker, dialog_of
from tests.ui.counter.helpers import touch
from ui.admin import strings
from ui.admin.admin_menu import AdminMenu
from ui.admin.station_control import StationControl
from ui.counter.window import CounterWindow
from ui.display.board_window import DisplayWindow
from ui.kiosk.window import KioskWindow
from ui.theme import apply_theme


def open_menu(window: CounterWindow | DisplayWindow, qtbot: QtBot) -> AdminMenu:
    """Open the admin dialog, give the right PIN, wait for the printer's and server's checks."""
    window.admin.open()
    dialog = dialog_of(window)
    dialog.pad.field.setText(DEMO_PIN)
    dialog.pad.submit()
    assert dialog.menu_shown()
    window.admin.worker.wait()
    qtbot.wait(10)  # the checks' answers, queued to this thread
    return dialog.menu


def act(qtbot: QtBot, menu: AdminMenu, button: QWidget) -> None:
    """Touch an action that runs in the worker, and wait for its answer."""
    with qtbot.waitSignal(menu.worker.done, timeout=10_000):
        touch(qtbot, button)


def test_the_menu_shows_who_the_station_is_and_its_backlog(
    counter: CounterWindow, counter_station: Station, qtbot: QtBot
) -> None:
    for _ in range(2):
        counter_station.tickets.issue("KTP-EL")
    menu = open_menu(counter, qtbot)
    panel = menu.panel
    backlog = counter_station.sync.status().backlog
    assert backlog >= 2
    assert panel.value("backlog") == f"{backlog} kejadian"
    assert panel.value("station") == "Kiosk Uji · Meja loket"
    assert panel.value("station_id") == counter_station.store.station_id
    assert panel.value("printer").endswith("Printer siap.")
    assert panel.value("last_sync") == "tidak terdaftar di server"
    counter_station.tickets.issue("KK")
    menu.refresh()
    assert panel.value("backlog") == f"{backlog + 1} kejadian", "the figures are read again"


def test_a_test_page_reaches_the_printer_and_a_receipt_can_be_printed_again(
    counter: CounterWindow, counter_station: Station, qtbot: QtBot, tmp_path: Path
) -> None:
    menu = open_menu(counter, qtbot)
    printed = tmp_path / PRINTER_FILE
    assert menu.reprint_button.words() == "Cetak ulang tanda terima"
    act(qtbot, menu, menu.reprint_button)
    assert menu.result.text() == "Belum ada tanda terima yang dicetak di loket ini."
    act(qtbot, menu, menu.test_button)
    assert menu.result.text() == "Tercetak."
    page = printed.read_bytes()
    assert b"HALAMAN UJI PRINTER" in page
    ticket = counter_station.tickets.issue("KTP-EL")
    counter.admin.worker.printing.print_receipt(ticket.id, "Siti Rahma", "id")  # type: ignore[union-attr]
    receipt = printed.read_bytes()[len(page) :]
    act(qtbot, menu, menu.reprint_button)
    assert menu.result.text() == "Tanda terima A-001: Tercetak."
    assert printed.read_bytes().endswith(receipt + receipt), "the same receipt, again"


def test_the_export_goes_where_the_technician_chooses(
    counter: CounterWindow, counter_station: Station, qtbot: QtBot, tmp_path: Path
) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sdb1 /media/teknisi/KINGSTON vfat rw,nosuid 0 0\n", encoding="utf-8")
    menu = open_menu(counter, qtbot)
    menu.export_page.mounts = mounts
    touch(qtbot, menu.export_button)
    page = menu.export_page
    assert page.isVisible() and not page.no_usb.isVisible()
    captions = [b.text() for b in page.buttons]
    assert captions == [
        "Flashdisk: KINGSTON\n/media/teknisi/KINGSTON",
        f"Folder stasiun: exports\n{counter_station.paths.exports}",
    ]
    assert all(b.height() >= 72 for b in page.buttons)
    with qtbot.waitSignal(menu.worker.done, timeout=10_000):
        touch(qtbot, page.buttons[1])
    [written] = counter_station.paths.exports.iterdir()
    assert menu.main_page.isVisible()
    assert menu.result.text() == f"Tersimpan: {written.name} di {counter_station.paths.exports}"
    with zipfile.ZipFile(written) as archive:
        names = archive.namelist()
        report = archive.read("diagnostics.json").decode()
    assert "diagnostics.json" in names and "station.toml" in names
    assert '"printer": {\n      "ok": true' in report, "the menu's checks go with it"


def test_an_export_that_fails_says_why_and_lets_another_target_be_chosen(
    counter: CounterWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x", encoding="utf-8")
    menu = open_menu(counter, qtbot)
    menu.show_export()
    page = menu.export_page
    page.paths = type(page.paths)(blocker / "config", blocker / "data")
    page.refresh()
    with qtbot.waitSignal(menu.worker.done, timeout=10_000):
        touch(qtbot, page.buttons[-1])
    assert page.isVisible() and "tidak dapat ditulis" in page.state.text()
    assert all(b.isEnabled() for b in page.buttons)


def test_the_catalogue_is_read_again(counter: CounterWindow, qtbot: QtBot) -> None:
    menu = open_menu(counter, qtbot)
    act(qtbot, menu, menu.catalogue_button)
    version = counter.station.catalogues.current().version
    assert menu.result.text() == (
        f"Katalog versi {version} dimuat dari {counter.station.config.catalogue_file}."
    )


def test_sync_setup_and_restart_go_to_the_station_program(
    make_counter: CounterMaker, qtbot: QtBot
) -> None:
    class Worker:
        pokes = 0

        def poke(self) -> None:
            self.pokes += 1

    worker = Worker()
    control = StationControl(worker)  # type: ignore[arg-type]
    window = make_counter(control)
    menu = open_menu(window, qtbot)
    touch(qtbot, menu.sync_button)
    assert worker.pokes == 1 and menu.result.text() == strings.SYNC_ASKED.id
    with qtbot.waitSignal(control.setup_requested, timeout=1000):
        touch(qtbot, menu.setup_button)
    assert window.admin.dialog is None, "the menu makes way for the setup"
    menu = open_menu(window, qtbot)
    with qtbot.waitSignal(control.restart_requested, timeout=1000):
        touch(qtbot, menu.restart_button)


def test_without_station_controls_setup_and_restart_are_not_offered(
    counter: CounterWindow, qtbot: QtBot
) -> None:
    menu = open_menu(counter, qtbot)
    assert not menu.setup_button.isVisible() and not menu.restart_button.isVisible()
    assert not menu.exit_button.isVisible(), "a desk is never in kiosk mode"
    touch(qtbot, menu.sync_button)
    assert menu.result.text() == strings.SYNC_ALONE.id


def test_the_board_leaves_kiosk_mode_from_its_menu(board: DisplayWindow, qtbot: QtBot) -> None:
    menu = open_menu(board, qtbot)
    assert menu.panel.value("printer") == "papan informasi tidak mencetak"
    assert not menu.reprint_button.isVisible() and not menu.test_button.isVisible()
    assert board.windowFlags() & Qt.WindowType.FramelessWindowHint
    touch(qtbot, menu.exit_button)
    assert not board.kiosk_mode and board.isVisible()
    assert not board.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert menu.result.text() == strings.KIOSK_MODE_LEFT.id


def visible_words(root: QWidget) -> dict[int, str]:
    """Every visible label's and button's words (but the figures' values, which are data)."""
    words: dict[int, str] = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.objectName() == "AdminValue":
            continue
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            words[id(widget)] = widget.text()
    return words


def test_the_menu_switches_language_with_the_desk(counter: CounterWindow, qtbot: QtBot) -> None:
    open_menu(counter, qtbot)
    dialog = dialog_of(counter)
    before = visible_words(dialog)
    touch(qtbot, dialog.language_button)
    after = visible_words(dialog)
    assert counter.navigator.lang == "en", "the desk switches too"
    assert counter.sign_in.title.text() == "Sign in at a counter"
    same = [t for k, t in before.items() if after.get(k) == t and not t.isdigit()]
    assert same == ["Server", "Printer"], f"not translated: {same}"  # the same in both
    assert dialog.title.text() == "Admin menu"
    assert len(after) > 20


def test_every_admin_text_exists_in_both_languages() -> None:
    texts = [v for v in vars(strings).values() if isinstance(v, Text)]
    assert len(texts) >= 20
    for text in texts:
        assert text.id.strip() and text.en.strip() and text.id != text.en, text


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1080, 1920), (1920, 1080)])
def test_the_kiosk_menu_is_made_for_touch_and_fits_the_screen(
    qapp: QApplication, qtbot: QtBot, station: Station, width: int, height: int
) -> None:
    apply_theme(qapp)
    window = KioskWindow(
        station, TicketPrinting(station, Printer("dummy:")), control=StationControl()
    )
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    window.navigator.go(window.admin)
    window.admin.worker.wait()
    qtbot.wait(20)
    menu = window.admin.menu
    buttons = [b for b, _ in menu.action_buttons if b.isVisible()]
    assert len(buttons) == 7  # all but "leave kiosk mode": this window is not in it
    for button in buttons:
        assert button.height() >= 72 and button.label.font().pixelSize() >= 24
        words = button.label
        assert words.height() >= words.heightForWidth(words.width()), "no words cut off"
    for label in menu.panel.findChildren(QLabel):
        assert label.font().pixelSize() >= 24, label.text()
    bottom = max(b.mapTo(window, b.rect().bottomLeft()).y() for b in buttons)
    assert bottom <= height, "every action is on screen without scrolling"
    window.admin.on_leave()
    window.close()
