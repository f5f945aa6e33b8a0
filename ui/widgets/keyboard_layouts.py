"""The on-screen keyboard's keys: their rows and labels, and which set a field needs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from PySide6.QtGui import QIntValidator, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from kiosk.domain.text import Text

Mode = Literal["letters", "digits"]
#: What the keyboard types into: a one-line field, or a text of several lines.
TypingTarget = QLineEdit | QPlainTextEdit

SPACE = "space"
SHIFT = "shift"
BACKSPACE = "backspace"
OK = "ok"

# What the function keys say (Space, OK) or are called for screen readers (Shift,
# Backspace: these two show a drawn icon, the same in both languages).
KEY_LABELS: dict[str, Text] = {
    SPACE: Text("Spasi", "Space"),
    OK: Text("Selesai", "Done"),
    SHIFT: Text("Huruf besar", "Shift"),
    BACKSPACE: Text("Hapus", "Backspace"),
}


@dataclass(frozen=True, slots=True)
class KeySpec:
    """One key: the character it types (or a function's name) and its width in key units."""

    name: str
    units: float = 1.0

    @property
    def types_character(self) -> bool:
        """Whether the key types its own name (a letter, digit or symbol)."""
        return len(self.name) == 1


@dataclass(frozen=True, slots=True)
class KeyRow:
    """A row of keys, after an empty `indent` (in key units) on its left."""

    keys: tuple[KeySpec, ...]
    indent: float = 0.0


def _chars(characters: str) -> tuple[KeySpec, ...]:
    return tuple(KeySpec(c) for c in characters)


# QWERTY as on the phones people here use, with a digit row and the few symbols that
# names, addresses and e-mail addresses need ("Jl. Ahmad Yani No. 4/12", "Ma'ruf").
# Every row is 12 units wide.
LETTER_ROWS: tuple[KeyRow, ...] = (
    KeyRow((*_chars("1234567890"), KeySpec(BACKSPACE, 2))),
    KeyRow(_chars("qwertyuiop-/")),
    KeyRow((*_chars("asdfghjkl"), KeySpec(OK, 2.5)), indent=0.5),
    KeyRow((KeySpec(SHIFT, 2), *_chars("zxcvbnm,.'"))),
    KeyRow((KeySpec("@", 2), KeySpec(SPACE, 8)), indent=1),
)

# A telephone-style number pad for NIK, telephone and other numbers.
DIGIT_ROWS: tuple[KeyRow, ...] = (
    KeyRow(_chars("123")),
    KeyRow(_chars("456")),
    KeyRow(_chars("789")),
    KeyRow((KeySpec(BACKSPACE), KeySpec("0"), KeySpec(OK))),
)


def row_units(rows: tuple[KeyRow, ...]) -> float:
    """How many key units wide the widest row is."""
    return max(row.indent + sum(key.units for key in row.keys) for row in rows)


def keyboard_mode_for(line_edit: TypingTarget) -> Mode:
    """The keys a field needs: its "keyboard" property, else digits if it takes only digits."""
    asked = line_edit.property("keyboard")
    if asked in ("letters", "digits"):
        return "digits" if asked == "digits" else "letters"
    if isinstance(line_edit, QPlainTextEdit):
        return "letters"  # free text
    validator = line_edit.validator()
    if isinstance(validator, QIntValidator) and validator.bottom() >= 0:
        return "digits"
    if isinstance(validator, QRegularExpressionValidator) and _digits_only_pattern(
        validator.regularExpression().pattern()
    ):
        return "digits"
    if line_edit.inputMask() and _digits_only_mask(line_edit.inputMask()):
        return "digits"
    return "letters"


# A regular expression built only of digits, \d, [0-9], quantifiers, groups and
# anchors ("\d{16}", "^08[0-9]{8,11}$") lets nothing but digits in.
_DIGITS_REGEX = re.compile(r"(?:\\d|\[0-9\]|\[\\d\]|[0-9]|\{\d+(?:,\d*)?\}|\(\?:|[()|+*?^$])+")


def _digits_only_pattern(pattern: str) -> bool:
    # ...and has at least one digit place (a pattern of only anchors lets nothing in).
    return bool(_DIGITS_REGEX.fullmatch(pattern)) and bool(re.search(r"\\d|[0-9]", pattern))


def _digits_only_mask(mask: str) -> bool:
    """Whether an input mask ("9999 9999 9999 9999;_") has digit places and no others."""
    digit_places = "90Dd#Bb"
    other_places = "AaNnXxHh"
    found = False
    escaped = False
    for character in mask.split(";", 1)[0]:
        if escaped:
            escaped = False
        elif character == "\\":
            escaped = True
        elif character in other_places:
            return False
        elif character in digit_places:
            found = True
    return found
