"""The hall board's spoken call as words: one formatter for the voice, the captions and the logs.

How a call is read (docs/announcements.md):

* The ticket prefix is spelled letter by letter ("KK" → "K K"); a digit in the
  prefix is read as its digit word ("A1" → "A satu", "A one").
* The ticket's number keeps the zeros printed on the ticket: each leading zero
  is read "nol" ("zero"), the rest as a number in words. "012" → "nol dua belas",
  "007" → "nol nol tujuh", "000" → "nol nol nol", "120" → "seratus dua puluh",
  "1203" → "seribu dua ratus tiga". In English: "zero twelve", "one hundred
  twenty", "one thousand two hundred three" (no "and").
* The counter is a number in words: "loket dua belas", "counter twelve".
* The whole call: "Nomor antrian A nol dua belas, silakan menuju loket tiga." /
  "Ticket number A zero twelve, please go to counter three."

Words come as tokens, and every token is one recorded sound clip: a fixed
phrase ("nomor antrian"), a letter ("K"), or a piece of a number small enough
to keep the clip count low yet read naturally ("dua belas", "dua puluh",
"dua ratus", "ribu"). `vocabulary()` lists every token a call can contain.
"""

from __future__ import annotations

import re
from itertools import chain

from kiosk.domain.text import Lang

MAX_NUMBER = 99_999
MAX_COUNTER = 999
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

_PREFIX = re.compile(r"[A-Z][A-Z0-9]{0,2}")  # the catalogue's prefix rule
_DIGITS = re.compile(r"[0-9]{3,5}")

# (opening phrase, phrase before the counter)
_PHRASES: dict[Lang, tuple[str, str]] = {
    "id": ("nomor antrian", "silakan menuju loket"),
    "en": ("ticket number", "please go to counter"),
}

_ID_UNITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_EN_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_TEENS = (
    "ten", "eleven", "twelve", "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def number_words(n: int, lang: Lang = "id") -> tuple[str, ...]:
    """`n` (0..99999) in words, as clip tokens.

    2024 → ("dua", "ribu", "dua puluh", "empat"); in English
    ("two", "thousand", "twenty", "four").
    """
    if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= MAX_NUMBER:
        raise ValueError(f"cannot read {n!r} aloud: a number must be a whole number 0..99999")
    if n == 0:
        return (_unit(0, lang),)
    return _words_id(n) if lang == "id" else _words_en(n)


def ticket_words(number: str, lang: Lang = "id") -> tuple[str, ...]:
    """A ticket number as tokens: "A1-012" → ("A", "satu", "nol", "dua belas")."""
    prefix, digits = _split(number)
    spelled = tuple(_unit(int(c), lang) if c.isdigit() else c for c in prefix)
    rest = digits.lstrip("0")
    zeros = tuple(_unit(0, lang) for _ in range(len(digits) - len(rest)))
    return spelled + zeros + (number_words(int(rest), lang) if rest else ())


def counter_words(counter: int, lang: Lang = "id") -> tuple[str, ...]:
    """A counter number (1..999) as tokens: 12 → ("dua belas",)."""
    if isinstance(counter, bool) or not isinstance(counter, int) or not 1 <= counter <= MAX_COUNTER:
        raise ValueError(f"counter {counter!r} cannot be called: counters are numbered 1..999")
    return number_words(counter, lang)


def call_phrases(
    ticket_number: str, counter: int, lang: Lang = "id"
) -> tuple[tuple[str, ...], ...]:
    """The call in its two phrases (a short pause goes between them, where the comma is)."""
    opening, to_counter = _PHRASES[lang]
    return (
        (opening, *ticket_words(ticket_number, lang)),
        (to_counter, *counter_words(counter, lang)),
    )


def call_words(ticket_number: str, counter: int, lang: Lang = "id") -> tuple[str, ...]:
    """The whole call as tokens, each one sound clip: ("nomor antrian", "A", "nol", …)."""
    return tuple(chain.from_iterable(call_phrases(ticket_number, counter, lang)))


def call_sentence(ticket_number: str, counter: int, lang: Lang = "id") -> str:
    """The call as it is spoken, for captions and logs: "Nomor antrian A nol dua belas, …"."""
    text = ", ".join(" ".join(phrase) for phrase in call_phrases(ticket_number, counter, lang))
    return text[0].upper() + text[1:] + "."


def vocabulary(lang: Lang = "id") -> frozenset[str]:
    """Every token a call can contain in `lang`: the clips a board needs."""
    # Ticket numbers and counters read only these: the units, 10..99, the hundreds
    # and the thousands word; every other number is made of them.
    pieces = chain.from_iterable(
        number_words(n, lang) for n in (*range(100), *range(100, 1000, 100))
    )
    thousands = number_words(1000, lang) + number_words(2000, lang)
    return frozenset((*_PHRASES[lang], *LETTERS, *pieces, *thousands))


def _split(number: str) -> tuple[str, str]:
    """The prefix and the digits of a ticket number, or a ValueError saying what is wrong."""
    if not isinstance(number, str) or number.count("-") != 1:
        raise ValueError(f"ticket number {number!r} is not PREFIX-NUMBER with one dash (A-012)")
    prefix, digits = number.split("-")
    if not _PREFIX.fullmatch(prefix):
        raise ValueError(
            f"ticket number {number!r}: the prefix must be 1 to 3 capital letters or digits,"
            " starting with a letter (A, A1, KK)"
        )
    if not _DIGITS.fullmatch(digits):
        raise ValueError(
            f"ticket number {number!r}: the number must have 3 to 5 digits (012, 1203)"
        )
    if len(digits) > 3 and digits[0] == "0":
        raise ValueError(
            f"ticket number {number!r}: only three-digit numbers are padded with zeros (012)"
        )
    return prefix, digits


def _unit(digit: int, lang: Lang) -> str:
    return _EN_UNITS[digit] if lang == "en" else _ID_UNITS[digit]


def _words_id(n: int) -> tuple[str, ...]:
    """Indonesian words of 1..99999 ("se-" stands for one: sepuluh, sebelas, seratus, seribu)."""
    thousands, rest = divmod(n, 1000)
    hundreds, below = divmod(rest, 100)
    words: tuple[str, ...] = ()
    if thousands == 1:
        words += ("seribu",)
    elif thousands:
        words += (*_below_100_id(thousands), "ribu")
    if hundreds == 1:
        words += ("seratus",)
    elif hundreds:
        words += (f"{_ID_UNITS[hundreds]} ratus",)
    return words + _below_100_id(below)


def _below_100_id(n: int) -> tuple[str, ...]:
    tens, unit = divmod(n, 10)
    if n == 0:
        return ()
    if n < 10:
        return (_ID_UNITS[n],)
    if n == 10:
        return ("sepuluh",)
    if n == 11:
        return ("sebelas",)
    if tens == 1:
        return (f"{_ID_UNITS[unit]} belas",)
    return (f"{_ID_UNITS[tens]} puluh", *_below_100_id(unit))


def _words_en(n: int) -> tuple[str, ...]:
    """English words of 1..99999, without "and": 120 → "one hundred twenty"."""
    thousands, rest = divmod(n, 1000)
    hundreds, below = divmod(rest, 100)
    words: tuple[str, ...] = ()
    if thousands:
        words += (*_below_100_en(thousands), "thousand")
    if hundreds:
        words += (f"{_EN_UNITS[hundreds]} hundred",)
    return words + _below_100_en(below)


def _below_100_en(n: int) -> tuple[str, ...]:
    tens, unit = divmod(n, 10)
    if n == 0:
        return ()
    if n < 10:
        return (_EN_UNITS[n],)
    if n < 20:
        return (_EN_TEENS[unit],)
    return (_EN_TENS[tens], *_below_100_en(unit))
