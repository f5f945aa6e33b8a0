"""A choice made inside the desk window: a card over the dimmed desk, Esc to cancel, Enter to go.

Sheets are plain widgets, not modal dialogs, so tests drive them like any other
widget. While one is open the desk's function keys rest; the sheet's own keys
(shown on its buttons) are read from the keys its fields pass on, so typing in a
field never triggers anything but Enter and Esc.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.text import Lang, Text
from ui.counter import strings
from ui.counter.desk_style import DeskMetrics
from ui.counter.key_button import KeyButton
from ui.widgets.labels import add_label

#: The desk behind a sheet: the header's navy, dimmed.
BACKDROP = QColor(11, 60, 93, 150)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class Sheet(QWidget):
    """The frame every sheet shares: title, hint, a body the subclass fills, Cancel and Go."""

    opened = Signal()
    closed = Signal()
    #: The card's width at 1366×768 (scaled with the window).
    card_width = 760

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Sheet")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hide()
        self.lang: Lang = "id"
        self.metrics = DeskMetrics(1.0)
        self.keys: dict[Qt.Key, Callable[[], None]] = {}
        self.card = QFrame(self)
        self.card.setObjectName("SheetCard")
        column = self._column = QVBoxLayout(self.card)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(12)
        self.title = add_label(self.card, column, "SheetTitle")
        self.hint = add_label(self.card, column, "SheetHint")
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        column.addLayout(self.body, 1)
        self.footer = QHBoxLayout()
        self.footer.setSpacing(12)
        self.footer.addStretch(1)
        self.cancel_button = self.key_button("Esc", "PlainButton", self.footer)
        self.cancel_button.clicked.connect(self.cancel)
        self.confirm_button = self.key_button("Enter", "BigButton", self.footer)
        self.confirm_button.clicked.connect(self.confirm)
        column.addLayout(self.footer)

    def key_button(self, key: str, name: str, row: QHBoxLayout | None = None) -> KeyButton:
        """A button of this sheet showing its key."""
        button = KeyButton(key, name, self.card)
        if row is not None:
            row.addWidget(button)
        return button

    # Opening and closing
    def open_sheet(self) -> None:
        """Cover the desk and take the keyboard."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.refresh()
        self.show()
        self.raise_()
        self._place_card()
        (self.first_field() or self).setFocus()
        self.opened.emit()

    def first_field(self) -> QWidget | None:
        """The widget that takes the keyboard when the sheet opens."""
        return None

    def close_sheet(self) -> None:
        """Hide and hand the keyboard back to the desk."""
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def cancel(self) -> None:
        """Esc: nothing changes."""
        self.close_sheet()

    def confirm(self) -> None:
        """Enter: do what the sheet is for (subclasses)."""

    # Keys: Enter, Esc and the sheet's own function keys, from wherever the focus is inside
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape:
            self.cancel()
        elif key in ENTER_KEYS:
            if self.confirm_button.isEnabled():  # hidden, it still stands for Enter
                self.confirm()
        elif key in self.keys:
            self.keys[key]()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A list swallows Enter for itself; fields that should confirm install this filter.
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() in ENTER_KEYS:
            self.keyPressEvent(event)
            return True
        return False

    # Looks
    def set_language(self, lang: Lang) -> None:
        """Every word in `lang`."""
        self.lang = lang
        self.cancel_button.set_texts(self.cancel_text().get(lang))
        self.refresh()

    def cancel_text(self) -> Text:
        """What Esc is called here."""
        return strings.CANCEL

    def refresh(self) -> None:
        """Fill the texts (subclasses)."""

    def apply_metrics(self, m: DeskMetrics) -> None:
        """Sizes for the window's scale."""
        self.metrics = m
        self._column.setContentsMargins(m.px(32), m.px(24), m.px(32), m.px(24))
        if self.isVisible():
            self._place_card()

    def _place_card(self) -> None:
        margin = self.metrics.px(24)
        width = min(self.width() - 2 * margin, self.metrics.px(self.card_width))
        layout = self._column
        wanted = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        if wanted < 0:
            wanted = layout.totalSizeHint().height()
        height = min(self.height() - 2 * margin, max(wanted, layout.totalMinimumSize().height()))
        self.card.setGeometry(
            (self.width() - width) // 2, (self.height() - height) // 2, width, height
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_card()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKDROP)
        painter.end()
