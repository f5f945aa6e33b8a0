"""The admin menu (behind the PIN): reprint, printer and sync state, leave kiosk mode."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.domain.text import Text
from kiosk.domain.timefmt import clock_time
from kiosk.station import Station
from ui import strings
from ui.kiosk.page import PageScreen
from ui.navigator import Navigator

if TYPE_CHECKING:
    from ui.sync_bridge import SyncBridge


class AdminScreen(PageScreen):
    """A few staff actions; printer work is handed to the print worker."""

    reprint_requested = Signal(str)  # ticket id
    printer_status_requested = Signal()
    exit_requested = Signal()

    def __init__(
        self,
        station: Station,
        navigator: Navigator,
        parent: QWidget,
        sync: SyncBridge | None = None,
    ) -> None:
        super().__init__(station, navigator, parent)
        self.sync = sync
        self._showing_sync = False
        if sync is not None:
            sync.state_changed.connect(self._sync_changed)
        self.info = self.label("SectionText")
        self.result = self.label("QueueLine")
        self.reprint_button = self.button("SecondaryButton", self._reprint)
        self.printer_button = self.button("SecondaryButton", self.printer_status_requested.emit)
        self.sync_button = self.button("SecondaryButton", self._sync)
        self.exit_button = self.button("DangerButton", self.exit_requested.emit)
        self.back_button = self.button("PrimaryButton", navigator.home)
        self.body.addStretch(1)

    def show_result(self, text: Text) -> None:
        """Show what the last action did."""
        self._showing_sync = False
        self.result.setText(text.get(self.lang))

    def on_enter(self) -> None:
        self.result.clear()
        self._showing_sync = False
        super().on_enter()

    def _reprint(self) -> None:
        last = self.station.tickets.last_issued_here()
        if last is None:
            self.show_result(strings.NO_TICKET_YET)
            return
        self.reprint_requested.emit(last.id)

    def _sync(self) -> None:
        state = self.sync.state if self.sync is not None else None
        if state is None:
            self.show_result(
                strings.sync_status(self.station.diagnostics.snapshot().pending_events)
            )
            return
        last = clock_time(state.last_success) if state.last_success else None
        self.show_result(strings.sync_state(state.online, state.backlog, state.quarantined, last))
        self._showing_sync = True

    def _sync_changed(self) -> None:
        # The sync state on screen follows the worker while it is shown.
        if self._showing_sync and self.isVisible():
            self._sync()

    def refresh(self) -> None:
        lang = self.lang
        self.title.setText(strings.ADMIN_TITLE.get(lang))
        self.hint.setText("")
        now = self.station.diagnostics.snapshot()
        line = strings.station_line(now.station_name, now.version, now.print_failures_today)
        self.info.setText(line.get(lang))
        for button, text in (
            (self.reprint_button, strings.REPRINT_LAST),
            (self.printer_button, strings.PRINTER_STATUS),
            (self.sync_button, strings.SYNC_STATUS),
            (self.exit_button, strings.EXIT_KIOSK),
            (self.back_button, strings.BACK_TO_KIOSK),
        ):
            button.setText(text.get(lang))
