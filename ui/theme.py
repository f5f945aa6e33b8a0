"""The bundled fonts and the one stylesheet, so screens look the same on every machine."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

FONT_FAMILY = "Noto Sans"
_FONTS = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")


def apply_theme(app: QApplication) -> None:
    """Load the bundled fonts and the stylesheet into the application."""
    fonts = files("assets") / "fonts"
    for name in _FONTS:
        if QFontDatabase.addApplicationFontFromData((fonts / name).read_bytes()) < 0:
            raise RuntimeError(f"the bundled font {name} could not be loaded")
    app.setFont(QFont(FONT_FAMILY, 14))
    app.setStyleSheet((files("assets") / "style" / "kiosk.qss").read_text(encoding="utf-8"))
