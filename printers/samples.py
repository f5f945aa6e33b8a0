"""Write sample previews and PDFs of realistic documents: ``python -m printers.samples OUTDIR``.

Used to look at the layouts without a printer, and to keep docs/printing/ up to date.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from printers.documents import ReceiptDocument, TestPageDocument, TicketDocument
from printers.fonts import MONO_BOLD
from printers.profile import PAPER_58MM, PAPER_80MM, PageSize, PrinterProfile
from printers.render import render_pdf, render_png
from printers.text import CP437

# What a signed ticket payload could look like; the printers package only encodes it.
TICKET_QR = "MPP1.T.8f3c9a2e41d0.A-012.KTPEL.20261123T0815+09.K01.x5Jb3kQ9mZ2pL8rT4vW7yA"
RECEIPT_QR = "MPP1.R.TT-DKPS-2511-000123.20261123T0942+09.L03.Qm9cR2tX8vB1nZ7yK4pL"


def sample_ticket(logo: Path | None = None) -> TicketDocument:
    """A realistic Disdukcapil ticket with a priority mark."""
    return TicketDocument(
        hall="MPP Kabupaten Mimika",
        agency="Dinas Kependudukan dan Pencatatan Sipil",
        service="Perekaman dan Pencetakan KTP-el",
        number="A-012",
        priority="Prioritas: Lansia",
        date_text="Senin, 23 November 2026",
        time_text="08.15 WIT",
        people_ahead=4,
        wait_text="± 20 menit",
        qr_payload=TICKET_QR,
        instructions=(
            "Simpan tiket ini. Perhatikan layar dan panggilan nomor Anda.",
            "Siapkan berkas persyaratan sebelum dipanggil.",
        ),
        footer="Cepat, mudah, terbuka, pasti - tanpa biaya.",
        logo=logo,
    )


def sample_receipt() -> ReceiptDocument:
    """A proof of submission with a masked NIK and one missing requirement."""
    return ReceiptDocument(
        hall="MPP Kabupaten Mimika",
        agency="Dinas Kependudukan dan Pencatatan Sipil",
        service="Perekaman dan Pencetakan KTP-el",
        ticket_number="A-012",
        receipt_number="TT-DKPS-2511-000123",
        form_summary=(
            ("Nama", "Yohanes Beanal"),
            ("NIK", "9409•••••••••001"),
            ("No. HP", "0812••••5678"),
            ("Alamat", "Jl. Cenderawasih No. 12, Kwamki, Mimika Baru"),
        ),
        requirements=(
            ("Fotokopi Kartu Keluarga (KK)", True),
            ("Surat pengantar RT/RW dan kelurahan", True),
            ("Pas foto 3x4 latar merah (bila diminta petugas)", False),
        ),
        completion_text="3 hari kerja",
        officer="Maria Kambu",
        issued_text="23/11/2026 09.42 WIT",
        qr_payload=RECEIPT_QR,
    )


def sample_test_page(paper_name: str) -> TestPageDocument:
    """A test page for a network printer."""
    return TestPageDocument(
        address="tcp://192.168.1.50:9100",
        paper_width=paper_name,
        code_page=CP437.name,
        printed_text="23/11/2026 07.30 WIT",
    )


def sample_logo(path: Path) -> Path:
    """Draw a simple round emblem, standing in for the hall's logo."""
    image = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse([4, 4, 196, 196], fill=(0, 90, 160, 255))
    draw.ellipse([22, 22, 178, 178], outline=(255, 255, 255, 255), width=6)
    font = ImageFont.truetype(str(MONO_BOLD), 56)
    draw.text((100, 100), "MPP", font=font, fill=(255, 255, 255, 255), anchor="mm")
    image.save(path)
    return path


def write_samples(outdir: Path) -> list[Path]:
    """Write every sample into ``outdir``; return the paths written."""
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        ticket = sample_ticket(sample_logo(Path(tmp) / "logo.png"))
        receipt = sample_receipt()
        for paper in (PAPER_58MM, PAPER_80MM):
            profile = PrinterProfile(paper=paper)
            size = paper.name.replace(" ", "")
            outputs = {
                f"ticket-{size}.png": render_png(ticket, profile),
                f"receipt-{size}.png": render_png(receipt, profile),
                f"test-page-{size}.png": render_png(sample_test_page(paper.name), profile),
            }
            written += [_write(outdir / name, data) for name, data in outputs.items()]
        written.append(_write(outdir / "ticket-copy-80mm.png", render_png(ticket, copy=True)))
        written.append(_write(outdir / "ticket-a6.pdf", render_pdf(ticket, PageSize.A6)))
    written.append(_write(outdir / "receipt-a5.pdf", render_pdf(receipt, PageSize.A5)))
    written.append(_write(outdir / "receipt-a4.pdf", render_pdf(receipt, PageSize.A4)))
    return written


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m printers.samples OUTDIR", file=sys.stderr)
        return 2
    for path in write_samples(Path(args[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
