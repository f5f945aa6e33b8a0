"""Text for the paper: code pages, cleaning to what a code page can print, and word wrapping.

The default code page is CP437 with *plain ASCII* output. Page 0 (CP437) is the power-on page
of practically every ESC/POS printer, and cheap 58 mm printers often ignore ``ESC t`` or sit in a
Chinese double-byte mode where any byte above 0x7F turns into a wrong glyph. Indonesian needs no
accents, so transliterating to ASCII (é→e, “”→", —→-, •→*) prints correctly everywhere.
Printers known to handle PC858 can use :data:`PC858`, which keeps Western European letters.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Characters NFKD cannot reduce to ASCII, or reduces badly, mapped to what a reader expects.
TRANSLITERATION: dict[str, str] = {
    **dict.fromkeys("‘’‚‛′`´", "'"),
    **dict.fromkeys("“”„‟″«»", '"'),
    **dict.fromkeys("‐‑‒–—―−⁃", "-"),
    **dict.fromkeys("•·●◦∙⋅‧", "*"),  # masked NIK digits stay visible as '*'
    **dict.fromkeys("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008", " "),
    **dict.fromkeys("\u2009\u200a\u202f\u205f\u3000\t\n\r", " "),
    "…": "...",
    "±": "+/-",
    "×": "x",
    "÷": "/",
    "⁄": "/",
    "°": "o",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "©": "(c)",
    "®": "(R)",
    "™": "TM",
    "№": "No.",
    "ß": "ss",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "ø": "o",
    "Ø": "O",
    "đ": "d",
    "Đ": "D",
    "ł": "l",
    "Ł": "L",
    "þ": "th",
    "Þ": "Th",
    "ð": "d",
    "ı": "i",
    "✓": "v",
    "✔": "v",
    "→": "->",
    "←": "<-",
}


@dataclass(frozen=True)
class CodePage:
    """A printer code page: its ``ESC t`` number, Python codec and non-ASCII characters kept."""

    name: str
    escpos_number: int
    codec: str
    keep: frozenset[str] = frozenset()

    def encode(self, text: str) -> bytes:
        """Encode already-cleaned text; anything unencodable is a bug, so it raises."""
        return text.encode(self.codec)


def _pc858_keep() -> frozenset[str]:
    decoded = bytes(range(0x80, 0x100)).decode("cp858")
    return frozenset(ch for ch in decoded if ch.isalpha() or ch in "±°€£¥§")


CP437 = CodePage("CP437", 0, "cp437")
PC858 = CodePage("PC858", 19, "cp858", _pc858_keep())
CODE_PAGES = {page.name: page for page in (CP437, PC858)}


def clean_text(text: str, code_page: CodePage = CP437) -> str:
    """Return ``text`` reduced to characters ``code_page`` prints, whitespace collapsed.

    Control characters are dropped too: a catalogue name must never smuggle an ESC/POS command.
    """
    out = "".join(_clean_char(ch, code_page) for ch in unicodedata.normalize("NFC", text))
    return " ".join(out.split())


def _clean_char(ch: str, code_page: CodePage) -> str:
    if " " <= ch <= "~" or ch in code_page.keep:
        return ch
    if ch in TRANSLITERATION:
        return TRANSLITERATION[ch]
    decomposed = unicodedata.normalize("NFKD", ch)
    if decomposed == ch:
        return ""  # emoji, CJK, symbols: nothing sensible to print
    return "".join(_clean_char(part, code_page) for part in decomposed)


def wrap(text: str, width: int) -> list[str]:
    """Wrap ``text`` at word boundaries into lines of at most ``width`` characters.

    A single word longer than the line is broken with a trailing hyphen, so nothing is lost.
    """
    if width < 2:
        raise ValueError("width must be at least 2")
    lines: list[str] = []
    current = ""
    for word in text.split():
        for piece in _split_long_word(word, width):
            if current and len(current) + 1 + len(piece) <= width:
                current = f"{current} {piece}"
                continue
            if current:
                lines.append(current)
            current = piece
    return [*lines, current] if current else lines


def wrap_balanced(text: str, width: int) -> list[str]:
    """Like :func:`wrap`, but as narrow as possible for the same number of lines.

    Centred text then breaks into lines of similar length instead of leaving one orphan word.
    """
    lines = wrap(text, width)
    if len(lines) < 2:
        return lines
    narrowest = width
    longest_word = max(len(word) for word in text.split())
    while narrowest > max(2, longest_word) and len(wrap(text, narrowest - 1)) == len(lines):
        narrowest -= 1
    return wrap(text, narrowest)


def _split_long_word(word: str, width: int) -> list[str]:
    pieces = []
    while len(word) > width:
        pieces.append(word[: width - 1] + "-")
        word = word[width - 1 :]
    return [*pieces, word]
