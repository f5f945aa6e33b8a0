"""Documents to print, as plain data: ready-made strings and numbers, formatted by the caller.

The printers package never formats dates, times or money; it only lays out what it is given.
Lists given for tuple fields are turned into tuples so documents stay hashable and immutable.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from printers.errors import DocumentError
from printers.labels import LABELS_ID, Labels

# GS ( k stores at most a few kB; a signed ticket payload is far below this.
MAX_QR_PAYLOAD = 1000


@dataclass(frozen=True, kw_only=True)
class TicketDocument:
    """A queue ticket as the kiosk prints it."""

    hall: str
    agency: str
    service: str
    number: str
    date_text: str
    time_text: str
    people_ahead: int
    wait_text: str
    qr_payload: str
    instructions: tuple[str, ...] = ()
    footer: str = ""
    priority: str | None = None
    logo: Path | None = None
    labels: Labels = LABELS_ID

    def __post_init__(self) -> None:
        _freeze(self, "instructions")
        _require(
            self.number.strip() != "" and self.number.isascii() and self.number.isprintable(),
            "nomor antrian harus teks ASCII, mis. A-012",
            "the ticket number must be ASCII text, e.g. A-012",
        )
        _require(
            self.people_ahead >= 0,
            "jumlah orang di depan tidak boleh negatif",
            "people ahead must not be negative",
        )
        _check_qr(self.qr_payload)


@dataclass(frozen=True, kw_only=True)
class ReceiptDocument:
    """A proof of submission (tanda terima); form values arrive already masked by the caller."""

    agency: str
    service: str
    ticket_number: str
    receipt_number: str
    form_summary: tuple[tuple[str, str], ...]
    requirements: tuple[tuple[str, bool], ...]
    completion_text: str
    officer: str
    issued_text: str
    qr_payload: str
    hall: str = ""
    labels: Labels = LABELS_ID
    #: False before an officer has checked the documents: the list is printed to be
    #: ticked, without a verdict of complete or incomplete.
    checked: bool = True

    def __post_init__(self) -> None:
        _freeze(self, "form_summary")
        _freeze(self, "requirements")
        _check_qr(self.qr_payload)

    @property
    def complete(self) -> bool:
        """Whether every required document was received."""
        return all(received for _, received in self.requirements)


@dataclass(frozen=True, kw_only=True)
class TestPageDocument:
    """A test page for the technician: it names the setup and exercises every print feature."""

    __test__ = False  # keeps pytest from collecting this class as a test case

    address: str
    paper_width: str
    code_page: str
    printed_text: str = ""
    qr_payload: str = "MPP-KIOSK TEST PAGE"
    labels: Labels = LABELS_ID

    def __post_init__(self) -> None:
        _check_qr(self.qr_payload)


@dataclass(frozen=True, kw_only=True)
class ComplaintSlipDocument:
    """The citizen's proof of a complaint (tanda pengaduan): the tracking number to look the
    answer up with, and what the complaint is about. The contact arrives masked; the text
    is never on it (the caller's choice of what to show, the slip only lays out)."""

    hall: str
    tracking: str
    agency: str
    category: str
    filed_text: str
    contact: str | None = None
    ticket_number: str | None = None
    labels: Labels = LABELS_ID

    def __post_init__(self) -> None:
        _require(
            self.tracking.strip() != "" and self.tracking.isascii() and self.tracking.isprintable(),
            "nomor pengaduan harus teks ASCII, mis. ADU-K7QF-2M9X",
            "the tracking number must be ASCII text, e.g. ADU-K7QF-2M9X",
        )


Document = TicketDocument | ReceiptDocument | TestPageDocument | ComplaintSlipDocument


def _freeze(document: object, name: str) -> None:
    value = getattr(document, name)
    items = tuple(tuple(item) if isinstance(item, list) else item for item in value)
    object.__setattr__(document, name, items)  # frozen dataclass: the documented escape hatch


def _require(condition: bool, message_id: str, message_en: str) -> None:
    if not condition:
        raise DocumentError(message_id, message_en)


def _check_qr(payload: str) -> None:
    _require(payload != "", "isi QR kosong", "the QR payload is empty")
    _require(
        payload.isascii() and payload.isprintable(),
        "isi QR harus teks ASCII",
        "the QR payload must be printable ASCII",
    )
    _require(
        len(payload) <= MAX_QR_PAYLOAD,
        f"isi QR lebih dari {MAX_QR_PAYLOAD} karakter",
        f"the QR payload is longer than {MAX_QR_PAYLOAD} characters",
    )
