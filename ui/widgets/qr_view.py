"""A QR code drawn on screen, so a ticket that did not print can still be scanned."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

QUIET_ZONE = 4  # modules of white around the code, as scanners expect


class QrView(QLabel):
    """Shows `payload` as a crisp QR of about `size` pixels."""

    def __init__(self, parent: QWidget, size: int = 280) -> None:
        super().__init__(parent)
        self.setObjectName("QrView")
        self._size = size
        self.payload = ""
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFixedSize(size, size)

    def set_payload(self, payload: str) -> None:
        """Draw a new code (nothing for an empty payload)."""
        self.payload = payload
        self.setPixmap(qr_pixmap(payload, self._size) if payload else QPixmap())


def qr_pixmap(payload: str, size: int) -> QPixmap:
    """The QR of `payload` with its quiet zone, whole pixels per module, at most `size` wide."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()
    module = max(1, size // len(matrix))
    side = module * len(matrix)
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for row, cells in enumerate(matrix):
        for col, dark in enumerate(cells):
            if dark:
                painter.fillRect(QRect(col * module, row * module, module, module), QColor("black"))
    painter.end()
    return QPixmap.fromImage(image)
