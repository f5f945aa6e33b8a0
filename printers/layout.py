"""The intermediate layout every output is drawn from: blocks of text lines, QR, picture, feed, cut.

A document is laid out once for a paper width; the ESC/POS writer, the PNG preview and the PDF
writer each draw the same blocks, so the three can never disagree about wrapping or sizes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from printers.profile import Paper
from printers.raster import qr_size
from printers.text import CodePage, clean_text, wrap, wrap_balanced

MAX_SCALE = 8  # GS ! allows 1-8 times width and height
# Dots fed above a QR (ESC J) so it does not touch the line above; LF gives the gap below.
QR_TOP_GAP = 12
COMPACT_MAX_SCALE = 5  # on short pages a 5x number is still the biggest thing on the page


class Align(Enum):
    """Horizontal alignment of a line (ESC a 0/1/2)."""

    LEFT = 0
    CENTER = 1
    RIGHT = 2


@dataclass(frozen=True)
class TextLine:
    """One printed line, already cleaned and short enough for ``columns // scale``."""

    text: str
    align: Align = Align.LEFT
    bold: bool = False
    scale: int = 1
    invert: bool = False


@dataclass(frozen=True)
class QrCode:
    """A QR code (model 2, error correction M), centred, ``module`` dots per module."""

    payload: str
    module: int


@dataclass(frozen=True)
class Picture:
    """A PNG (the hall's logo), centred, shrunk to fit ``max_width`` x ``max_height`` dots."""

    path: Path
    max_width: int
    max_height: int


@dataclass(frozen=True)
class Feed:
    """Blank lines."""

    lines: int = 1


@dataclass(frozen=True)
class Cut:
    """Feed to the cutter and cut partially."""


Block = TextLine | QrCode | Picture | Feed | Cut


@dataclass(frozen=True)
class Layout:
    """A document laid out for one paper width and code page."""

    paper: Paper
    code_page: CodePage
    blocks: tuple[Block, ...]

    def text(self) -> str:
        """All text lines joined by newlines (handy for tests and logs)."""
        return "\n".join(b.text for b in self.blocks if isinstance(b, TextLine))


class LayoutBuilder:
    """Collects blocks for one paper; every string passes through :func:`clean_text` here."""

    def __init__(self, paper: Paper, code_page: CodePage) -> None:
        self.paper = paper
        self.code_page = code_page
        self.blocks: list[Block] = []

    @property
    def columns(self) -> int:
        """Characters per line at normal size."""
        return self.paper.columns

    def clean(self, text: str) -> str:
        """Text reduced to what the code page prints."""
        return clean_text(text, self.code_page)

    def text(
        self,
        text: str,
        *,
        align: Align = Align.LEFT,
        bold: bool = False,
        scale: int = 1,
        invert: bool = False,
    ) -> None:
        """Add ``text`` wrapped at word boundaries (balanced when centred); empty adds nothing."""
        wrapper = wrap_balanced if align is Align.CENTER else wrap
        for line in wrapper(self.clean(text), self.columns // scale):
            self.blocks.append(TextLine(line, align, bold, scale, invert))

    def biggest(self, text: str, *, limit: int = MAX_SCALE, bold: bool = True) -> None:
        """Add ``text`` centred at the largest scale (up to ``limit``) that fits one line."""
        cleaned = self.clean(text)
        limit = min(limit, COMPACT_MAX_SCALE) if self.paper.compact else limit
        scale = max(1, min(limit, MAX_SCALE, self.columns // max(1, len(cleaned))))
        self.text(cleaned, align=Align.CENTER, bold=bold, scale=scale)

    def banner(self, text: str, *, scale: int = 2) -> None:
        """Add a white-on-black centred line, padded so the black box has margins."""
        for line in wrap(self.clean(text), self.columns // scale - 2):
            self.blocks.append(TextLine(f" {line} ", Align.CENTER, True, scale, True))

    def row(self, label: str, value: str, *, bold: bool = False) -> None:
        """Add ``label`` left and ``value`` right on one line, or on several if too long."""
        label, value = self.clean(label), self.clean(value)
        gap = self.columns - len(label) - len(value)
        if gap >= 1:
            self.blocks.append(TextLine(label + " " * gap + value, bold=bold))
            return
        self.text(label, bold=bold)
        if len(value) <= self.columns - 2:
            self.blocks.append(TextLine(value, Align.RIGHT, bold))
        else:
            self.hanging("  ", value, bold=bold)

    def pair(self, first: str, second: str) -> None:
        """Add two short texts on one line (left and right), or centred on two lines."""
        if len(self.clean(first)) + len(self.clean(second)) < self.columns:
            self.row(first, second)
        else:
            self.text(first, align=Align.CENTER)
            self.text(second, align=Align.CENTER)

    def hanging(self, prefix: str, text: str, *, bold: bool = False) -> None:
        """Add ``prefix`` + ``text``, continuation lines indented under the text."""
        indent = " " * len(prefix)
        for i, line in enumerate(wrap(self.clean(text), self.columns - len(prefix))):
            self.blocks.append(TextLine((indent if i else prefix) + line, bold=bold))

    def rule(self, char: str = "-") -> None:
        """Add a full-width line of ``char``."""
        self.blocks.append(TextLine(char * self.columns))

    def qr(self, payload: str, *, share: float = 0.6) -> None:
        """Add a QR about ``share`` of the paper wide, with modules of 2 to 8 dots."""
        modules = qr_size(payload)
        share = share * 0.7 if self.paper.compact else share
        module = max(2, min(8, int(self.paper.dots * share) // modules))
        self.blocks.append(QrCode(payload, module))

    def picture(self, path: Path | None, *, max_height: int = 120) -> None:
        """Add a centred picture if ``path`` is given."""
        if path is not None:
            height = max_height * 2 // 3 if self.paper.compact else max_height
            self.blocks.append(Picture(path, self.paper.dots * 2 // 3, height))

    def feed(self, lines: int = 1) -> None:
        """Add blank lines."""
        self.blocks.append(Feed(lines))

    def cut(self) -> None:
        """End the document with a cut."""
        self.blocks.append(Cut())

    def build(self) -> Layout:
        """The finished layout."""
        return Layout(self.paper, self.code_page, tuple(self.blocks))
