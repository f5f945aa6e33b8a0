"""Starting the kiosk in two steps: Home at once from the catalogue snapshot, the rest behind it.

Loading the database layer and opening the store takes most of a start. The
citizen's Home needs neither: it is shown from the snapshot the store keeps
beside itself, and swapped for the full window as soon as the station has
loaded in a background thread. A touch on an agency or a search result in
between is carried over. Without a snapshot (the very first start) the full
window simply comes a moment later.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from kiosk.catalog.snapshot import read_snapshot
from kiosk.clock import SystemClock
from kiosk.config import QuickSettings
from kiosk.domain.text import Text
from kiosk.errors import KioskError
from kiosk.paths import Paths
from ui import strings
from ui.kiosk.home_data import SnapshotHomeData
from ui.kiosk.home_screen import HomeScreen
from ui.sync_bridge import SyncBridge

if TYPE_CHECKING:
    from kiosk.station import Station
    from sync.client.worker import SyncWorker
    from ui.admin.station_control import StationControl
    from ui.kiosk.window import KioskWindow
    from ui.role_windows import RoleWindow

#: Roles whose screens this version has.
AVAILABLE_ROLES = ("kiosk", "counter", "display", "survey")
DEMO_SIZE = (1366, 768)
#: Time for Home to be painted before the station starts loading behind it.
QUICK_PAINT_MS = 30


class StationLoader(QThread):
    """Opens the station (config, store, catalogue) off the GUI thread."""

    loaded = Signal(object)  # Station
    failed = Signal(object)  # Text
    #: The station's own config file cannot be used (Text: why); setup takes over.
    config_broken = Signal(object)

    def __init__(
        self,
        paths: Paths,
        config_file: Path | None,
        demo: bool,
        parent: QObject,
        sync: SyncBridge | None = None,
        role: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths, self._config_file, self._demo = paths, config_file, demo
        self._role = role
        self._sync = sync
        self.sync_worker: SyncWorker | None = None

    def run(self) -> None:
        # The heavy imports happen here, in this thread, while Home is already on screen.
        from kiosk.config import load_config
        from kiosk.errors import ConfigError
        from kiosk.station import open_station

        try:
            config = load_config(self._paths, self._config_file)
        except ConfigError as error:
            # A file the technician named is reported; the station's own file goes to setup.
            signal = self.failed if self._config_file is not None else self.config_broken
            signal.emit(error.message)
            return
        try:
            if self._role is not None:  # `run --role` overrides the config for this run
                config = dataclasses.replace(config, role=self._role)  # type: ignore[arg-type]
            station = open_station(self._paths, config, demo=self._demo)
        except KioskError as error:
            self.failed.emit(error.message)
            return
        if self._sync is not None:
            from mpp.sync_start import start_sync

            self.sync_worker = start_sync(station, self._sync.listener)
        self.loaded.emit(station)


class Boot(QObject):
    """Shows the quick Home, then the full kiosk window; remembers a touch made in between."""

    def __init__(
        self,
        app: QApplication,
        paths: Paths,
        settings: QuickSettings,
        config_file: Path | None = None,
        demo: bool = False,
        role: str | None = None,
    ) -> None:
        super().__init__(app)
        self._app = app
        self._role = role or settings.role
        self._paths = paths
        self._settings = settings
        self.exit_code: int | None = None
        #: What the station asks for after its window closes: "setup" or "restart".
        self.next_step: str | None = None
        #: Why the station's config could not be used, when it could not.
        self.broken_config: Text | None = None
        self.quick: QMainWindow | None = None
        self._quick_home: HomeScreen | None = None
        self.window: QMainWindow | None = None
        self._role_parts: RoleWindow | None = None
        self.station: Station | None = None
        self._pending: tuple[str, str] | None = None
        self._lang = settings.language
        self.sync = SyncBridge(self)
        self._loader = StationLoader(paths, config_file, demo, self, self.sync, role)
        self._loader.loaded.connect(self._loaded)
        self._loader.failed.connect(self._failed)
        self._loader.config_broken.connect(self._config_broken)

    def start(self) -> None:
        """Show Home from the snapshot (if there is one) and start loading the station."""
        # Only the citizen's kiosk has a Home worth showing before the station has loaded.
        catalogue = read_snapshot(self._paths.catalogue_snapshot) if self._role == "kiosk" else None
        if catalogue is not None:
            data = SnapshotHomeData(catalogue, SystemClock(), self._settings.demo)
            self.quick = QMainWindow()
            home = self._quick_home = HomeScreen(data, self.quick)
            home.set_language(self._lang)
            home.header.language_requested.connect(self._toggle_language)
            home.agency_chosen.connect(self._remember_agency)
            home.service_chosen.connect(self._remember_service)
            self.quick.setCentralWidget(home)
            self._present(self.quick, kiosk_mode=not self._settings.demo)
            home.on_enter()
            # The loader's imports hold the interpreter for long stretches: start it once
            # Home has been painted, so the citizen's first screen is not kept waiting.
            QTimer.singleShot(QUICK_PAINT_MS, self._loader.start)
            return
        self._loader.start()

    def close(self) -> None:
        """Release the station (after the event loop)."""
        self._loader.wait()
        if self._role_parts is not None:
            self._role_parts.close()
        if self._loader.sync_worker is not None:
            self._loader.sync_worker.stop()
        if self.station is not None:
            self.station.close()

    def request_setup(self) -> None:
        """Close the station and open the setup wizard (the admin menu's "re-run setup")."""
        self.next_step = "setup"
        self._end(0)

    def request_restart(self) -> None:
        """Close the station and start it again from its config (the admin menu's "restart")."""
        self.next_step = "restart"
        self._end(0)

    def _config_broken(self, message: Text) -> None:
        self.broken_config = message
        if self.quick is not None:
            self.quick.close()
        self._end(0)

    def _control(self) -> StationControl:
        """What the admin menu may ask of the program: sync now, setup, restart."""
        from ui.admin.station_control import StationControl

        control = StationControl(self._loader.sync_worker, self)
        control.setup_requested.connect(self.request_setup)
        control.restart_requested.connect(self.request_restart)
        return control

    def _end(self, code: int) -> None:
        """End the event loop with `code`, if one runs. A loop a test drives by hand is
        left alone: Qt would otherwise keep the request and stop every later wait."""
        if QThread.currentThread().loopLevel() > 0:
            self._app.exit(code)

    def _toggle_language(self) -> None:
        self._lang = "en" if self._lang == "id" else "id"
        if self._quick_home is not None:
            self._quick_home.set_language(self._lang)

    def _remember_agency(self, code: str) -> None:
        self._pending = ("agency", code)

    def _remember_service(self, code: str) -> None:
        self._pending = ("service", code)

    def _loaded(self, station: Station) -> None:
        from mpp.printing import TicketPrinting, station_printer
        from ui.kiosk.window import KioskWindow

        self.station = station
        role = station.config.role
        if role not in AVAILABLE_ROLES:
            refusal = strings.NO_ROLE
            self._failed(Text(refusal.id.format(role=role), refusal.en.format(role=role)))
            return
        if station.config.orientation != "auto":
            from ui.screen_rotation import apply_orientation

            apply_orientation(station.config.orientation)
        # The demo is tried on a desktop: a normal window. A real kiosk is locked full screen.
        sync = self.sync if self._loader.sync_worker is not None else None
        if role != "kiosk":
            from ui.role_windows import staff_window

            worker = self._loader.sync_worker
            parts = self._role_parts = staff_window(station, sync, worker, self._control())
            self.window = parts.window
            self._present(parts.window, kiosk_mode=parts.kiosk_mode)
            ready(role)
            return
        printing = TicketPrinting(station, station_printer(station))
        window = KioskWindow(
            station,
            printing,
            kiosk_mode=not station.config.demo,
            sync=sync,
            control=self._control(),
        )
        self.window = window
        window.navigator.set_language(self._lang)
        self._present(window, kiosk_mode=window.kiosk_mode, like=self.quick)
        self._replay(window)
        ready(role)
        if self.quick is not None and self._quick_home is not None:
            self._quick_home.on_leave()
            self.quick.close()
            self.quick.deleteLater()
            self.quick, self._quick_home = None, None

    def _replay(self, window: KioskWindow) -> None:
        if self._pending is None:
            return
        kind, code = self._pending
        if kind == "agency":
            window.home.agency_chosen.emit(code)
        else:
            window.home.service_chosen.emit(code)

    def _failed(self, message: Text) -> None:
        print(message.id, file=sys.stderr)
        self.exit_code = 2
        if self.quick is not None:
            self.quick.close()
        self._end(2)

    @staticmethod
    def _present(window: QWidget, *, kiosk_mode: bool, like: QWidget | None = None) -> None:
        if kiosk_mode:
            flags = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
            window.setWindowFlags(window.windowFlags() | flags)
            window.setGeometry(window.screen().geometry())  # no window manager may resize it
            window.showFullScreen()
            return
        if like is not None:
            window.setGeometry(like.geometry())
        else:
            window.resize(*DEMO_SIZE)
        window.show()


def ready(role: str) -> None:
    """One line for the service log (and the packaged build's smoke test)."""
    print(f"mpp-kiosk: {role} siap / ready", file=sys.stderr, flush=True)
