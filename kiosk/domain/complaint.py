"""Complaints (pengaduan): categories, the rules of a complaint, tracking numbers, contacts.

A tracking number is `ADU-` and 8 characters of an alphabet without look-alikes (no I,
O, 0, 1): 40 bits. Its lowest 7 bits are the filing station's slot (given at enrolment,
never given twice in a hall, 1…99; 0 for a station that is not enrolled), the other 33
are random. So two stations can never make the same number, also while both are cut
off from the server; a station redraws the random part in the rare case it drew one of
its own numbers again. The random part keeps numbers unguessable: a kiosk is public and
a lookup shows the hall's answer, which only the citizen with the slip should read.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from enum import StrEnum

from kiosk.domain.form_check import MASK
from kiosk.domain.numbering import MAX_SLOT
from kiosk.domain.text import Text
from kiosk.domain.validators import check_email, check_phone

TRACKING_PREFIX = "ADU-"
#: The enrolment codes' alphabet (sync/server/enrolment.py): 32 symbols, 5 bits each.
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
TRACKING_CHARS = 8
SLOT_BITS = 7
RANDOM_BITS = TRACKING_CHARS * 5 - SLOT_BITS  # 33
#: Length limits of a complaint's text (characters, after trimming).
TEXT_LENGTH = (10, 1000)


class Category(StrEnum):
    """What the complaint is about (a fixed list, so reports can count)."""

    SLOW = "pelayanan_lambat"
    RUDE = "petugas_tidak_ramah"
    UNCLEAR = "persyaratan_tidak_jelas"
    FEE = "biaya_tidak_sesuai"
    FACILITIES = "sarana_prasarana"
    OTHER = "lainnya"

    @property
    def label(self) -> Text:
        """The category in both languages."""
        return _CATEGORY_LABELS[self]


_CATEGORY_LABELS = {
    Category.SLOW: Text("Pelayanan lambat", "Slow service"),
    Category.RUDE: Text("Petugas tidak ramah", "Unfriendly staff"),
    Category.UNCLEAR: Text("Persyaratan tidak jelas", "Unclear requirements"),
    Category.FEE: Text("Biaya tidak sesuai", "Wrong fee charged"),
    Category.FACILITIES: Text("Sarana dan prasarana", "Facilities"),
    Category.OTHER: Text("Lainnya", "Other"),
}


class ComplaintStatus(StrEnum):
    """Where a complaint is on the server (the hall admin moves it)."""

    RECEIVED = "received"
    IN_PROGRESS = "in_progress"
    ANSWERED = "answered"
    CLOSED = "closed"

    @property
    def label(self) -> Text:
        """The status as the citizen reads it."""
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    ComplaintStatus.RECEIVED: Text("Diterima, belum ada jawaban", "Received, no answer yet"),
    ComplaintStatus.IN_PROGRESS: Text("Sedang ditangani", "Being handled"),
    ComplaintStatus.ANSWERED: Text("Sudah dijawab", "Answered"),
    ComplaintStatus.CLOSED: Text("Selesai (ditutup)", "Closed"),
}


class ComplaintInvalid(ValueError):
    """A complaint that cannot be filed as it is; the message says what to fix."""

    def __init__(self, message: Text) -> None:
        super().__init__(message.en)
        self.message = message


# --- tracking numbers -----------------------------------------------------------------


def tracking_number(slot: int, random_part: int) -> str:
    """The tracking number of a station's slot (0–127) and 33 random bits."""
    if not 0 <= slot < 2**SLOT_BITS:
        raise ValueError(f"slot {slot} outside 0..{2**SLOT_BITS - 1}")
    if not 0 <= random_part < 2**RANDOM_BITS:
        raise ValueError(f"random part outside 0..2^{RANDOM_BITS}")
    value = random_part << SLOT_BITS | slot
    chars = [ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(TRACKING_CHARS))]
    return TRACKING_PREFIX + "".join(chars)


def new_tracking_number(slot: int | None) -> str:
    """A fresh number for a station (None: not enrolled, slot 0)."""
    if slot is not None and not 1 <= slot <= MAX_SLOT:
        raise ValueError(f"slot {slot} outside 1..{MAX_SLOT}")
    return tracking_number(slot or 0, secrets.randbits(RANDOM_BITS))


def slot_of(tracking: str) -> int:
    """The slot of the station that made a (canonical) tracking number."""
    value = 0
    for ch in tracking.removeprefix(TRACKING_PREFIX):
        value = value << 5 | ALPHABET.index(ch)
    return value & ((1 << SLOT_BITS) - 1)


def canonical_tracking(text: str) -> str | None:
    """A typed or scanned number as stored (`adu k7qf 2m9x` → `ADU-K7QF2M9X`); None if it
    cannot be one."""
    letters = "".join(ch for ch in text.upper() if ch not in " -")
    letters = letters.removeprefix(TRACKING_PREFIX.rstrip("-"))
    if len(letters) != TRACKING_CHARS or any(ch not in ALPHABET for ch in letters):
        return None
    return TRACKING_PREFIX + letters


def shown_tracking(tracking: str) -> str:
    """The number as printed and shown, in two groups easy to read out: `ADU-K7QF-2M9X`."""
    body = tracking.removeprefix(TRACKING_PREFIX)
    return f"{TRACKING_PREFIX}{body[:4]}-{body[4:]}"


# --- what a complaint holds -----------------------------------------------------------


def clean_text(text: str) -> str:
    """The complaint's text as kept: trimmed, lines kept; ComplaintInvalid if too short/long."""
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    kept = "\n".join(lines).strip()
    low, high = TEXT_LENGTH
    if len(kept) < low:
        raise ComplaintInvalid(
            Text(
                f"Tulis pengaduan paling sedikit {low} huruf, agar petugas dapat memahaminya.",
                f"Write at least {low} characters, so the staff can understand the complaint.",
            )
        )
    if len(kept) > high:
        raise ComplaintInvalid(
            Text(
                f"Pengaduan terlalu panjang: {len(kept)} huruf, paling banyak {high}.",
                f"The complaint is too long: {len(kept)} characters, at most {high}.",
            )
        )
    return kept


class ContactKind(StrEnum):
    """How the hall can answer the citizen."""

    PHONE = "phone"
    EMAIL = "email"


@dataclass(frozen=True, slots=True)
class Contact:
    """A checked contact: a mobile number (+628…) or an e-mail address."""

    kind: ContactKind
    value: str

    @property
    def masked(self) -> str:
        """As screens and paper show it: a phone's last three digits, an e-mail's domain."""
        if self.kind is ContactKind.PHONE:
            return f"{MASK * (len(self.value) - 3)}{self.value[-3:]}"
        name, _, domain = self.value.partition("@")
        return f"{name[:1]}{MASK * 3}@{domain}"


def check_contact(raw: str | None) -> Contact | None:
    """A phone number or an e-mail address, normalised; None when none was given."""
    text = (raw or "").strip()
    if not text:
        return None
    kind = ContactKind.EMAIL if "@" in text else ContactKind.PHONE
    check = check_email(text) if kind is ContactKind.EMAIL else check_phone(text)
    if not check.ok:
        raise ComplaintInvalid(check.errors[0])
    return Contact(kind, check.value)
