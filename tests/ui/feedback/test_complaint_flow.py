"""Complaints at the kiosk, by touch: filed, its number on screen and on the slip, and its
status looked up again with that number."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kiosk.domain.complaint import Category, canonical_tracking
from kiosk.station import Station
from printers import DummyBackend
from tests.kiosk.services.feedback_helpers import served
from tests.ui.feedback.helpers import activate, touch, type_keys
from ui.feedback.complaint_flow import ComplaintFlow
from ui.kiosk.window import KioskWindow

TEXT = "Antre lama di loket 1"
PHONE_TYPED, PHONE_DIGITS = "081234567890", "1234567"
PAPER_OUT = "dummy:?state=paper_out"


def open_complaints(window: KioskWindow, qtbot: QtBot) -> ComplaintFlow:
    activate(window)
    touch(qtbot, window.home.feedback.complaint_button)
    assert window.navigator.current() is window.complaints.start
    return window.complaints


def write_complaint(window: KioskWindow, qtbot: QtBot, *, contact: str = PHONE_TYPED) -> None:
    """From the start screen to the review: agency, category, text, contact, ticket."""
    flow = window.complaints
    touch(qtbot, flow.start.new_card)
    touch(qtbot, flow.agency.cards[0])
    touch(qtbot, flow.category.buttons[Category.SLOW])
    assert window.navigator.current() is flow.text
    touch(qtbot, flow.text.text)
    keyboard = flow.text.keyboard
    assert keyboard is not None and keyboard.is_shown()
    type_keys(qtbot, keyboard, TEXT)
    assert flow.text.count.text() == f"{len(TEXT)} / 1000 huruf"
    touch(qtbot, keyboard.key("ok"))
    touch(qtbot, flow.text.next_button)
    assert window.navigator.current() is flow.contact
    if contact:
        touch(qtbot, flow.contact.field)
        assert flow.contact.keyboard is not None
        type_keys(qtbot, flow.contact.keyboard, contact)
        touch(qtbot, flow.contact.keyboard.key("ok"))
        touch(qtbot, flow.contact.next_button)
    else:
        touch(qtbot, flow.contact.skip_button)
    assert window.navigator.current() is flow.ticket
    touch(qtbot, flow.ticket.skip_button)
    assert window.navigator.current() is flow.review


def printed(window: KioskWindow) -> bytes:
    backend = window.printing.printer.backend
    assert isinstance(backend, DummyBackend)
    return backend.output


def test_a_complaint_by_touch_is_filed_shown_huge_and_printed_without_the_contact(
    window: KioskWindow, qtbot: QtBot, station: Station
) -> None:
    flow = open_complaints(window, qtbot)
    write_complaint(window, qtbot)
    masked = flow.contact.field.text()
    assert masked.endswith("890") and PHONE_DIGITS not in masked, "masked once entered"
    shown = [label.text() for label in flow.review.values.values()]
    assert shown[:3] == [
        "Dinas Kependudukan dan Pencatatan Sipil",
        "Pelayanan lambat",
        TEXT,
    ]
    assert shown[3] == masked and shown[4] == "Tidak diisi"
    with qtbot.waitSignal(flow.worker.slip_printed, timeout=10_000):
        touch(qtbot, flow.review.send_button)
    assert window.navigator.current() is flow.filed
    tracking = flow.filed.tracking.text()
    canonical = canonical_tracking(tracking)
    assert canonical is not None and tracking.startswith("ADU-")
    assert "Ambil tanda pengaduan" in flow.filed.paper.text()
    assert PHONE_DIGITS not in flow.filed.contact.text()

    view = station.complaints.status(tracking)  # filed here, waiting to be sent
    assert (view.agency_code, view.category, view.sent) == ("DUKCAPIL", Category.SLOW, False)
    contact = station.complaints.contact_of(canonical)
    assert contact is not None and contact.value == "+6281234567890"

    paper = printed(window)
    assert tracking.encode() in paper
    assert b"TANDA PENGADUAN" in paper and b"Pelayanan lambat" in paper
    assert b"*890" in paper, "the contact masked, as on screen"
    for secret in (PHONE_DIGITS, "6281234567890"):
        assert secret.encode() not in paper
    assert b"loket 1" not in paper, "the complaint's text is not on the slip"
    assert flow.draft.empty and flow.text.text.text() == "", "nothing typed stays behind"
    touch(qtbot, flow.filed.done_button)
    assert window.navigator.current() is window.home


@pytest.mark.parametrize("printer_address", [PAPER_OUT])
def test_a_printer_fault_leaves_the_number_on_screen_to_write_down(
    window: KioskWindow, qtbot: QtBot, station: Station
) -> None:
    flow = open_complaints(window, qtbot)
    write_complaint(window, qtbot, contact="")
    with qtbot.waitSignal(flow.worker.slip_printed, timeout=10_000):
        touch(qtbot, flow.review.send_button)
    assert flow.filed.tracking.text().startswith("ADU-")
    note = flow.filed.paper.text()
    assert "tidak dapat dicetak" in note and "Kertas habis" in note
    assert "Catat atau foto nomor di atas" in note
    assert flow.filed.paper.objectName() == "SlipFailed"
    assert station.complaints.status(flow.filed.tracking.text()).agency_code == "DUKCAPIL"


def test_a_text_too_short_says_how_long_it_must_be(window: KioskWindow, qtbot: QtBot) -> None:
    flow = open_complaints(window, qtbot)
    touch(qtbot, flow.start.new_card)
    touch(qtbot, flow.agency.cards[0])
    touch(qtbot, flow.category.buttons[Category.OTHER])
    touch(qtbot, flow.text.text)
    assert flow.text.keyboard is not None
    type_keys(qtbot, flow.text.keyboard, "lambat")
    assert flow.text.count.text() == "6 / 1000 huruf (paling sedikit 10)"
    touch(qtbot, flow.text.keyboard.key("ok"))
    touch(qtbot, flow.text.next_button)
    assert window.navigator.current() is flow.text
    assert "paling sedikit 10 huruf" in flow.text.error.text()


def test_a_wrong_contact_is_refused_and_change_returns_to_it(
    window: KioskWindow, qtbot: QtBot
) -> None:
    flow = open_complaints(window, qtbot)
    write_complaint(window, qtbot, contact="")
    touch(qtbot, flow.review.change_buttons["contact"])
    assert window.navigator.current() is flow.contact
    touch(qtbot, flow.contact.field)
    assert flow.contact.keyboard is not None
    type_keys(qtbot, flow.contact.keyboard, "12ab")
    touch(qtbot, flow.contact.keyboard.key("ok"))
    assert flow.contact.error.isVisible() and flow.draft.contact == ""
    assert window.navigator.current() is flow.contact


def test_a_served_ticket_can_be_named_by_its_number(
    window: KioskWindow, qtbot: QtBot, station: Station
) -> None:
    ticket = served(station)
    flow = open_complaints(window, qtbot)
    write_complaint(window, qtbot, contact="")
    touch(qtbot, flow.review.change_buttons["ticket"])
    touch(qtbot, flow.ticket.number)
    assert flow.ticket.keyboard is not None
    type_keys(qtbot, flow.ticket.keyboard, "a-001")
    touch(qtbot, flow.ticket.keyboard.key("ok"))
    assert window.navigator.current() is flow.review
    assert flow.review.values["ticket"].text() == "A-001"
    with qtbot.waitSignal(flow.worker.slip_printed, timeout=10_000):
        touch(qtbot, flow.review.send_button)
    assert ticket.number.encode() in printed(window)


def test_the_status_of_a_complaint_filed_here_is_told_from_the_station(
    window: KioskWindow, qtbot: QtBot, station: Station
) -> None:
    filed = station.complaints.file("DUKCAPIL", Category.FEE, "Biaya diminta padahal gratis.")
    flow = open_complaints(window, qtbot)
    touch(qtbot, flow.start.status_card)
    status = flow.status
    touch(qtbot, status.field)
    assert status.keyboard is not None
    type_keys(qtbot, status.keyboard, filed.tracking_shown.lower())
    with qtbot.waitSignal(flow.worker.looked_up, timeout=10_000):
        touch(qtbot, status.keyboard.key("ok"))
    assert status.panel.isVisible() and not status.error.isVisible()
    assert status.status.text().startswith("Belum terkirim ke server")
    values = {key: value.text() for key, (_, value) in status.rows.items()}
    assert values["tracking"] == filed.tracking_shown
    assert values["category"] == "Biaya tidak sesuai"
    assert "Biaya diminta" not in " ".join(values.values()), "never the text at a kiosk"
    assert not status.answer.isVisible()


def test_an_unknown_tracking_number_is_said_plainly(window: KioskWindow, qtbot: QtBot) -> None:
    flow = open_complaints(window, qtbot)
    touch(qtbot, flow.start.status_card)
    flow.status.field.setText("ADU-AAAA-BBBB")
    with qtbot.waitSignal(flow.worker.looked_up, timeout=10_000):
        touch(qtbot, flow.status.check_button)
    assert not flow.status.panel.isVisible()
    assert flow.status.error.text().startswith("Pengaduan ADU-AAAA-BBBB tidak ditemukan")
    flow.status.field.setText("halo")
    with qtbot.waitSignal(flow.worker.looked_up, timeout=10_000):
        touch(qtbot, flow.status.check_button)
    assert "bukan nomor pengaduan" in flow.status.error.text()


def test_idle_reset_mid_complaint_forgets_the_text_and_contact(
    window: KioskWindow, qtbot: QtBot
) -> None:
    flow = open_complaints(window, qtbot)
    write_complaint(window, qtbot)
    assert not flow.draft.empty
    window.idle._idle.setInterval(50)
    window.idle._tick.setInterval(10)
    window.idle.start()
    qtbot.waitUntil(lambda: window.navigator.current() is window.home, timeout=3000)
    assert flow.draft.empty
    assert flow.text.text.text() == "" and flow.contact.field.text() == ""
    assert not flow.contact.field.masked
