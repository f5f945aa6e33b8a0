"""The desk's sheets, made once: one open at a time, and the desk told when one opens or closes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kiosk.domain.text import Lang
from kiosk.station import Station
from ui.counter.desk_style import DeskMetrics
from ui.counter.number_sheet import NumberSheet
from ui.counter.outcome_sheet import OutcomeSheet
from ui.counter.receipt_sheet import ReceiptSheet
from ui.counter.scan_sheet import ScanSheet
from ui.counter.sheet import Sheet
from ui.counter.transfer_sheet import TransferSheet
from ui.counter.walk_in_sheet import WalkInSheet


class DeskSheets(QObject):
    """Outcome, transfer, number, walk-in, form & receipt, and scan: children of the desk."""

    opened = Signal()
    closed = Signal()

    def __init__(self, desk: QWidget, station: Station) -> None:
        super().__init__(desk)
        self.outcome = OutcomeSheet(desk)
        self.transfer = TransferSheet(station.catalogues.current(), desk)
        self.number = NumberSheet(desk)
        self.walk_in = WalkInSheet(desk)
        self.receipt = ReceiptSheet(desk)
        self.scan = ScanSheet(desk)
        self.all: tuple[Sheet, ...] = (
            self.outcome,
            self.transfer,
            self.number,
            self.walk_in,
            self.receipt,
            self.scan,
        )
        for sheet in self.all:
            sheet.opened.connect(self._opened)
            sheet.closed.connect(self._closed)

    def current(self) -> Sheet | None:
        """The sheet open now, if any."""
        return next((s for s in self.all if s.isVisible()), None)

    def close_all(self) -> None:
        """Close whatever is open (nothing is changed by closing)."""
        for sheet in self.all:
            sheet.close_sheet()

    def set_language(self, lang: Lang) -> None:
        """Every sheet in `lang`."""
        for sheet in self.all:
            sheet.set_language(lang)

    def apply_metrics(self, m: DeskMetrics) -> None:
        """Sizes for the window's scale; an open sheet keeps covering the desk."""
        for sheet in self.all:
            sheet.apply_metrics(m)
            parent = sheet.parentWidget()
            if sheet.isVisible() and parent is not None:
                sheet.setGeometry(parent.rect())

    def _opened(self) -> None:
        sender = self.sender()
        for sheet in self.all:
            if sheet is not sender:
                sheet.close_sheet()
        self.opened.emit()

    def _closed(self) -> None:
        if self.current() is None:
            self.closed.emit()
