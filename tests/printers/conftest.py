"""Fixtures for the printers tests: sample documents and fake network printers."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from printers.documents import ReceiptDocument, TestPageDocument, TicketDocument
from printers.samples import sample_logo, sample_receipt, sample_test_page, sample_ticket
from tests.printers.fake_printer import FakePrinter, Mode

# python-escpos (imported by one test to cross-check bytes) keeps its capability cache here.
os.environ.setdefault(
    "ESCPOS_CAPABILITIES_PICKLE_DIR", str(Path(tempfile.gettempdir()) / "mpp-escpos-tests")
)

LONG_SERVICE = (
    "Penerbitan Surat Keterangan Pindah Datang Antar Kabupaten atau Kota dalam Satu "
    "Provinsi beserta Perubahan Kartu Keluarga dan Penerbitan Kartu Tanda Penduduk "
    "Elektronik bagi Penduduk Baru di Kabupaten Mimika"
)


@pytest.fixture
def ticket() -> TicketDocument:
    """The realistic sample ticket, without a logo."""
    return sample_ticket()


@pytest.fixture
def ticket_with_logo(tmp_path: Path) -> TicketDocument:
    """The sample ticket with a drawn logo."""
    return sample_ticket(sample_logo(tmp_path / "logo.png"))


@pytest.fixture
def receipt() -> ReceiptDocument:
    """The sample receipt with a masked NIK."""
    return sample_receipt()


@pytest.fixture
def test_page() -> TestPageDocument:
    """A test page for an 80 mm printer."""
    return sample_test_page("80 mm")


@pytest.fixture
def fake_printer() -> Iterator[Callable[[Mode], FakePrinter]]:
    """A factory of fake TCP printers, all stopped after the test."""
    started: list[FakePrinter] = []

    def start(mode: Mode = Mode.READY) -> FakePrinter:
        printer = FakePrinter(mode)
        started.append(printer)
        return printer

    yield start
    for printer in started:
        printer.stop()
