"""Checks for Indonesian identifiers and common form fields; every message in ID and EN.

A check returns the value as it should be stored (normalised), the errors that
block it and the warnings that only ask the citizen to look again. Real NIKs
can break the rules in harmless ways (an old region prefix, a sex that does not
match the form), so those are warnings, never errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from kiosk.domain.regions import known_province
from kiosk.domain.text import Text

_SEPARATORS = re.compile(r"[\s.\-]")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")


@dataclass(frozen=True)
class Check:
    """The outcome of checking one value."""

    value: str
    errors: tuple[Text, ...] = ()
    warnings: tuple[Text, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """No error (warnings allowed)."""
        return not self.errors


def _fail(value: str, message: Text) -> Check:
    return Check(value, (message,))


def _digits_only(raw: str) -> str:
    return _SEPARATORS.sub("", raw.strip())


def check_nik(raw: str, today: date, *, female: bool | None = None) -> Check:
    """A 16-digit NIK: region, birth date (day + 40 for women), serial not 0000."""
    value = _digits_only(raw)
    length = _sixteen_digits(value, Text("NIK", "NIK"))
    if length is not None:
        return length
    day, month, year2 = int(value[6:8]), int(value[8:10]), int(value[10:12])
    is_female = day > 40
    born = _birth_date(day - 40 if is_female else day, month, year2, today)
    if born is None:
        return _fail(
            value,
            Text(
                f"Bagian tanggal lahir NIK ({value[6:12]}) bukan tanggal yang ada. "
                "Periksa angka ke-7 sampai ke-12.",
                f"The birth-date part of the NIK ({value[6:12]}) is not a real date. "
                "Check digits 7 to 12.",
            ),
        )
    if value[12:] == "0000":
        return _fail(
            value,
            Text(
                "Empat angka terakhir NIK tidak mungkin 0000.",
                "The last four digits of an NIK cannot be 0000.",
            ),
        )
    warnings = list(_region_warning(value, Text("NIK", "NIK")))
    if female is not None and female != is_female:
        warnings.append(
            Text(
                "Tanggal lahir pada NIK menunjukkan jenis kelamin lain dari yang dipilih. "
                "Pastikan NIK sudah benar.",
                "The NIK's birth date suggests a different sex from the one chosen. "
                "Please make sure the NIK is right.",
            )
        )
    return Check(value, (), tuple(warnings))


def check_kk(raw: str) -> Check:
    """A 16-digit family card (KK) number."""
    value = _digits_only(raw)
    length = _sixteen_digits(value, Text("Nomor KK", "The KK number"))
    if length is not None:
        return length
    if value[12:] == "0000":
        return _fail(
            value,
            Text(
                "Empat angka terakhir nomor KK tidak mungkin 0000.",
                "The last four digits of a KK number cannot be 0000.",
            ),
        )
    return Check(value, (), tuple(_region_warning(value, Text("nomor KK", "KK number"))))


def check_phone(raw: str) -> Check:
    """An Indonesian mobile number (08…, 628… or +628…), stored as +628…."""
    value = _digits_only(raw).replace("(", "").replace(")", "")
    if value.startswith("+62"):
        national = value[3:]
    elif value.startswith("62"):
        national = value[2:]
    elif value.startswith("0"):
        national = value[1:]
    else:
        national = ""
    if not (national.isascii() and national.isdigit() and national.startswith("8")):
        return _fail(
            value,
            Text(
                "Nomor HP harus diawali 08 atau +628, mis. 0812 3456 7890.",
                "A mobile number starts with 08 or +628, e.g. 0812 3456 7890.",
            ),
        )
    if not 9 <= len(national) <= 12:
        return _fail(
            value,
            Text(
                f"Nomor HP terlalu {'pendek' if len(national) < 9 else 'panjang'}: "
                f"{len(national) + 1} angka setelah 0, seharusnya 10 sampai 13.",
                f"The mobile number is too {'short' if len(national) < 9 else 'long'}: "
                f"{len(national) + 1} digits from the 0, it should be 10 to 13.",
            ),
        )
    return Check(f"+62{national}")


def check_email(raw: str) -> Check:
    """An e-mail address, stored with its domain in lower case."""
    value = raw.strip()
    if not value.isascii() or not _EMAIL.match(value):
        return _fail(
            value,
            Text(
                "Alamat email tidak valid, contoh: nama@contoh.id",
                "The e-mail address is not valid, e.g. name@example.id",
            ),
        )
    local, _, domain = value.rpartition("@")
    return Check(f"{local}@{domain.lower()}")


def check_postal_code(raw: str) -> Check:
    """A 5-digit Indonesian postal code (kode pos)."""
    value = _digits_only(raw)
    if not (value.isascii() and value.isdigit() and len(value) == 5 and value[0] != "0"):
        return _fail(
            value,
            Text(
                "Kode pos terdiri dari 5 angka, mis. 99910.",
                "A postal code has 5 digits, e.g. 99910.",
            ),
        )
    return Check(value)


def check_past_date(value: date, today: date) -> Check:
    """A date that cannot be in the future (a birth or an event that happened)."""
    if value > today:
        return _fail(
            value.isoformat(),
            Text("Tanggal ini tidak boleh setelah hari ini.", "This date cannot be after today."),
        )
    return Check(value.isoformat())


def _sixteen_digits(value: str, what: Text) -> Check | None:
    if value and not (value.isascii() and value.isdigit()):
        return _fail(
            value,
            Text(f"{what.id} hanya berisi angka.", f"{what.en} contains digits only."),
        )
    if len(value) != 16:
        return _fail(
            value,
            Text(
                f"{what.id} harus 16 angka; yang diisi {len(value)} angka.",
                f"{what.en} must have 16 digits; {len(value)} were entered.",
            ),
        )
    return None


def _birth_date(day: int, month: int, year2: int, today: date) -> date | None:
    """The latest real birth date not after today, trying 20YY then 19YY."""
    for century in (2000, 1900):
        try:
            born = date(century + year2, month, day)
        except ValueError:
            continue
        if born <= today:
            return born
    return None


def _region_warning(value: str, what: Text) -> list[Text]:
    if known_province(value):
        return []
    return [
        Text(
            f"Kode wilayah {what.id} ({value[:2]}) tidak dikenal. Pastikan angkanya benar.",
            f"The region code of the {what.en} ({value[:2]}) is unknown. Please check it.",
        )
    ]
