"""One-line labels for the board: big numbers that shrink to fit, names that end in "…"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from kiosk.domain.text import Text

#: Smaller than this a number is no use on a board; it is drawn at this size regardless.
MIN_PX = 10


class FitLabel(QLabel):
    """Shows its text as large as `set_max_px` allows and as the label's room permits.

    It asks for the height of its largest size and takes less if the layout has less;
    the font then shrinks until the text fits both ways. The size goes into the
    label's own stylesheet: the application's stylesheet sets a font size on every
    widget, and a stylesheet font wins over `setFont`.
    """

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._max_px = 24
        self._px = 0

    def set_max_px(self, px: int) -> None:
        """The size the text has when there is room."""
        self._max_px = px
        self.updateGeometry()
        self._fit()

    def pixel_size(self) -> int:
        """The font size the text is drawn at now."""
        return self._px

    def sizeHint(self) -> QSize:
        return QSize(0, self._metrics(self._max_px).height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._metrics(max(MIN_PX, self._max_px // 3)).height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _metrics(self, px: int) -> QFontMetrics:
        self.ensurePolished()
        font = QFont(self.font())
        font.setPixelSize(px)
        return QFontMetrics(font)

    def fits(self, px: int) -> bool:
        """Whether the text at `px` fits inside the label."""
        room = self.contentsRect()
        metrics = self._metrics(px)
        return metrics.horizontalAdvance(self.text()) <= room.width() and (
            metrics.height() <= room.height()
        )

    def _fit(self) -> None:
        room = self.contentsRect()
        px = self._max_px
        if self.text() and room.width() > 0 and room.height() > 0 and not self.fits(px):
            metrics = self._metrics(px)
            # Text grows in proportion to the font size: start from that guess.
            ratio = min(
                room.width() / max(1, metrics.horizontalAdvance(self.text())),
                room.height() / max(1, metrics.height()),
            )
            px = max(MIN_PX, int(px * ratio) + 1)
            while px > MIN_PX and not self.fits(px):
                px -= 1
        if px != self._px:
            self._px = px
            self.setStyleSheet(f"font-size: {px}px;")


class ElideLabel(QLabel):
    """A one-line label that ends in "…" when its text is wider than the room it has."""

    def __init__(self, parent: QWidget, name: str, text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self.setText(text)

    def full_text(self) -> str:
        """The text before it was shortened."""
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()

    def _elide(self) -> None:
        self.ensurePolished()
        width = self.contentsRect().width()
        shown = self._full
        if width > 0:
            shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        if shown != super().text():
            super().setText(shown)


def title_row(panel: QWidget, title: Text) -> tuple[QHBoxLayout, QLabel]:
    """A panel's title, Indonesian then English smaller, and a label at the right (pages)."""
    row = QHBoxLayout()
    for name, text in (("PanelTitle", title.id), ("PanelTitleEn", title.en)):
        label = QLabel(text, panel)
        label.setObjectName(name)
        row.addWidget(label, 0, Qt.AlignmentFlag.AlignBaseline)
    row.addStretch(1)
    right = QLabel(panel)
    right.setObjectName("PanelPage")
    row.addWidget(right, 0, Qt.AlignmentFlag.AlignBaseline)
    return row, right
