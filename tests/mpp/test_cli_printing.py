"""The technician's printing commands: test page, printer status, reprint."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime

import pytest

from kiosk.clock import WIT, FakeClock
from kiosk.paths import Paths
from mpp.cli import main
from tests.conftest import SMALL_CATALOGUE
from tests.printers.escpos_parse import parse
from tests.printers.fake_printer import FakePrinter, Mode

CLOCK = FakeClock(datetime(2026, 11, 23, 9, 0, tzinfo=WIT))


@pytest.fixture
def device(request: pytest.FixtureRequest) -> Iterator[FakePrinter]:
    printer = FakePrinter(getattr(request, "param", Mode.READY))
    yield printer
    printer.stop()


def configure(home: Paths, address: str) -> None:
    home.config_dir.mkdir(parents=True, exist_ok=True)
    home.config_file.write_text(
        f"[station]\nname = 'Kiosk Uji'\n[catalogue]\nfile = {json.dumps(str(SMALL_CATALOGUE))}\n"
        f"[printer]\naddress = '{address}'\npaper_mm = 58\n",
        encoding="utf-8",
    )


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), clock=CLOCK)
    out, err = capsys.readouterr()
    return code, out, err


def test_print_test_against_a_tcp_printer(
    device: FakePrinter, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "print-test", "--printer", device.address, "--paper", "58")
    assert code == 0 and "Tercetak." in out
    device.wait_for_connections(2)
    [job] = device.jobs
    text = "\n".join(parse(job).texts())
    assert "HALAMAN UJI PRINTER" in text and device.address in text and "32" in text
    assert parse(job).named("GS V"), "the test page ends with a cut"


def test_print_test_with_a_typo_names_the_wrong_part(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "print-test", "--printer", "tpc://10.0.0.5:9100")
    assert code == 2
    assert "tpc" in err


@pytest.mark.parametrize("device", [Mode.PAPER_OUT], indirect=True)
def test_printer_status_says_paper_out_and_counts_failures(
    home: Paths, device: FakePrinter, capsys: pytest.CaptureFixture[str]
) -> None:
    configure(home, device.address)
    code, out, _ = run(capsys, "printer", "status")
    assert code == 1
    assert "Kertas habis" in out and "Tiket gagal cetak hari ini: 0" in out
    code, out, _ = run(capsys, "--lang", "en", "printer", "status")
    assert "The paper has run out" in out


def test_reprint_by_number_prints_a_copy(
    home: Paths, device: FakePrinter, capsys: pytest.CaptureFixture[str]
) -> None:
    configure(home, device.address)
    assert run(capsys, "ticket", "issue", "--service", "KTP-EL")[0] == 0
    code, out, _ = run(capsys, "ticket", "reprint", "A-001")
    assert code == 0 and "A-001 (SALINAN): Tercetak." in out
    device.wait_for_connections(2)
    assert "SALINAN / COPY" in "\n".join(parse(device.jobs[0]).texts())
    code, _, err = run(capsys, "ticket", "reprint", "A-099")
    assert code == 1 and "tidak ditemukan" in err


@pytest.mark.parametrize("device", [Mode.PAPER_OUT], indirect=True)
def test_staff_see_the_failed_print_and_can_restore_a_cancelled_ticket(
    home: Paths, device: FakePrinter, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.station import open_station
    from mpp.printing import TicketPrinting, station_printer

    configure(home, device.address)
    station = open_station(home, clock=CLOCK)
    failed = TicketPrinting(station, station_printer(station)).issue_and_print("KTP-EL", None, "id")
    station.printing.keep(failed.ticket.id)
    station.close()
    _, out, _ = run(capsys, "ticket", "list")
    assert "A-001" in out and "menunggu (gagal cetak)" in out
    _, out, _ = run(capsys, "printer", "status")
    assert "Tiket gagal cetak hari ini: 1" in out
    station = open_station(home, clock=CLOCK)
    station.tickets.cancel(failed.ticket.id)
    station.close()
    code, out, _ = run(capsys, "ticket", "restore", "A-001")
    assert code == 0 and "menunggu (gagal cetak)" in out
