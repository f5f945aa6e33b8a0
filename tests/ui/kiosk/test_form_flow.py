"""Filling a service's form at the kiosk: consent, pages, checks, masking, review, ticket."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.catalog.loader import SEED_CATALOGUE, load_file
from kiosk.clock import WIT, FakeClock
from kiosk.config import StationConfig
from kiosk.paths import Paths
from kiosk.station import open_station
from mpp.printing import TicketPrinting
from printers import Printer
from tests.kiosk.services.test_form_service import sample
from ui.kiosk.window import KioskWindow
from ui.theme import apply_theme


def touch(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def editor(window: KioskWindow, field_id: str):  # type: ignore[no-untyped-def]
    return next(e for e in window.form.editors if e.field.id == field_id)


def open_form(window: KioskWindow, qtbot: QtBot) -> None:
    touch(qtbot, window.home.cards[0])
    touch(qtbot, next(c for c in window.agency.cards if c.code == "KTP-EL"))
    touch(qtbot, window.service.take_button)
    assert window.navigator.current() is window.consent
    assert "Disimpan paling lama 30 hari" in window.consent.purpose.text()
    assert "NIK" in window.consent.fields.text(), "the notice lists what is collected"
    touch(qtbot, window.consent.agree_button)
    assert window.navigator.current() is window.form


def test_a_citizen_fills_the_form_and_gets_a_ticket_with_it(
    window: KioskWindow, qtbot: QtBot
) -> None:
    open_form(window, qtbot)
    assert window.form.hint.text() == "Langkah 1 dari 4"
    nik = editor(window, "nik")
    touch(qtbot, nik.line)
    keyboard = window.form.keyboard
    assert keyboard.is_shown() and keyboard.mode() == "digits"
    for digit in "9409010101900001":
        touch(qtbot, keyboard.key(digit))
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window, 2000)  # focus moves only in an active window
    name = editor(window, "nama").line
    touch(qtbot, name)  # the finger moves on to the next field
    assert name.hasFocus()
    qtbot.keyClicks(name, "Yohanes Beanal")
    assert nik.line.text() == "9409 •••• •••• 0001", "the NIK is masked once entered"
    touch(qtbot, window.form.next_button)
    assert window.form.hint.text() == "Langkah 2 dari 4"
    touch(qtbot, window.form.next_button)  # the phone is optional
    touch(
        qtbot, next(b for b in editor(window, "alasan").buttons if b.property("value") == "hilang")
    )
    QTest.qWait(20)
    follow_up = editor(window, "surat_polisi")  # appears on the same page
    touch(qtbot, follow_up.buttons[0])
    touch(qtbot, window.form.next_button)
    qtbot.keyClicks(editor(window, "tanggal_lahir").line, "01/01/1990")
    touch(qtbot, window.form.next_button)
    assert window.navigator.current() is window.review
    rows = [w.text() for w in window.review._row_widgets]
    assert "9409 •••• •••• 0001" in rows and "Y••• B•••" in rows and "Ganti karena hilang" in rows
    assert "9409010101900001" not in " ".join(rows)
    with qtbot.waitSignal(window.worker.printed, timeout=5000):
        touch(qtbot, window.review.submit_button)
    [ticket] = window.station.tickets.today()
    submission = window.station.forms.latest(ticket.id)
    assert submission is not None
    assert submission.values["nik"] == "9409010101900001"
    assert submission.values["tanggal_lahir"] == "1990-01-01"


def test_each_mistake_is_said_under_its_field_and_nothing_moves_on(
    window: KioskWindow, qtbot: QtBot
) -> None:
    open_form(window, qtbot)
    qtbot.keyClicks(editor(window, "nik").line, "12345")
    touch(qtbot, window.form.next_button)
    assert "16 angka; yang diisi 5 angka" in editor(window, "nik").error.text()
    assert editor(window, "nama").error.text() == "Nama lengkap wajib diisi."
    assert window.form.hint.text() == "Langkah 1 dari 4"


def test_change_on_the_review_goes_back_to_that_page_with_the_answers_kept(
    window: KioskWindow, qtbot: QtBot
) -> None:
    open_form(window, qtbot)
    window.form.answers.update(
        {
            "nik": "9409010101900001",
            "nama": "Maria Kambu",
            "alasan": "baru",
            "tanggal_lahir": "1990-01-01",
        }
    )
    window.form.go_to(3)
    touch(qtbot, window.form.next_button)
    assert window.navigator.current() is window.review
    change = [w for w in window.review._row_widgets if w.objectName() == "SecondaryButton"]
    touch(qtbot, change[1])  # the name, on page 1
    assert window.navigator.current() is window.form
    assert window.form.hint.text() == "Langkah 1 dari 4"
    assert editor(window, "nama").line.text() == "Maria Kambu"


def test_skipping_the_form_still_gives_a_ticket(window: KioskWindow, qtbot: QtBot) -> None:
    touch(qtbot, window.home.cards[0])
    touch(qtbot, next(c for c in window.agency.cards if c.code == "KTP-EL"))
    with qtbot.waitSignal(window.worker.printed, timeout=5000):
        touch(qtbot, window.service.take_button)
        touch(qtbot, window.consent.skip_button)
    [ticket] = window.station.tickets.today()
    assert window.station.forms.latest(ticket.id) is None


def test_idle_reset_forgets_a_half_filled_form(window: KioskWindow, qtbot: QtBot) -> None:
    open_form(window, qtbot)
    qtbot.keyClicks(editor(window, "nama").line, "Yohanes")
    touch(qtbot, window.form.next_button)  # keeps the answers typed so far
    window.reset()
    assert window.form.answers == {} and window.form.editors == []
    assert window.navigator.current() is window.home


SEED, _ = load_file(SEED_CATALOGUE)


@pytest.fixture
def seed_window(qapp: QApplication, qtbot: QtBot, home: Paths) -> Iterator[KioskWindow]:
    station = open_station(
        home, StationConfig.demo_default(home), FakeClock(datetime(2026, 11, 23, 9, tzinfo=WIT))
    )
    apply_theme(qapp)
    window = KioskWindow(station, TicketPrinting(station, Printer("dummy:")))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    window.worker.wait()
    station.close()


@pytest.mark.parametrize("service", [s.code for s in SEED.services if s.form], ids=str)
def test_every_seed_form_can_be_walked_at_the_kiosk(
    seed_window: KioskWindow, qtbot: QtBot, service: str
) -> None:
    window = seed_window
    window.service.show_service(service)
    window.navigator.go(window.service)
    touch(qtbot, window.service.take_button)
    touch(qtbot, window.consent.agree_button)
    for _ in range(20):
        if window.navigator.current() is not window.form:
            break
        for _ in range(3):  # an answer may bring a follow-up question onto the page
            for ed in list(window.form.editors):
                if ed.answer() is None:
                    ed.set_answer(sample(ed.field))
                    window.form._changed()
        touch(qtbot, window.form.next_button)
        errors = [e.error.text() for e in window.form.editors if e.error.isVisible()]
        assert not errors, errors
    assert window.navigator.current() is window.review
    with qtbot.waitSignal(window.worker.printed, timeout=5000):
        touch(qtbot, window.review.submit_button)
    [ticket] = window.station.tickets.today()
    assert window.station.forms.latest(ticket.id) is not None


def test_a_warning_is_shown_once_then_the_citizen_may_go_on(
    window: KioskWindow, qtbot: QtBot
) -> None:
    open_form(window, qtbot)
    editor(window, "nik").set_answer("9409014101900001")  # a woman's birth day
    editor(window, "nama").set_answer("Yohanes Beanal")
    male = next(
        b for b in editor(window, "jenis_kelamin").buttons if b.property("value") == "laki_laki"
    )
    touch(qtbot, male)
    touch(qtbot, window.form.next_button)
    assert "jenis kelamin" in editor(window, "nik").error.text()
    assert window.form.hint.text() == "Langkah 1 dari 4", "stopped once, to look again"
    touch(qtbot, window.form.next_button)
    assert window.form.hint.text() == "Langkah 2 dari 4", "a real NIK can look like this"


def test_the_field_being_typed_in_stays_on_view_above_the_keyboard(
    window: KioskWindow, qtbot: QtBot
) -> None:
    window.resize(1366, 768)
    open_form(window, qtbot)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window, 2000)
    field = editor(window, "nama").line  # below the NIK: off view once the keyboard is up
    touch(qtbot, field)
    assert window.form.keyboard.is_shown()
    QTest.qWait(50)  # the page makes room for the keyboard, then scrolls
    viewport = window.form.scroll_area.viewport()
    top = field.mapTo(viewport, field.rect().topLeft()).y()
    bottom = field.mapTo(viewport, field.rect().bottomLeft()).y()
    assert top >= 0 and bottom <= viewport.height(), (top, bottom, viewport.height())


def test_selesai_on_the_keyboard_moves_to_the_next_field_then_the_next_page(
    window: KioskWindow, qtbot: QtBot
) -> None:
    open_form(window, qtbot)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window, 2000)
    keyboard = window.form.keyboard
    touch(qtbot, editor(window, "nik").line)
    for digit in "9409010101900001":
        touch(qtbot, keyboard.key(digit))
    touch(qtbot, keyboard.key("ok"))
    assert editor(window, "nama").line.hasFocus(), "on to the name, not a page of errors"
    qtbot.keyClicks(editor(window, "nama").line, "Yohanes Beanal")
    touch(qtbot, keyboard.key("ok"))  # the last line of the page: the next page
    assert window.form.hint.text() == "Langkah 2 dari 4"
