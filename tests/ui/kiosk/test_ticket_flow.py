"""Taking a ticket at the kiosk, and what a citizen sees when the printer fails."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.domain.text import Text
from kiosk.domain.ticket import PriorityClass
from printers import DummyBackend, Printer
from ui import strings
from ui.kiosk.window import KioskWindow

PAPER_OUT = "dummy:?state=paper_out"


def touch(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_service(window: KioskWindow, qtbot: QtBot, code: str) -> None:
    touch(qtbot, window.home.cards[0])
    card = next(c for c in window.agency.cards if c.code == code)
    touch(qtbot, card)
    assert window.navigator.current() is window.service


def take_and_wait(window: KioskWindow, qtbot: QtBot, button: QWidget) -> None:
    """Take the ticket (skipping the service's form, if it has one) and wait for the print."""
    with qtbot.waitSignals([window.worker.printed], timeout=5000):
        touch(qtbot, button)
        if window.navigator.current() is window.consent:
            touch(qtbot, window.consent.skip_button)


def printer_output(window: KioskWindow) -> bytes:
    backend = window.worker._printing.printer.backend
    assert isinstance(backend, DummyBackend)
    return backend.output


def test_three_touches_from_home_give_a_printed_ticket(window: KioskWindow, qtbot: QtBot) -> None:
    open_service(window, qtbot, "KTP-EL")  # touches one and two
    take_and_wait(window, qtbot, window.service.take_button)  # touch three
    screen = window.ticket
    assert window.navigator.current() is screen
    assert screen.panel.number.text() == "A-001"
    assert screen.title.text() == "Terima kasih, tiket Anda sudah dicetak"
    assert "Fotokopi KK" in screen.requirements.text()
    [ticket] = window.station.tickets.today()
    assert ticket.status == "waiting" and not ticket.print_failed
    assert screen.panel.qr.payload == ticket.qr_payload
    assert ticket.print_job_id is None  # views from the store do not carry jobs
    assert printer_output(window).count(b"A-001") >= 1


def test_priority_ticket_in_four_touches(window: KioskWindow, qtbot: QtBot) -> None:
    open_service(window, qtbot, "KTP-EL")
    touch(qtbot, window.service.priority_button)
    assert window.navigator.current() is window.priority
    take_and_wait(window, qtbot, window.priority.choices[PriorityClass.DISABILITAS])
    [ticket] = window.station.tickets.today()
    assert ticket.priority == "disabilitas"
    assert window.ticket.panel.priority.text() == "Penyandang disabilitas"


def test_a_closed_service_explains_and_cannot_issue(window: KioskWindow, qtbot: QtBot) -> None:
    open_service(window, qtbot, "KK")  # the small catalogue opens KK on Saturdays only
    assert not window.service.take_button.isEnabled()
    assert not window.service.priority_button.isVisible()
    assert "tidak buka hari Senin" in window.service.state.text()
    assert window.station.tickets.today() == []


def test_the_page_shows_the_service_standard(window: KioskWindow, qtbot: QtBot) -> None:
    open_service(window, qtbot, "KTP-EL")
    texts = [head.text() + "\n" + body.text() for head, body in window.service.sections]
    assert any("Persyaratan" in t and "Fotokopi KK" in t for t in texts)
    assert "Biaya\nGratis" in texts
    assert "Sisa kuota hari ini: 3 nomor" in window.service.queue.text()


@pytest.mark.parametrize("printer_address", [PAPER_OUT])
def test_print_failure_shows_number_and_qr_and_keep_waits_flagged(
    window: KioskWindow, qtbot: QtBot
) -> None:
    open_service(window, qtbot, "KTP-EL")
    take_and_wait(window, qtbot, window.service.take_button)
    failed = window.print_failed
    assert window.navigator.current() is failed
    assert failed.panel.number.text() == "A-001"
    assert "Kertas habis" in failed.problem.text()
    [ticket] = window.station.tickets.today()
    assert ticket.status == "print_failed"
    assert failed.panel.qr.payload == ticket.qr_payload
    touch(qtbot, failed.keep_button)
    [ticket] = window.station.tickets.today()
    assert ticket.status == "waiting" and ticket.print_failed
    assert failed.done_button.isVisible() and not failed.cancel_button.isVisible()
    touch(qtbot, failed.done_button)
    assert window.navigator.current() is window.home
    assert window.station.tickets.get(ticket.id).status == "waiting", "leaving after keep keeps"


@pytest.mark.parametrize("printer_address", [PAPER_OUT])
def test_print_failure_cancel(window: KioskWindow, qtbot: QtBot) -> None:
    open_service(window, qtbot, "KTP-EL")
    take_and_wait(window, qtbot, window.service.take_button)
    touch(qtbot, window.print_failed.cancel_button)
    [ticket] = window.station.tickets.today()
    assert ticket.status == "cancelled"
    assert "Nomor dibatalkan" in window.print_failed.problem.text()


@pytest.mark.parametrize("printer_address", [PAPER_OUT])
def test_no_answer_cancels_the_number_and_returns_home(window: KioskWindow, qtbot: QtBot) -> None:
    open_service(window, qtbot, "KTP-EL")
    take_and_wait(window, qtbot, window.service.take_button)
    assert "60 detik" in window.print_failed.countdown.text()
    window.print_failed._left = 2  # skip most of the minute
    qtbot.waitUntil(lambda: window.navigator.current() is window.home, timeout=4000)
    [ticket] = window.station.tickets.today()
    assert ticket.status == "cancelled"


@pytest.mark.parametrize("printer_address", [PAPER_OUT])
def test_walking_away_from_a_failed_print_cancels_it(window: KioskWindow, qtbot: QtBot) -> None:
    open_service(window, qtbot, "KTP-EL")
    take_and_wait(window, qtbot, window.service.take_button)
    touch(qtbot, window.print_failed.header.home_button)
    [ticket] = window.station.tickets.today()
    assert ticket.status == "cancelled"


@pytest.mark.parametrize("printer_address", [PAPER_OUT])
def test_retry_after_loading_paper_prints_the_same_ticket(
    window: KioskWindow, qtbot: QtBot
) -> None:
    open_service(window, qtbot, "KTP-EL")
    take_and_wait(window, qtbot, window.service.take_button)
    window.worker._printing.printer = Printer("dummy:")  # paper loaded
    take_and_wait(window, qtbot, window.print_failed.retry_button)
    assert window.navigator.current() is window.ticket
    assert window.ticket.panel.number.text() == "A-001"
    [ticket] = window.station.tickets.today()
    assert ticket.status == "waiting" and ticket.print_failed
    assert printer_output(window).count(b"A-001") >= 1


def test_the_number_screen_goes_home_by_itself(window: KioskWindow, qtbot: QtBot) -> None:
    open_service(window, qtbot, "KTP-EL")
    take_and_wait(window, qtbot, window.service.take_button)
    assert "30 detik" in window.ticket.countdown.text()
    window.ticket._left = 2  # skip most of the wait
    qtbot.waitUntil(lambda: window.navigator.current() is window.home, timeout=4000)


def test_a_full_quota_is_said_plainly(window: KioskWindow, qtbot: QtBot) -> None:
    open_service(window, qtbot, "KTP-EL")
    for _ in range(3):  # another kiosk takes the last places meanwhile
        window.station.tickets.issue("KTP-EL")
    with qtbot.waitSignal(window.worker.refused, timeout=5000):
        touch(qtbot, window.service.take_button)
        touch(qtbot, window.consent.skip_button)
    assert window.ticket.title.text() == "Nomor antrian tidak dapat diambil"
    assert "Kuota hari ini (3 nomor) sudah habis" in window.ticket.hint.text()
    touch(qtbot, window.ticket.done)
    assert window.navigator.current() is window.home


INDONESIAN_ONLY = {t.id for t in vars(strings).values() if isinstance(t, Text) and t.id != t.en}


@pytest.mark.parametrize("printer_address", [PAPER_OUT])
def test_in_english_no_screen_shows_an_indonesian_interface_string(
    window: KioskWindow, qtbot: QtBot
) -> None:
    from tests.ui.kiosk.test_kiosk_window import visible_texts

    touch(qtbot, window.home.header.language_button)
    seen: list[str] = visible_texts(window)
    open_service(window, qtbot, "KTP-EL")
    seen += visible_texts(window)
    touch(qtbot, window.service.priority_button)
    seen += visible_texts(window)
    take_and_wait(window, qtbot, window.priority.choices[PriorityClass.LANSIA])
    seen += visible_texts(window)  # the print-failed screen
    for screen in (window.pin, window.admin):
        window.navigator.go(screen)
        seen += visible_texts(window)
    leaked = {text for text in seen if any(word in text for word in INDONESIAN_ONLY)}
    assert not leaked
    assert "Electronic ID card" in seen and "Elderly" in seen


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1366, 768), (1080, 1920)])
def test_the_whole_flow_at_every_resolution(
    window: KioskWindow, qtbot: QtBot, width: int, height: int
) -> None:
    window.resize(width, height)
    open_service(window, qtbot, "KTP-EL")
    take_and_wait(window, qtbot, window.service.take_button)
    assert window.ticket.panel.number.text() == "A-001"
    assert window.ticket.done.isVisible()
    assert window.ticket.done.mapTo(window, window.ticket.done.rect().bottomLeft()).y() <= height


def test_searching_finds_the_service_without_knowing_the_agency(
    window: KioskWindow, qtbot: QtBot
) -> None:
    touch(qtbot, window.home.search)
    # The touch itself brings the keyboard up, in the room of the survey and complaint buttons.
    assert not window.home.feedback.isVisible()
    keyboard = window.home.keyboard
    assert keyboard.isVisible() and keyboard.target() is window.home.search
    for letter in "kartu":
        touch(qtbot, keyboard.key(letter))
    assert window.home.search.text() == "kartu"
    assert [card.code for card in window.home.results] == ["KK"]
    assert not window.home.cards[0].isVisible(), "the agency list steps aside for the results"
    assert "tidak buka hari Senin" in window.home.results[0].state.text()
    QTest.qWait(20)  # the new result cards are laid out on the next turn of the event loop
    touch(qtbot, window.home.results[0])
    assert window.navigator.current() is window.service and window.service.code == "KK"


def test_the_search_keyboard_comes_up_in_the_language_chosen_before(
    window: KioskWindow, qtbot: QtBot
) -> None:
    touch(qtbot, window.home.header.language_button)
    touch(qtbot, window.home.search)
    assert window.home.keyboard.key("ok").text() == "Done"
    assert window.home.keyboard.key("space").text() == "Space"


def test_a_search_with_no_match_says_so(window: KioskWindow, qtbot: QtBot) -> None:
    touch(qtbot, window.home.search)
    qtbot.keyClicks(window.home.search, "paspor")  # a hardware keyboard or scanner types too
    assert window.home.results == []
    assert "Tidak ada layanan yang cocok" in window.home.hint.text()


def test_idle_reset_clears_the_search(window: KioskWindow, qtbot: QtBot) -> None:
    touch(qtbot, window.home.search)
    qtbot.keyClicks(window.home.search, "ktp")
    window.reset()
    assert window.home.search.text() == "" and window.home.cards[0].isVisible()
    assert not window.home.keyboard.is_shown()


@pytest.mark.parametrize("printer_address", [PAPER_OUT])
def test_the_answers_after_a_failed_print_fit_a_portrait_screen(
    window: KioskWindow, qtbot: QtBot
) -> None:
    window.resize(1080, 1920)
    open_service(window, qtbot, "KTP-EL")
    take_and_wait(window, qtbot, window.service.take_button)
    QTest.qWait(20)
    failed = window.print_failed
    for button in (failed.keep_button, failed.retry_button, failed.cancel_button):
        needed = button.fontMetrics().horizontalAdvance(button.text())
        assert button.width() > needed, f"{button.text()!r} is cut off"
        assert button.mapTo(window, button.rect().topRight()).x() <= 1080
