"""ESC/POS bytes of every document at 58 and 80 mm: structure, sizes, QR, cut, copies, cleaning."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from printers.documents import Document, ReceiptDocument, TestPageDocument, TicketDocument
from printers.errors import DocumentError
from printers.escpos_writer import PARTIAL_CUT
from printers.profile import PAPER_58MM, PAPER_80MM, Paper, PrinterProfile
from printers.render import render_escpos
from printers.samples import sample_ticket
from printers.text import PC858
from printers.usb_backend import import_escpos_printer
from tests.printers.conftest import LONG_SERVICE
from tests.printers.escpos_parse import parse

PAPERS = [PAPER_58MM, PAPER_80MM]
CENTER = 1


@pytest.fixture(params=["ticket", "receipt", "test_page"])
def document(request: pytest.FixtureRequest) -> Document:
    return request.getfixturevalue(request.param)  # type: ignore[no-any-return]


@pytest.mark.parametrize("paper", PAPERS, ids=lambda p: p.name)
def test_every_document_is_a_well_formed_job(document: Document, paper: Paper) -> None:
    data = render_escpos(document, PrinterProfile(paper=paper))
    stream = parse(data)  # raises on any unknown command or stray control byte
    assert data.startswith(b"\x1b@\x1bt\x00")  # initialise, then code page CP437
    assert data.endswith(PARTIAL_CUT)
    assert [c.name for c in stream.commands].count("GS V") == 1
    for line in stream.lines:
        assert len(line.text) * line.scale <= paper.columns, line
    assert any(line.align == CENTER for line in stream.lines)
    assert any(line.bold for line in stream.lines)


@pytest.mark.parametrize("paper", PAPERS, ids=lambda p: p.name)
def test_every_document_has_a_native_qr_of_its_payload(document: Document, paper: Paper) -> None:
    stream = parse(render_escpos(document, PrinterProfile(paper=paper)))
    qr = [c.args for c in stream.named("GS ( k")]
    assert qr[0] == b"1A2\x00"  # model 2
    assert qr[1][:2] == b"1C" and 2 <= qr[1][2] <= 8  # module size
    assert qr[2] == b"1E1"  # error correction M
    assert qr[3] == b"1P0" + document.qr_payload.encode()
    assert qr[4] == b"1Q0"  # print
    qr_at = next(i for i, c in enumerate(stream.commands) if c.name == "GS ( k")
    assert stream.commands[qr_at - 5].args == bytes([CENTER])  # ESC a 1 before it


@pytest.mark.parametrize("paper", PAPERS, ids=lambda p: p.name)
def test_raster_qr_for_printers_without_gs_k(document: Document, paper: Paper) -> None:
    stream = parse(render_escpos(document, PrinterProfile(paper=paper, native_qr=False)))
    assert not stream.named("GS ( k")
    bands = stream.named("GS v 0")  # tall images go in bands of at most 256 rows
    assert bands
    for band in bands:
        width_bytes = int.from_bytes(band.args[:2], "little")
        assert width_bytes * 8 == paper.dots  # padded to the full width: centred on any printer
        assert 0 < int.from_bytes(band.args[2:4], "little") <= 256


def test_native_qr_bytes_match_python_escpos(ticket: TicketDocument) -> None:
    dummy_class = import_escpos_printer().Dummy  # without escpos's import side effects
    from escpos.constants import QR_ECLEVEL_M

    data = render_escpos(ticket)
    module = next(c for c in parse(data).named("GS ( k") if c.args[:2] == b"1C").args[2]
    dummy = dummy_class()
    dummy.qr(ticket.qr_payload, ec=QR_ECLEVEL_M, size=module, native=True)
    assert dummy.output in data


@pytest.mark.parametrize(("paper", "scale"), [(PAPER_58MM, 6), (PAPER_80MM, 8)])
def test_ticket_number_is_printed_huge_bold_and_centred(
    ticket: TicketDocument, paper: Paper, scale: int
) -> None:
    stream = parse(render_escpos(ticket, PrinterProfile(paper=paper)))
    (number,) = [line for line in stream.lines if line.text == "A-012"]
    assert (number.scale, number.align, number.bold) == (scale, CENTER, True)
    assert max(line.scale for line in stream.lines) == scale


def test_ticket_prints_every_field(ticket: TicketDocument) -> None:
    text = "\n".join(parse(render_escpos(ticket)).texts())
    for expected in (
        "MPP Kabupaten Mimika",
        "Dinas Kependudukan dan Pencatatan Sipil",
        "Perekaman dan Pencetakan KTP-el",
        "Nomor Antrian",
        " Prioritas: Lansia ",
        "Senin, 23 November 2026",
        "08.15 WIT",
        "Orang di depan Anda",
        "+/- 20 menit",
        "Siapkan berkas persyaratan",
    ):
        assert expected in text


def test_priority_mark_is_white_on_black(ticket: TicketDocument) -> None:
    lines = parse(render_escpos(ticket)).lines
    (mark,) = [line for line in lines if "Prioritas" in line.text]
    assert mark.invert and mark.align == CENTER


def test_receipt_masks_survive_as_asterisks_and_lists_requirements(
    receipt: ReceiptDocument,
) -> None:
    for paper in PAPERS:
        texts = parse(render_escpos(receipt, PrinterProfile(paper=paper))).texts()
        text = "\n".join(texts)
        assert "9409*********001" in text
        assert "[x] Fotokopi Kartu Keluarga (KK)" in text
        assert "[ ] Pas foto 3x4" in text
        assert "BERKAS BELUM LENGKAP" in text
        assert "TT-DKPS-2511-000123" in text


def test_test_page_prints_a_column_ruler_and_every_style(test_page: TestPageDocument) -> None:
    for paper in PAPERS:
        lines = parse(render_escpos(test_page, PrinterProfile(paper=paper))).lines
        texts = [line.text for line in lines]
        units = "".join(str(i % 10) for i in range(1, paper.columns + 1))
        assert units in texts
        assert any(line.scale == 2 for line in lines)
        assert any(line.invert for line in lines)
        assert any(line.bold for line in lines)
        assert "tcp://192.168.1.50:9100" in "\n".join(texts)


def test_names_the_code_page_lacks_never_print_a_question_mark(ticket: TicketDocument) -> None:
    odd = dataclasses.replace(
        ticket,
        agency="Dinas Pariwisata “Café & Señor” — Niño",
        service="Legalisir 📄 Akta ‘Kelahiran’ • cepat",
    )
    data = render_escpos(odd)
    assert b"?" not in data.replace(odd.qr_payload.encode(), b"")
    text = "\n".join(parse(data).texts())
    assert 'Dinas Pariwisata "Cafe & Senor" - Nino' in text
    assert "Legalisir Akta 'Kelahiran' * cepat" in text


def test_pc858_profile_selects_its_code_page_and_keeps_accents(ticket: TicketDocument) -> None:
    odd = dataclasses.replace(ticket, agency="Café Señor")
    data = render_escpos(odd, PrinterProfile(code_page=PC858))
    assert data.startswith(b"\x1b@\x1bt\x13")
    assert "Café Señor" in parse(data, codec="cp858").texts()


@pytest.mark.parametrize("paper", PAPERS, ids=lambda p: p.name)
def test_a_200_character_service_wraps_whole_words_on_paper(
    ticket: TicketDocument, paper: Paper
) -> None:
    long = dataclasses.replace(ticket, service=LONG_SERVICE)
    lines = parse(render_escpos(long, PrinterProfile(paper=paper))).lines
    service_lines = [line.text for line in lines if line.bold and line.scale == 1]
    printed = " ".join(service_lines)
    assert LONG_SERVICE in printed  # nothing lost, words in order, no hyphen added
    assert len(service_lines) > 4
    assert all(len(line) <= paper.columns for line in service_lines)


def test_copy_differs_from_the_original_only_by_the_copy_banners(
    ticket: TicketDocument, receipt: ReceiptDocument
) -> None:
    for document in (ticket, receipt):
        original = render_escpos(document)
        copy = render_escpos(document, copy=True)
        banners = [line for line in parse(copy).lines if "SALINAN / COPY" in line.text]
        assert len(banners) == 2
        assert all(line.invert and line.scale == 2 for line in banners)
        assert b"SALINAN" not in original
        # The copy is the original with two inserts: banner + feed on top, feed + banner below.
        end = copy.index(b" SALINAN / COPY \n") + len(b" SALINAN / COPY \n")
        banner = copy[copy.rindex(b"\x1ba", 0, end) : end]
        feed = b"\x1bd\x01"
        assert copy.replace(banner + feed, b"", 1).replace(feed + banner, b"", 1) == original


def test_rendering_is_deterministic(ticket: TicketDocument) -> None:
    assert render_escpos(ticket) == render_escpos(ticket)


def test_logo_is_sent_as_a_centred_raster(ticket_with_logo: TicketDocument) -> None:
    for paper in PAPERS:
        stream = parse(render_escpos(ticket_with_logo, PrinterProfile(paper=paper)))
        (logo,) = stream.named("GS v 0")
        assert int.from_bytes(logo.args[:2], "little") * 8 == paper.dots
        assert stream.commands.index(logo) < 10  # before the hall name


def test_a_missing_logo_does_not_stop_the_ticket(ticket: TicketDocument, tmp_path: Path) -> None:
    broken = dataclasses.replace(ticket, logo=tmp_path / "missing.png")
    stream = parse(render_escpos(broken))
    assert not stream.named("GS v 0")
    assert "A-012" in stream.texts()


@settings(max_examples=40, deadline=None)
@given(
    agency=st.text(max_size=120),
    service=st.text(max_size=250),
    number=st.text(
        st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=12
    ).filter(str.strip),
    priority=st.none() | st.text(max_size=40),
)
def test_any_catalogue_text_gives_a_well_formed_job_that_fits_the_paper(
    agency: str, service: str, number: str, priority: str | None
) -> None:
    ticket = sample_ticket()
    odd = dataclasses.replace(
        ticket, agency=agency, service=service, number=number, priority=priority
    )
    for paper in PAPERS:
        stream = parse(render_escpos(odd, PrinterProfile(paper=paper)))
        assert all(len(line.text) * line.scale <= paper.columns for line in stream.lines)
        assert stream.named("GS V")


@pytest.mark.parametrize(
    ("changes", "needle"),
    [
        ({"number": "  "}, "ticket number"),
        ({"number": "A-０１２"}, "ticket number"),
        ({"qr_payload": ""}, "QR payload is empty"),
        ({"qr_payload": "tiket ✓"}, "printable ASCII"),
        ({"qr_payload": "x" * 1001}, "longer than 1000"),
        ({"people_ahead": -1}, "must not be negative"),
    ],
)
def test_unprintable_ticket_data_is_refused_clearly(
    ticket: TicketDocument, changes: dict[str, object], needle: str
) -> None:
    with pytest.raises(DocumentError) as caught:
        dataclasses.replace(ticket, **changes)  # type: ignore[arg-type]
    assert needle in caught.value.message_en
