"""The admin menu every role shares, behind the PIN: the station's figures, then the actions.

The figures are read from the store each few seconds while the menu is open (a few
milliseconds); the printer and the server are asked through `AdminWorker`, as is every
action that prints, reads a catalogue or writes the export. Run setup and restart are
asked of the station program through `StationControl`, and only shown with one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.text import Lang, Text
from kiosk.services.export_targets import ExportTarget
from kiosk.station import Station
from mpp.diagnostics_text import CHECKING, Row, rows
from mpp.station_admin import Check
from ui.admin import strings
from ui.admin.admin_worker import AdminWorker, Done
from ui.admin.diagnostics_panel import WIDE, DiagnosticsPanel
from ui.admin.export_page import ExportPage
from ui.admin.station_control import StationControl
from ui.admin.tile_button import TileButton
from ui.sync_bridge import SyncBridge
from ui.widgets.labels import add_label
from ui.widgets.restyle import set_style_state

#: How often the figures are read again while the menu is open.
REFRESH_MS = 3000
#: Below this width the actions go two to a line (three up to `WIDE`).
NARROW = 800


class AdminMenu(QWidget):
    """Figures and actions; the window acts on `close_requested` and `exit_kiosk_requested`."""

    close_requested = Signal()
    exit_kiosk_requested = Signal()

    def __init__(
        self,
        station: Station,
        worker: AdminWorker,
        parent: QWidget,
        *,
        sync: SyncBridge | None = None,
        control: StationControl | None = None,
    ) -> None:
        super().__init__(parent)
        self.station, self.worker, self.sync, self.control = station, worker, sync, control
        self.lang: Lang = "id"
        self.checks: dict[str, Check] = {}
        self._running: set[str] = set()
        self._result: Text | None = None
        self._columns = 0
        self.pages = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self._build_main()
        self.export_page = ExportPage(station.paths, self.pages)
        self.export_page.chosen.connect(self._export_to)
        self.export_page.cancelled.connect(self.show_main)
        self.pages.addWidget(self.export_page)
        worker.done.connect(self._done)
        if sync is not None:
            sync.state_changed.connect(self._sync_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.set_kiosk_mode(False)

    def _build_main(self) -> None:
        main = self.main_page = QWidget(self.pages)
        column = QVBoxLayout(main)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        self.panel = DiagnosticsPanel(main)
        column.addWidget(self.panel)
        # What the last action did goes beside the heading, so the actions stay in view.
        heading = QHBoxLayout()
        heading.setSpacing(24)
        self.actions_title = add_label(main, None, "AdminSection")
        self.actions_title.setWordWrap(False)
        heading.addWidget(self.actions_title, 0, Qt.AlignmentFlag.AlignTop)
        self.result = add_label(main, None, "AdminResult")
        self.result.hide()
        heading.addWidget(self.result, 1)
        column.addLayout(heading)
        self._grid = QGridLayout()
        self._grid.setSpacing(16)
        column.addLayout(self._grid)
        column.addStretch(1)
        printing = self.worker.printing is not None
        counter = self.station.config.role == "counter"
        self.action_buttons: list[tuple[TileButton, Text]] = []
        self.reprint_button = self._action(
            strings.REPRINT_RECEIPT if counter else strings.REPRINT_TICKET, self._reprint, printing
        )
        self.test_button = self._action(strings.TEST_PAGE, self._print_test, printing)
        self.sync_button = self._action(strings.SYNC_NOW, self._sync_now)
        self.catalogue_button = self._action(strings.RELOAD_CATALOGUE, self._reload_catalogue)
        self.export_button = self._action(strings.EXPORT, self.show_export)
        has_control = self.control is not None
        self.setup_button = self._action(strings.SETUP, self._setup, has_control)
        self.restart_button = self._action(strings.RESTART, self._restart, has_control, danger=True)
        self.exit_button = self._action(strings.EXIT_KIOSK, self._exit_kiosk, danger=True)
        self.pages.addWidget(main)

    def _action(
        self, text: Text, slot: Callable[[], None], shown: bool = True, *, danger: bool = False
    ) -> TileButton:
        button = TileButton("AdminDanger" if danger else "AdminAction", self.main_page)
        button.clicked.connect(slot)
        button.setVisible(shown)
        button.setProperty("shown", shown)
        self.action_buttons.append((button, text))
        return button

    # Showing
    def start(self) -> None:
        """The menu is on screen: fresh figures, ask the printer and the server, keep reading."""
        self.show_main()
        self.show_result(None)
        self.checks.clear()
        for key in ("server", "printer"):
            self.panel.set_check(key, None)
        self.refresh()
        if self.station.config.server_url:
            self._ask("server", self.worker.check_server)
        if self.worker.printing is not None:
            self._ask("printer", self.worker.check_printer)
        self._timer.start()

    def stop(self) -> None:
        """The menu is off screen: stop reading."""
        self._timer.stop()

    def refresh(self) -> None:
        """Read the figures again."""
        self.panel.show_rows(self._rows())

    def _rows(self) -> list[Row]:
        snapshot = self.station.diagnostics.snapshot()
        found = rows(snapshot)
        if self.worker.printing is None:  # the hall board prints nothing
            found = [_no_printing(r) for r in found if r.key != "print_failures"]
        if not snapshot.enrolled:
            return found
        return [self._with_live_sync(r) if r.key == "last_sync" else r for r in found]

    def _with_live_sync(self, row: Row) -> Row:
        """The last success and what the sync worker says now (an enrolled station)."""
        state = self.sync.state if self.sync is not None else None
        ok: bool | None = None
        if self.sync is None:
            live, ok = strings.SYNC_NOT_RUNNING, False
        elif state is None:
            live = CHECKING
        elif state.online:
            live = strings.SYNC_ONLINE
        else:
            live, ok = strings.SYNC_OFFLINE, False
            if state.problem is not None:
                live = Text(f"{live.id}\n{state.problem.id}", f"{live.en}\n{state.problem.en}")
        value = Text(f"{row.value.id} · {live.id}", f"{row.value.en} · {live.en}")
        return dataclasses.replace(row, value=value, ok=ok)

    def _sync_changed(self) -> None:
        if self._timer.isActive():
            self.refresh()

    def set_kiosk_mode(self, on: bool) -> None:
        """Offer "leave kiosk mode" only while the window is in it."""
        self.exit_button.setProperty("shown", on)
        self._place_actions(force=True)

    def show_main(self) -> None:
        """The figures and the actions."""
        self.pages.setCurrentWidget(self.main_page)

    def show_export(self) -> None:
        """The choice of where the export goes."""
        self.export_page.refresh()
        self.pages.setCurrentWidget(self.export_page)

    def show_result(self, text: Text | None, ok: bool | None = None) -> None:
        """What the last action did (None: nothing to say); a failure (ok False) in red."""
        self._result = text
        self.result.setVisible(text is not None)
        self.result.setText(text.get(self.lang) if text else "")
        set_style_state(self.result, "problem", ok is False)

    def set_language(self, lang: Lang) -> None:
        """Show the menu in `lang`."""
        self.lang = lang
        self.actions_title.setText(strings.ACTIONS.get(lang))
        for button, text in self.action_buttons:
            button.set_words(text.get(lang))
        self.panel.set_language(lang)
        self.export_page.set_language(lang)
        self.show_result(self._result, self.result.property("problem") is True)

    # Layout: four actions a line when wide, three or two when narrower
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_actions()

    def _place_actions(self, *, force: bool = False) -> None:
        width = self.width()
        columns = 4 if width >= WIDE else 3 if width >= NARROW else 2
        if columns == self._columns and not force:
            return
        self._columns = columns
        for button, _ in self.action_buttons:
            self._grid.removeWidget(button)
        shown = [b for b, _ in self.action_buttons if b.property("shown")]
        for button, _ in self.action_buttons:
            button.setVisible(button in shown)
        for index, button in enumerate(shown):
            self._grid.addWidget(button, *divmod(index, columns))
        for column in range(4):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    # Actions
    def _ask(self, kind: str, start: Callable[[], None]) -> None:
        self._running.add(kind)
        start()

    def _run(self, kind: str, button: QPushButton, start: Callable[[], None]) -> None:
        if kind in self._running:
            return  # one at a time: a second touch must not print twice
        button.setEnabled(False)
        self.show_result(strings.WORKING)
        self._ask(kind, start)

    def _reprint(self) -> None:
        self._run("reprint", self.reprint_button, lambda: self.worker.reprint(self.lang))

    def _print_test(self) -> None:
        self._run("test_page", self.test_button, lambda: self.worker.print_test(self.lang))

    def _reload_catalogue(self) -> None:
        self._run("catalogue", self.catalogue_button, self.worker.reload_catalogue)

    def _sync_now(self) -> None:
        asked = self.control is not None and self.control.sync_now()
        self.show_result(strings.SYNC_ASKED if asked else strings.SYNC_ALONE)
        self.refresh()

    def _export_to(self, target: ExportTarget) -> None:
        checks = {key: check.to_json() for key, check in self.checks.items()}
        self._running.add("export")
        self.worker.export(target.path, checks)

    def _setup(self) -> None:
        self.close_requested.emit()
        if self.control is not None:
            self.control.request_setup()

    def _restart(self) -> None:
        self.close_requested.emit()
        if self.control is not None:
            self.control.request_restart()

    def _exit_kiosk(self) -> None:
        self.exit_kiosk_requested.emit()
        self.set_kiosk_mode(False)
        self.show_result(strings.KIOSK_MODE_LEFT)

    def _done(self, done: Done) -> None:
        self._running.discard(done.kind)
        if done.kind in ("server", "printer"):
            self.checks[done.kind] = done.check
            self.panel.set_check(done.kind, done.check)
            return
        buttons = {
            "reprint": self.reprint_button,
            "test_page": self.test_button,
            "catalogue": self.catalogue_button,
        }
        if done.kind in buttons:
            buttons[done.kind].setEnabled(True)
        if done.kind == "export" and not done.check.ok:
            self.export_page.failed(done.check.message)
            return
        self.show_main()
        self.show_result(done.check.message, done.check.ok)
        self.refresh()


def _no_printing(row: Row) -> Row:
    if row.key != "printer":
        return row
    return dataclasses.replace(row, value=strings.BOARD_DOES_NOT_PRINT)
