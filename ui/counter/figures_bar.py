"""Today's figures of this counter: served, waiting, no-show, average wait and service time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.text import Lang, Text
from kiosk.services.desk_service import DeskStats
from ui.counter import strings
from ui.widgets.labels import add_label

CAPTIONS = (
    strings.SERVED,
    strings.WAITING,
    strings.NO_SHOWS,
    strings.AVERAGE_WAIT,
    strings.AVERAGE_SERVICE,
)


class FiguresBar(QFrame):
    """Five figures side by side, each a big value over a small caption."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        row.setSpacing(12)
        self.values: list[QLabel] = []
        self.captions: list[QLabel] = []
        for _ in CAPTIONS:
            column = QVBoxLayout()
            column.setSpacing(0)
            value = add_label(self, column, "FigureValue")
            caption = add_label(self, column, "FigureCaption")
            for label in (value, caption):
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.values.append(value)
            self.captions.append(caption)
            row.addLayout(column, 1)
        self._stats: DeskStats | None = None
        self._lang: Lang = "id"

    def show_stats(self, stats: DeskStats, lang: Lang) -> None:
        """Fill the figures."""
        self._stats, self._lang = stats, lang
        values: tuple[Text, ...] = (
            _count(stats.served),
            _count(stats.waiting),
            _count(stats.no_show),
            strings.minutes(stats.average_wait_minutes),
            strings.minutes(stats.average_service_minutes),
        )
        for label, value in zip(self.values, values, strict=True):
            label.setText(value.get(lang))
        self.set_language(lang)

    def set_language(self, lang: Lang) -> None:
        """Captions (and the minutes' unit) in `lang`."""
        changed, self._lang = lang != self._lang, lang
        for label, caption in zip(self.captions, CAPTIONS, strict=True):
            label.setText(caption.get(lang))
        if changed and self._stats is not None:
            self.show_stats(self._stats, lang)


def _count(value: int) -> Text:
    return Text(str(value), str(value))
