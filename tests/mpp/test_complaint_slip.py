"""The kiosk's complaint slip from a filed complaint: masked contact, never the text; how the
printer's fault is told."""

from __future__ import annotations

from kiosk.domain.complaint import Category
from kiosk.station import Station
from mpp.complaint_slip import print_slip, slip_document
from printers import DummyBackend, Printer
from tests.printers.escpos_parse import parse

TEXT = "Petugas loket 2 berkata kasar kepada ibu saya yang sudah lanjut usia."


def test_the_slip_shows_the_contact_masked_and_never_the_text(station: Station) -> None:
    filed = station.complaints.file("DUKCAPIL", Category.RUDE, TEXT, "0812 3456 7890")
    document = slip_document(filed, station.catalogues.current(), "id")
    assert document.tracking == filed.tracking_shown
    assert document.contact == filed.contact_masked and document.contact.endswith("890")
    assert document.filed_text == "Senin, 23 November 2026, 09.00 WIT"
    printer = Printer("dummy:")
    outcome = print_slip(printer, filed, station.catalogues.current(), "en")
    assert outcome.ok
    backend = printer.backend
    assert isinstance(backend, DummyBackend)
    text = "\n".join(parse(backend.output).texts())
    assert filed.tracking_shown in text and "Unfriendly staff" in text
    assert "34567" not in text and "kasar" not in text and "loket 2" not in text


def test_a_printer_fault_is_an_outcome_to_show(station: Station) -> None:
    filed = station.complaints.file("DUKCAPIL", Category.OTHER, TEXT)
    outcome = print_slip(
        Printer("dummy:?state=paper_out"), filed, station.catalogues.current(), "id"
    )
    assert not outcome.ok and "Kertas habis" in outcome.message.id
