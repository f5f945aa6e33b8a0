"""The tanda terima: what the citizen submitted, masked, with the checklist to tick."""

from __future__ import annotations

import json

import pytest

from kiosk.paths import Paths
from kiosk.station import Station
from mpp.cli import main
from mpp.printing import TicketPrinting
from printers import Printer
from tests.conftest import SMALL_CATALOGUE
from tests.printers.escpos_parse import parse

ANSWERS = {
    "nik": "9409010101900001",
    "nama": "Yohanes Beanal",
    "alasan": "hilang",
    "surat_polisi": "yes",
    "tanggal_lahir": "1990-01-01",
}


def test_the_receipt_shows_the_submission_masked(station: Station) -> None:
    printer = Printer("dummy:")
    ticket = station.tickets.issue("KTP-EL", answers=ANSWERS)
    outcome = TicketPrinting(station, printer).print_receipt(ticket.id, "Maria Kambu", "id")
    assert outcome.ok
    text = "\n".join(parse(printer.backend.output).texts())  # type: ignore[attr-defined]
    assert "TANDA TERIMA BERKAS" in text
    assert "TT-261123-A-001" in text and "A-001" in text
    assert "9409 **** **** 0001" in text, "the NIK, masked (the printer has no •)"
    assert "9409010101900001" not in text and "Yohanes" not in text
    assert "Ganti karena hilang" in text, "a choice by its label, as the citizen chose it"
    assert "[ ] Fotokopi KK" in text, "the checklist waits for the counter's ticks"
    assert "BELUM LENGKAP" not in text, "no verdict before an officer has checked"
    assert "Maria Kambu" in text


def test_a_receipt_does_not_change_the_ticket(station: Station) -> None:
    ticket = station.tickets.issue("KTP-EL")
    TicketPrinting(station, Printer("dummy:?state=paper_out")).print_receipt(ticket.id, "-", "id")
    assert station.tickets.get(ticket.id).status == "waiting"


def test_the_cli_prints_a_receipt_from_a_kiosk_form(
    home: Paths, capsys: pytest.CaptureFixture[str], tmp_path: object
) -> None:
    from datetime import datetime

    from kiosk.clock import WIT, FakeClock
    from kiosk.station import open_station
    from tests.conftest import small_config

    clock = FakeClock(datetime(2026, 11, 23, 9, 0, tzinfo=WIT))
    home.config_dir.mkdir(parents=True, exist_ok=True)
    home.config_file.write_text(
        f"[catalogue]\nfile = {json.dumps(str(SMALL_CATALOGUE))}\n", encoding="utf-8"
    )
    station = open_station(home, small_config(home), clock)
    station.tickets.issue("KTP-EL", answers=ANSWERS)
    station.close()
    out_dir = home.data_dir / "receipts"
    code = main(["ticket", "receipt", "A-001", "--printer", f"pdf:{out_dir}"], clock=clock)
    assert code == 0
    assert "Tanda terima A-001: Tercetak." in capsys.readouterr().out
    [pdf] = out_dir.glob("*.pdf")
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "9409 **** **** 0001" in text and "9409010101900001" not in text
