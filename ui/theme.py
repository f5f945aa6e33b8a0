"""The bundled fonts and the stylesheet, with the large-text and high-contrast modes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from assets import FOLDER as ASSETS

FONT_FAMILY = "Noto Sans"
_FONTS = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
#: How much bigger every text is in the large-text mode.
LARGE_TEXT_SCALE = 1.3
_FONT_SIZE = re.compile(r"font-size:\s*(\d+)px")


@dataclass(frozen=True, slots=True)
class Look:
    """How the screens look for the citizen in front of them."""

    large_text: bool = False
    high_contrast: bool = False


def load_fonts() -> None:
    """Register the bundled fonts (once per process is enough; again is harmless)."""
    for name in _FONTS:
        # Qt reading the file itself is quicker than parsing a copy of its bytes.
        if QFontDatabase.addApplicationFont(str(ASSETS / "fonts" / name)) < 0:
            raise RuntimeError(f"the bundled font {name} could not be loaded")


def stylesheet(look: Look) -> str:
    """The stylesheet for a look: the base, the contrast layer, sizes scaled for large text."""
    style = ASSETS / "style"
    text = (style / "kiosk.qss").read_text(encoding="utf-8")
    if look.high_contrast:
        text += "\n" + (style / "high-contrast.qss").read_text(encoding="utf-8")
    if look.large_text:
        text = _FONT_SIZE.sub(_scaled, text)
    return text


def apply_theme(app: QApplication, look: Look = Look()) -> None:
    """Load the bundled fonts and the stylesheet into the application."""
    load_fonts()
    app.setFont(QFont(FONT_FAMILY, 14))
    app.setStyleSheet(stylesheet(look))


def _scaled(match: re.Match[str]) -> str:
    return f"font-size: {round(int(match.group(1)) * LARGE_TEXT_SCALE)}px"
