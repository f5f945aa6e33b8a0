"""Network printers against a fake port-9100 printer: jobs, status, refusal, stalls, hang-ups."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from printers.address import parse_address
from printers.backends import send
from printers.errors import PrinterTimeoutError, PrinterUnreachableError, TransportError
from printers.status import PrinterState
from printers.tcp_backend import TcpBackend
from tests.printers.fake_printer import FakePrinter, Mode

StartPrinter = Callable[[Mode], FakePrinter]
BIG_JOB = b"\x1b@" + b"x" * 16_000_000  # far more than both sockets' buffers can hold


def test_a_job_arrives_byte_for_byte(fake_printer: StartPrinter) -> None:
    printer = fake_printer(Mode.READY)
    data = bytes(range(256)) * 100
    send(printer.address, data, timeout=2)
    assert printer.wait_for_connections(1) == [data]


@pytest.mark.parametrize(
    ("mode", "state"),
    [
        (Mode.READY, PrinterState.READY),
        (Mode.PAPER_NEAR_END, PrinterState.PAPER_NEAR_END),
        (Mode.PAPER_OUT, PrinterState.PAPER_OUT),
        (Mode.COVER_OPEN, PrinterState.COVER_OPEN),
        (Mode.SILENT, PrinterState.UNKNOWN),
        (Mode.STALL, PrinterState.UNKNOWN),
        (Mode.REFUSE, PrinterState.OFFLINE),
    ],
)
def test_status_over_dle_eot(fake_printer: StartPrinter, mode: Mode, state: PrinterState) -> None:
    printer = fake_printer(mode)
    started = time.monotonic()
    status = TcpBackend(parse_address(printer.address)).status(timeout=0.5)
    assert status.state is state
    assert status.message_id and status.message_en
    assert time.monotonic() - started < 2


def test_status_queries_are_dle_eot_1_2_4(fake_printer: StartPrinter) -> None:
    printer = fake_printer(Mode.READY)
    TcpBackend(parse_address(printer.address)).status(timeout=1)
    assert printer.wait_for_connections(1) == [b"\x10\x04\x01\x10\x04\x02\x10\x04\x04"]


def test_a_refused_connection_raises_unreachable_quickly(fake_printer: StartPrinter) -> None:
    printer = fake_printer(Mode.REFUSE)
    started = time.monotonic()
    with pytest.raises(PrinterUnreachableError) as caught:
        send(printer.address, b"\x1b@hello\n", timeout=2)
    assert time.monotonic() - started < 1
    assert "cannot be reached" in caught.value.message_en


def test_a_stalled_printer_fails_within_the_timeout(fake_printer: StartPrinter) -> None:
    printer = fake_printer(Mode.STALL)
    started = time.monotonic()
    with pytest.raises(PrinterTimeoutError):
        send(printer.address, BIG_JOB, timeout=0.5)
    elapsed = time.monotonic() - started
    assert 0.4 < elapsed < 3


def test_a_printer_hanging_up_mid_job_is_a_transport_error(fake_printer: StartPrinter) -> None:
    printer = fake_printer(Mode.CLOSE_MID_JOB)
    with pytest.raises(TransportError) as caught:
        send(printer.address, BIG_JOB, timeout=3)
    assert not isinstance(caught.value, PrinterTimeoutError)


def test_an_unroutable_host_is_bounded_by_the_timeout() -> None:
    # 127.0.0.1 port 9 (discard) is closed on a test machine: refused at once, never a hang.
    started = time.monotonic()
    status = TcpBackend(parse_address("tcp://127.0.0.1:9")).status(timeout=0.5)
    assert status.state is PrinterState.OFFLINE
    assert time.monotonic() - started < 2
