"""The Printer facade: status, jobs rendered once, retries, reprints, faults without exceptions."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from printers import (
    PAPER_58MM,
    DummyBackend,
    JobFormatError,
    Printer,
    PrinterProfile,
    PrinterState,
    PrintJob,
    ReceiptDocument,
    TicketDocument,
)
from printers.jobs import Output
from tests.printers.escpos_parse import parse
from tests.printers.fake_printer import FakePrinter, Mode

StartPrinter = Callable[[Mode], FakePrinter]


def _dummy(printer: Printer) -> DummyBackend:
    assert isinstance(printer.backend, DummyBackend)
    return printer.backend


def test_print_to_the_dummy_backend(ticket: TicketDocument) -> None:
    printer = Printer("dummy:", PrinterProfile(paper=PAPER_58MM))
    job = printer.job(ticket)
    result = printer.print_job(job)
    assert result.ok and result.state is PrinterState.READY
    assert result.job_id == job.job_id
    assert _dummy(printer).jobs == [job.data]
    assert "A-012" in parse(job.data).texts()


def test_a_retry_sends_byte_identical_data(ticket: TicketDocument) -> None:
    printer = Printer("dummy:")
    job = printer.job(ticket)
    printer.print_job(job)
    printer.print_job(job)
    first, second = _dummy(printer).jobs
    assert first == second == job.data


def test_a_reprint_is_the_same_ticket_marked_copy(ticket: TicketDocument) -> None:
    printer = Printer("dummy:")
    job = printer.job(ticket)
    again = job.reprint()
    assert again.copy and not job.copy
    assert again.job_id != job.job_id
    assert b"SALINAN / COPY" in again.data and b"SALINAN" not in job.data
    original_lines = parse(job.data).texts()
    copy_lines = [t for t in parse(again.data).texts() if "SALINAN / COPY" not in t]
    assert copy_lines == original_lines
    assert "-salinan-" in again.name


def test_print_on_a_fake_network_printer(
    fake_printer: StartPrinter, ticket: TicketDocument
) -> None:
    device = fake_printer(Mode.READY)
    printer = Printer(device.address, timeout=2, status_timeout=1)
    job = printer.job(ticket)
    assert printer.print_job(job).ok
    connections = device.wait_for_connections(2)  # status query, then the job
    assert connections[0].startswith(b"\x10\x04\x01")
    assert device.jobs == [job.data]


@pytest.mark.parametrize(
    ("mode", "state"),
    [(Mode.PAPER_OUT, PrinterState.PAPER_OUT), (Mode.COVER_OPEN, PrinterState.COVER_OPEN)],
)
def test_a_printer_that_cannot_print_gets_no_job(
    fake_printer: StartPrinter, ticket: TicketDocument, mode: Mode, state: PrinterState
) -> None:
    device = fake_printer(mode)
    printer = Printer(device.address, timeout=2, status_timeout=1)
    result = printer.print_job(printer.job(ticket))
    assert not result.ok
    assert result.state is state
    assert result.message_id and result.message_en
    device.wait_for_connections(1)
    assert device.jobs == []


def test_paper_near_end_prints_and_warns(
    fake_printer: StartPrinter, ticket: TicketDocument
) -> None:
    device = fake_printer(Mode.PAPER_NEAR_END)
    result = Printer(device.address, timeout=2, status_timeout=1).print_document(ticket)
    assert result.ok
    assert result.state is PrinterState.PAPER_NEAR_END
    assert "hampir habis" in result.message_id


def test_an_unreachable_printer_is_reported_not_raised(
    fake_printer: StartPrinter, ticket: TicketDocument
) -> None:
    device = fake_printer(Mode.REFUSE)
    printer = Printer(device.address, timeout=1, status_timeout=0.5)
    assert printer.status().state is PrinterState.OFFLINE
    result = printer.print_document(ticket)
    assert not result.ok
    assert result.state is PrinterState.OFFLINE
    result = printer.print_job(printer.job(ticket), check_status=False)
    assert not result.ok and result.state is PrinterState.OFFLINE
    assert "cannot be reached" in result.message_en


def test_a_stalled_printer_fails_the_job_within_the_timeout(
    fake_printer: StartPrinter, receipt: ReceiptDocument
) -> None:
    device = fake_printer(Mode.STALL)
    printer = Printer(device.address, timeout=0.5, status_timeout=0.3, status_reply_required=False)
    big = PrintJob(receipt, b"x" * 16_000_000, Output.ESCPOS, printer.profile, None, False, "big")
    started = time.monotonic()
    result = printer.print_job(big)
    assert not result.ok
    assert result.state is PrinterState.UNKNOWN
    assert time.monotonic() - started < 3


def test_pdf_printer_writes_a_pdf_per_job(tmp_path: Path, receipt: ReceiptDocument) -> None:
    printer = Printer(f"pdf:{tmp_path}?page=A4")
    job = printer.job(receipt)
    assert job.output is Output.PDF
    assert printer.print_job(job).ok
    (pdf,) = tmp_path.glob("*.pdf")
    assert pdf.name == f"{job.name}.pdf"
    assert pdf.name.startswith("tanda-terima-TT-DKPS-2511-000123-")
    assert "9409*********001" in PdfReader(pdf).pages[0].extract_text()


def test_a_job_for_another_kind_of_printer_is_refused(
    tmp_path: Path, ticket: TicketDocument
) -> None:
    escpos_job = Printer("dummy:").job(ticket)
    with pytest.raises(JobFormatError):
        Printer(f"pdf:{tmp_path}").print_job(escpos_job)


def test_test_page_describes_the_printer() -> None:
    printer = Printer("dummy:", PrinterProfile(paper=PAPER_58MM))
    job = printer.test_page(printed_text="24/11/2025 07.30 WIT")
    assert printer.print_job(job).ok
    text = "\n".join(parse(job.data).texts())
    assert "dummy:" in text and "58 mm, 32 kolom" in text and "CP437" in text


def test_simulated_offline_dummy_reports_failure(ticket: TicketDocument) -> None:
    result = Printer("dummy:?state=offline").print_document(ticket)
    assert not result.ok and result.state is PrinterState.OFFLINE


def test_job_repr_leaks_no_personal_data(receipt: ReceiptDocument) -> None:
    job = Printer("dummy:").job(receipt)
    assert "9409" not in repr(job) and "Yohanes" not in repr(job)


def test_bytes_kept_from_an_earlier_render_are_sent_unchanged(ticket: TicketDocument) -> None:
    printer = Printer("dummy:", PrinterProfile(paper=PAPER_58MM))
    kept = printer.job(ticket).data  # as a station stores it with the ticket
    result = printer.print_data(kept, "tiket-A-012", job_id="j1")
    assert result.ok and result.job_id == "j1"
    assert _dummy(printer).output == kept


def test_kept_bytes_are_not_sent_to_a_printer_that_reports_paper_out(
    ticket: TicketDocument,
) -> None:
    printer = Printer("dummy:?state=paper_out", PrinterProfile(paper=PAPER_58MM))
    result = printer.print_data(printer.job(ticket).data, "tiket")
    assert not result.ok and result.state is PrinterState.PAPER_OUT
    assert _dummy(printer).output == b""


def test_a_stalled_printer_is_not_trusted_with_a_small_ticket(
    fake_printer: StartPrinter, ticket: TicketDocument
) -> None:
    device = fake_printer(Mode.STALL)
    printer = Printer(device.address, timeout=0.5, status_timeout=0.3)
    started = time.monotonic()
    result = printer.print_document(ticket)
    assert not result.ok, "a job that fits the socket buffers must not be reported as printed"
    assert result.state is PrinterState.UNKNOWN
    assert "did not answer" in result.message_en
    assert time.monotonic() - started < 3


def test_a_printer_model_without_status_can_be_trusted_by_choice(
    fake_printer: StartPrinter, ticket: TicketDocument
) -> None:
    device = fake_printer(Mode.SILENT)
    printer = Printer(device.address, timeout=1, status_timeout=0.3, status_reply_required=False)
    assert printer.print_document(ticket).ok
    assert len(device.wait_for_connections(2)) == 2  # the status query, then the job
