"""The biggest part of the board: the number being called and the counter to go to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.catalogue import Hall
from kiosk.domain.text import Text
from kiosk.services.board_service import BoardCall
from ui.display import board_text
from ui.display.board_labels import ElideLabel, FitLabel
from ui.display.board_style import BoardMetrics
from ui.widgets.restyle import set_style_state


class CallSpotlight(QFrame):
    """The current call, huge; amber and blinking while it is being presented.

    Before the first call of the day it welcomes the citizen instead.
    """

    def __init__(self, hall: Hall, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Spotlight")
        self.call: BoardCall | None = None
        self._pages = QStackedLayout(self)
        self._call_page = QWidget(self)
        self._welcome_page = QWidget(self)
        self._pages.addWidget(self._call_page)
        self._pages.addWidget(self._welcome_page)
        self._build_call(self._call_page)
        self._build_welcome(self._welcome_page, hall)
        self._pages.setCurrentWidget(self._welcome_page)

    def _label(self, parent: QWidget, name: str, text: str = "") -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName(name)
        return label

    def _build_call(self, page: QWidget) -> None:
        row = QHBoxLayout(page)
        self._row = row
        left, right = QVBoxLayout(), QVBoxLayout()
        self._columns = (left, right)
        left.addLayout(self._caption(page, "SpotCaption", board_text.QUEUE_NUMBER))
        self.number = FitLabel(page, "SpotNumber")
        left.addWidget(self.number, 1)
        self.where = ElideLabel(page, "SpotWhere")
        self.service = ElideLabel(page, "SpotService")
        for label in (self.where, self.service):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            left.addWidget(label)
        self.divider = QFrame(page)
        self.divider.setObjectName("SpotDivider")
        right.addLayout(self._caption(page, "SpotCounterCaption", board_text.GO_TO))
        self.counter = FitLabel(page, "SpotCounter")
        right.addWidget(self.counter, 1)
        self.counter_name = ElideLabel(page, "SpotWhere")
        self.counter_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.counter_name)
        self.recall = self._label(page, "SpotRecall", board_text.both(board_text.RECALL))
        policy = self.recall.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the two big lines stay level
        self.recall.setSizePolicy(policy)
        right.addWidget(self.recall, 0, Qt.AlignmentFlag.AlignHCenter)
        row.addLayout(left, 3)
        row.addWidget(self.divider)
        row.addLayout(right, 2)

    def _caption(self, page: QWidget, name: str, text: Text) -> QHBoxLayout:
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self._label(page, name, text.id), 0, Qt.AlignmentFlag.AlignBaseline)
        line.addWidget(self._label(page, f"{name}En", text.en), 0, Qt.AlignmentFlag.AlignBaseline)
        line.addStretch(1)
        return line

    def _build_welcome(self, page: QWidget, hall: Hall) -> None:
        column = QVBoxLayout(page)
        column.addStretch(1)
        welcome = board_text.WELCOME
        title = self._label(page, "SpotWelcome", f"{welcome.id} di {hall.short_name.id}")
        hint = self._label(page, "SpotWelcomeHint", board_text.TAKE_A_TICKET.id)
        hint_en = self._label(page, "SpotService", board_text.TAKE_A_TICKET.en)
        for label in (title, hint, hint_en):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            column.addWidget(label)
        column.addStretch(1)

    def apply_metrics(self, m: BoardMetrics) -> None:
        """Sizes for the window's scale."""
        pad = m.px(28)
        self._row.setContentsMargins(pad, m.px(20), pad, m.px(20))
        self._row.setSpacing(m.px(28))
        for column in self._columns:
            column.setSpacing(m.px(6))
        self.divider.setFixedWidth(max(2, m.px(3)))
        self.number.set_max_px(m.spotlight_number)
        self.counter.set_max_px(m.spotlight_number)

    def show_call(self, call: BoardCall | None) -> None:
        """Show `call` (calm until `set_flash` says otherwise); None welcomes instead."""
        self.call = call
        if call is None:
            self._pages.setCurrentWidget(self._welcome_page)
            return
        self._pages.setCurrentWidget(self._call_page)
        self.number.setText(call.number)
        self.counter.setText(str(call.counter_number))
        label = call.counter_label
        custom = label.id != f"Loket {call.counter_number}"
        self.counter_name.setText(label.id if custom else f"{label.id}  ·  {label.en}")
        self.where.setText(call.agency_name.id)
        self.service.setText(call.service_name.id)
        self.recall.setVisible(call.recall_count > 0)

    def set_flash(self, phase: str) -> None:
        """ "on" and "alt" alternate while a call is presented; "" is the calm look."""
        set_style_state(self, "flash", phase)
