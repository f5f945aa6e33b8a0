"""Tickets on a real (fake) port-9100 printer: exact bytes, honest failures, keep, retry, copy."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator

import pytest

from kiosk.domain.ticket import PriorityClass
from kiosk.domain.ticket_token import verify
from kiosk.hall_key import load_hall_key
from kiosk.station import Station
from mpp.printing import TicketPrinting, ticket_document
from printers import Printer, PrinterProfile
from tests.printers.escpos_parse import parse as parse_escpos
from tests.printers.fake_printer import FakePrinter, Mode

Start = Callable[[Mode], FakePrinter]


def printed(data: bytes) -> str:
    """The text lines an ESC/POS job prints, joined."""
    return "\n".join(parse_escpos(data).texts())


@pytest.fixture
def start_printer() -> Iterator[Start]:
    started: list[FakePrinter] = []

    def start(mode: Mode) -> FakePrinter:
        started.append(FakePrinter(mode))
        return started[-1]

    yield start
    for printer in started:
        printer.stop()


def printing(station: Station, device: FakePrinter) -> TicketPrinting:
    return TicketPrinting(station, Printer(device.address, timeout=1, status_timeout=0.3))


def test_a_printed_ticket_is_the_stored_job_and_carries_a_verifiable_qr(
    station: Station, start_printer: Start
) -> None:
    device = start_printer(Mode.READY)
    outcome = printing(station, device).issue_and_print("KTP-EL", None, "id")
    assert outcome.ok and outcome.ticket.status == "waiting"
    assert outcome.ticket.print_job_id is not None
    stored = station.printing.job(outcome.ticket.print_job_id)
    device.wait_for_connections(2)
    assert device.jobs == [stored.data]
    text = printed(stored.data)
    assert "A-001" in text and "KTP Elektronik" in text and "Lantai 1, Zona A" in text
    key = load_hall_key(None, station.paths.hall_key)
    assert outcome.ticket.qr_payload.encode() in stored.data
    assert verify(outcome.ticket.qr_payload, key).number == "A-001"


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        (Mode.PAPER_OUT, "Kertas habis"),
        (Mode.COVER_OPEN, "Penutup printer terbuka"),
        (Mode.REFUSE, "Printer mati atau tidak terhubung"),
        (Mode.STALL, "Printer tidak menjawab"),
    ],
)
def test_a_printer_fault_leaves_no_phantom_ticket(
    station: Station, start_printer: Start, mode: Mode, message: str
) -> None:
    device = start_printer(mode)
    started = time.monotonic()
    outcome = printing(station, device).issue_and_print("KTP-EL", None, "id")
    assert time.monotonic() - started < 3, "a printer fault never hangs the kiosk"
    assert not outcome.ok
    assert outcome.ticket.status == "print_failed"
    assert message in outcome.message.id
    assert device.jobs == []
    assert station.tickets.call_next(1, ["KTP-EL"]) is None, "nobody is called for it"
    assert station.printing.failures_today() == 1


def test_printer_disappearing_mid_job_is_a_failure(station: Station, start_printer: Start) -> None:
    device = start_printer(Mode.CLOSE_MID_JOB)
    outcome = printing(station, device).issue_and_print("KTP-EL", None, "id")
    assert not outcome.ok and outcome.ticket.status == "print_failed"


def test_retry_on_a_working_printer_sends_the_same_bytes(
    station: Station, start_printer: Start
) -> None:
    broken = start_printer(Mode.PAPER_OUT)
    failed = printing(station, broken).issue_and_print("KTP-EL", PriorityClass.LANSIA, "id")
    assert not failed.ok
    fixed = start_printer(Mode.READY)
    retried = printing(station, fixed).send(failed.ticket)
    assert retried.ok and retried.ticket.status == "waiting" and retried.ticket.print_failed
    fixed.wait_for_connections(2)
    assert failed.ticket.print_job_id is not None
    assert fixed.jobs == [station.printing.job(failed.ticket.print_job_id).data]
    assert "Prioritas: Lansia" in printed(fixed.jobs[0])


def test_reprint_is_a_copy_and_the_original_is_not(station: Station, start_printer: Start) -> None:
    device = start_printer(Mode.READY)
    printer = printing(station, device)
    first = printer.issue_and_print("KTP-EL", None, "id")
    again = printer.reprint(first.ticket.id, "id")
    assert again.ok and again.ticket.status == "waiting"
    device.wait_for_connections(4)
    original, copy = device.jobs
    assert "SALINAN / COPY" in printed(copy)
    assert "SALINAN" not in printed(original)
    assert "A-001" in printed(copy)


def test_the_ticket_speaks_the_citizens_language(station: Station) -> None:
    view = station.tickets.issue("KTP-EL", PriorityClass.IBU_HAMIL)
    catalogue = station.catalogues.current()
    english = ticket_document(view, catalogue, "en")
    assert english.service == "Electronic ID card"
    assert english.priority == "Priority: Pregnant woman"
    assert english.wait_text == "Soon" and english.labels.queue_number != "Nomor Antrian"
    assert "Go to: Floor 1, Zone A" in english.instructions
    later = dataclasses.replace(view, people_ahead=3, estimated_wait_minutes=15)
    indonesian = ticket_document(later, catalogue, "id")
    assert (
        indonesian.wait_text == "± 15 menit" and indonesian.date_text == "Senin, 23 November 2026"
    )
    assert indonesian.time_text == "09.00 WIT"


def test_a_58mm_station_renders_for_58mm(station: Station, start_printer: Start) -> None:
    from printers import PAPER_58MM

    device = start_printer(Mode.READY)
    printer = Printer(device.address, PrinterProfile(paper=PAPER_58MM), status_timeout=0.3)
    outcome = TicketPrinting(station, printer).issue_and_print("KTP-EL", None, "id")
    device.wait_for_connections(2)
    assert outcome.ok
    assert max(len(line) for line in parse_escpos(device.jobs[0]).texts()) <= 32


@pytest.mark.parametrize("paper", ["58", "80"])
def test_the_printed_qr_decodes_to_a_genuine_ticket_of_this_hall(
    station: Station, paper: str
) -> None:
    import zxingcpp

    from kiosk.domain.ticket_token import InvalidTicketToken
    from printers import PAPER_58MM, PAPER_80MM, render_image

    view = station.tickets.issue("KTP-EL", PriorityClass.LANSIA)
    document = ticket_document(view, station.catalogues.current(), "id")
    profile = PrinterProfile(paper=PAPER_58MM if paper == "58" else PAPER_80MM)
    [decoded] = zxingcpp.read_barcodes(render_image(document, profile))
    key = load_hall_key(None, station.paths.hall_key)
    claim = verify(decoded.text, key)
    assert (claim.ticket_id, claim.number, claim.station_id) == (
        view.id,
        "A-001",
        station.store.station_id,
    )
    with pytest.raises(InvalidTicketToken):
        verify(decoded.text, b"another hall's key, 32 bytes long")
