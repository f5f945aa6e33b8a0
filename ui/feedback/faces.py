"""The four faces of the survey's answers, drawn in code: red and frowning to green and beaming.

Drawn rather than bundled so they are sharp at any size and the same on every machine. The
mouths differ as much as the colours, for citizens who cannot tell red from green.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

#: Fill colour of each answer, 1 (worst) … 4 (best).
FACE_COLOURS = {1: "#E5533D", 2: "#F5A623", 3: "#9CCC65", 4: "#3FA34D"}
_INK = QColor("#1B2631")
#: How the mouth bends, as a share of the face: negative frowns, positive smiles.
_BEND = {1: -0.17, 2: -0.07, 3: 0.12}
_SHARPNESS = 2  # drawn at twice the size: sharp on high-density screens too


def face_pixmap(level: int, size: int) -> QPixmap:
    """The face of answer `level` (1–4), `size` pixels across."""
    pixmap = QPixmap(size * _SHARPNESS, size * _SHARPNESS)
    pixmap.setDevicePixelRatio(_SHARPNESS)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _draw(painter, level, float(size))
    painter.end()
    return pixmap


def _draw(painter: QPainter, level: int, s: float) -> None:
    painter.setPen(QPen(_INK.lighter(160), s * 0.03))
    painter.setBrush(QColor(FACE_COLOURS[level]))
    painter.drawEllipse(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_INK)
    for x in (0.35, 0.65):
        painter.drawEllipse(QPointF(s * x, s * 0.40), s * 0.06, s * 0.075)
    pen = QPen(_INK, s * 0.065)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    if level == 1:  # raised inner brows: unhappy (sad, not angry at the citizen)
        painter.setPen(pen)
        painter.drawLine(QPointF(s * 0.25, s * 0.30), QPointF(s * 0.40, s * 0.24))
        painter.drawLine(QPointF(s * 0.75, s * 0.30), QPointF(s * 0.60, s * 0.24))
    if level == 4:
        _open_smile(painter, s)
        return
    bend = _BEND[level]
    y = s * (0.70 if bend < 0 else 0.63)
    mouth = QPainterPath(QPointF(s * 0.30, y))
    mouth.quadTo(QPointF(s * 0.50, y + s * bend * 2), QPointF(s * 0.70, y))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(mouth)


def _open_smile(painter: QPainter, s: float) -> None:
    mouth = QPainterPath(QPointF(s * 0.27, s * 0.58))
    mouth.quadTo(QPointF(s * 0.50, s * 0.98), QPointF(s * 0.73, s * 0.58))
    mouth.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_INK)
    painter.drawPath(mouth)
