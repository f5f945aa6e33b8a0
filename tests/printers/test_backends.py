"""Backends other than TCP: dummy, file and device, PDF folder, CUPS, serial (on a pty), USB."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from printers.address import parse_address
from printers.backends import DummyBackend, backend_for
from printers.cups_backend import CupsBackend
from printers.errors import (
    DriverMissingError,
    PrinterTimeoutError,
    PrinterUnreachableError,
    TransportError,
)
from printers.file_backends import FileBackend, PdfBackend
from printers.serial_backend import SerialBackend
from printers.status import PrinterState
from printers.tcp_backend import TcpBackend
from printers.usb_backend import UsbBackend

READY_REPLIES = {1: 0x12, 2: 0x12, 4: 0x12}
PAPER_OUT_REPLIES = {1: 0x1A, 2: 0x32, 4: 0x72}


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("usb:04b8:0e15", UsbBackend),
        ("tcp://127.0.0.1:9100", TcpBackend),
        ("serial:/dev/ttyUSB0", SerialBackend),
        ("cups:Kiosk", CupsBackend),
        ("file:/tmp/x", FileBackend),
        ("pdf:/tmp/pdf", PdfBackend),
        ("dummy:", DummyBackend),
    ],
)
def test_each_scheme_gets_its_backend(address: str, kind: type) -> None:
    assert isinstance(backend_for(address), kind)


def test_dummy_keeps_jobs_and_can_simulate_faults() -> None:
    dummy = backend_for("dummy:")
    assert isinstance(dummy, DummyBackend)
    dummy.send(b"one", timeout=1)
    dummy.send(b"two", timeout=1)
    assert dummy.jobs == [b"one", b"two"]
    assert dummy.output == b"onetwo"
    assert dummy.status(1).state is PrinterState.READY
    assert backend_for("dummy:?state=paper_out").status(1).state is PrinterState.PAPER_OUT
    with pytest.raises(PrinterUnreachableError):
        backend_for("dummy:?state=offline").send(b"x", timeout=1)


def test_file_backend_appends_raw_bytes(tmp_path: Path) -> None:
    target = tmp_path / "spool.bin"
    backend = backend_for(f"file:{target}")
    backend.send(b"\x1b@first\n", timeout=1)
    backend.send(b"\x1b@second\n", timeout=1)
    assert target.read_bytes() == b"\x1b@first\n\x1b@second\n"
    assert backend.status(1).state is PrinterState.READY


def test_file_backend_in_a_missing_folder_is_offline(tmp_path: Path) -> None:
    backend = backend_for(f"file:{tmp_path}/nowhere/spool.bin")
    assert backend.status(1).state is PrinterState.OFFLINE
    with pytest.raises(PrinterUnreachableError):
        backend.send(b"x", timeout=1)


def test_pdf_backend_writes_one_file_per_job_and_rewrites_on_resend(tmp_path: Path) -> None:
    backend = PdfBackend(parse_address(f"pdf:{tmp_path}/out"))
    assert backend.status(1).state is PrinterState.READY  # folder made on first job
    backend.send(b"%PDF-1 a", timeout=1, job_name="tiket-A-012-abc")
    backend.send(b"%PDF-1 a", timeout=1, job_name="tiket-A-012-abc")
    backend.send(b"%PDF-1 b", timeout=1, job_name="tiket-A-013-def")
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["tiket-A-012-abc.pdf", "tiket-A-013-def.pdf"]


def test_pdf_backend_names_unnamed_jobs_by_content(tmp_path: Path) -> None:
    backend = PdfBackend(parse_address(f"pdf:{tmp_path}"))
    backend.send(b"%PDF x", timeout=1)
    backend.send(b"%PDF x", timeout=1, job_name="../../etc/passwd")
    names = sorted(p.name for p in tmp_path.iterdir())
    assert len(names) == 2
    assert all("/" not in name and not name.startswith(".") for name in names)


@pytest.fixture
def fake_cups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``lp`` and ``lpstat`` stand-ins first on PATH; lp stores what it gets in tmp_path."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "lp").write_text(f'#!/bin/sh\necho "$@" > {tmp_path}/args\ncat > {tmp_path}/job\n')
    (bin_dir / "lpstat").write_text(
        '#!/bin/sh\ncase "$2" in\n'
        '  Kiosk) echo "printer Kiosk is idle.  enabled since today";;\n'
        '  Off) echo "printer Off disabled since today -"; ;;\n'
        '  *) echo "lpstat: Invalid destination name" >&2; exit 1;;\nesac\n'
    )
    for script in bin_dir.iterdir():
        script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return tmp_path


def test_cups_sends_raw_bytes_with_lp(fake_cups: Path) -> None:
    backend = backend_for("cups:Kiosk")
    backend.send(b"\x1b@\x00\xffraw", timeout=5, job_name="tiket-A-012")
    assert (fake_cups / "job").read_bytes() == b"\x1b@\x00\xffraw"
    assert (fake_cups / "args").read_text().split() == [
        "-d", "Kiosk", "-o", "raw", "-t", "tiket-A-012",
    ]  # fmt: skip


def test_cups_status_follows_the_queue(fake_cups: Path) -> None:
    assert backend_for("cups:Kiosk").status(5).state is PrinterState.UNKNOWN  # CUPS can't see paper
    assert backend_for("cups:Off").status(5).state is PrinterState.OFFLINE
    assert backend_for("cups:Nope").status(5).state is PrinterState.OFFLINE


def test_cups_without_lp_installed_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(DriverMissingError, match="cups-client"):
        backend_for("cups:Kiosk").send(b"x", timeout=1)
    assert backend_for("cups:Kiosk").status(1).state is PrinterState.OFFLINE


class PtyPrinter:
    """A serial printer on the far side of a pseudo-terminal."""

    def __init__(self, replies: dict[int, int] | None) -> None:
        self.master, slave = os.openpty()
        self.device = os.ttyname(slave)
        self._slave = slave
        self.replies = replies
        self.received = bytearray()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import select

        while not self._stop.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(self.master, 4096)
            except OSError:
                return
            self.received += chunk
            if self.replies and self.received[-3:-1] == b"\x10\x04":
                os.write(self.master, bytes([self.replies[self.received[-1]]]))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(1)
        os.close(self.master)
        os.close(self._slave)


@pytest.fixture
def pty_printer() -> Iterator[type[PtyPrinter]]:
    pytest.importorskip("serial")
    made: list[PtyPrinter] = []

    def make(replies: dict[int, int] | None = None) -> PtyPrinter:
        made.append(PtyPrinter(replies))
        return made[-1]

    yield make  # type: ignore[misc]
    for printer in made:
        printer.stop()


def test_serial_sends_and_reads_status(pty_printer) -> None:  # type: ignore[no-untyped-def]
    printer = pty_printer(READY_REPLIES)
    backend = backend_for(f"serial:{printer.device}?baudrate=19200")
    backend.send(b"\x1b@serial job\n", timeout=2)
    assert backend.status(1).state is PrinterState.READY
    assert printer.received.startswith(b"\x1b@serial job\n")
    paper_out = pty_printer(PAPER_OUT_REPLIES)
    assert backend_for(f"serial:{paper_out.device}").status(1).state is PrinterState.PAPER_OUT


def test_serial_printer_that_never_answers_is_unknown(pty_printer) -> None:  # type: ignore[no-untyped-def]
    printer = pty_printer(None)
    started = time.monotonic()
    assert backend_for(f"serial:{printer.device}").status(0.3).state is PrinterState.UNKNOWN
    assert time.monotonic() - started < 2


def test_serial_port_that_does_not_exist_is_offline(tmp_path: Path) -> None:
    pytest.importorskip("serial")
    backend = backend_for(f"serial:{tmp_path}/ttyNOPE")
    assert backend.status(1).state is PrinterState.OFFLINE
    with pytest.raises(PrinterUnreachableError):
        backend.send(b"x", timeout=1)


def test_serial_without_pyserial_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "serial", None)  # import serial now raises ImportError
    with pytest.raises(DriverMissingError, match="pyserial"):
        backend_for("serial:/dev/ttyUSB0").send(b"x", timeout=1)


class USBTimeoutError(Exception):
    """Named like pyusb's timeout error."""


class FakeUsbDevice:
    """Records writes; answers reads from the last DLE EOT written, or times out."""

    def __init__(self, replies: dict[int, int] | None, stall: bool = False) -> None:
        self.replies, self.stall = replies, stall
        self.written = bytearray()
        self.timeouts: list[int] = []
        self.released = False

    def write(self, endpoint: int, data: bytes, timeout: int) -> int:
        self.timeouts.append(timeout)
        if self.stall:
            raise USBTimeoutError("Operation timed out")
        self.written += data
        return len(data)

    def read(self, endpoint: int, size: int, timeout: int) -> bytes:
        self.timeouts.append(timeout)
        if not self.replies:
            raise USBTimeoutError("Operation timed out")
        return bytes([self.replies[self.written[-1]]])


def _usb(device: FakeUsbDevice) -> UsbBackend:
    def opener(address: object, timeout: float) -> tuple[FakeUsbDevice, object]:
        return device, lambda: setattr(device, "released", True)

    return UsbBackend(parse_address("usb:04b8:0e15"), opener=opener)  # type: ignore[arg-type]


def test_usb_writes_with_a_real_timeout_and_releases_the_device() -> None:
    device = FakeUsbDevice(READY_REPLIES)
    backend = _usb(device)
    backend.send(b"\x1b@usb\n", timeout=2)
    assert bytes(device.written) == b"\x1b@usb\n"
    assert device.released
    assert all(0 < t <= 2000 for t in device.timeouts)  # never 0, which blocks forever
    assert backend.status(1).state is PrinterState.READY


def test_usb_status_and_faults() -> None:
    assert _usb(FakeUsbDevice(PAPER_OUT_REPLIES)).status(1).state is PrinterState.PAPER_OUT
    assert _usb(FakeUsbDevice(None)).status(1).state is PrinterState.UNKNOWN
    with pytest.raises(PrinterTimeoutError):
        _usb(FakeUsbDevice(READY_REPLIES, stall=True)).send(b"x", timeout=1)


def test_usb_without_pyusb_is_offline_with_the_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "usb", None)
    status = backend_for("usb:04b8:0e15").status(1)
    assert status.state is PrinterState.OFFLINE
    assert "pyusb" in status.detail
    with pytest.raises(DriverMissingError):
        backend_for("usb:04b8:0e15").send(b"x", timeout=1)


def test_transport_errors_carry_both_languages(tmp_path: Path) -> None:
    with pytest.raises(TransportError) as caught:
        backend_for(f"file:{tmp_path}/no/such/dir/x").send(b"x", timeout=1)
    assert "berkas" in caught.value.message_id
    assert "cannot be opened" in caught.value.message_en
