"""A small drawn QR symbol beside "scan your ticket": which side of the ticket to show."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

_INK = QColor("#0B3C5D")
#: A few modules of a made-up code between the three finder squares (column, row on 7×7).
_MODULES = ((3, 0), (3, 2), (0, 3), (2, 3), (3, 3), (4, 4), (6, 3), (3, 5), (5, 6), (4, 6), (6, 5))


def qr_picture(size: int) -> QPixmap:
    """A QR-like symbol, `size` pixels across, in the kiosk's blue."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 7
    for col, row in ((0, 0), (5, 0), (0, 5)):  # the finder squares, two modules each
        outer = QRectF(col * unit, row * unit, 2 * unit, 2 * unit)
        painter.fillRect(outer, _INK)
        painter.fillRect(outer.adjusted(unit * 0.4, unit * 0.4, -unit * 0.4, -unit * 0.4), "white")
        painter.fillRect(outer.adjusted(unit * 0.7, unit * 0.7, -unit * 0.7, -unit * 0.7), _INK)
    for col, row in _MODULES:
        painter.fillRect(QRectF(col * unit, row * unit, unit * 0.9, unit * 0.9), _INK)
    painter.end()
    return pixmap
