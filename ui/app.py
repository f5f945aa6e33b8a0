"""The composition root of the station program: build everything once, show the role's window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.config import StationConfig, load_config
from kiosk.errors import KioskError
from kiosk.paths import Paths
from kiosk.station import open_station
from mpp.printing import TicketPrinting, station_printer
from ui import strings
from ui.kiosk.window import KioskWindow
from ui.theme import apply_theme

#: Roles whose screens this version has.
AVAILABLE_ROLES = ("kiosk",)


def run(role: str | None = None, config_file: Path | None = None, demo: bool = False) -> int:
    """Open the station and run its window until it is closed; returns the exit code."""
    paths = Paths.from_env()
    try:
        config = _config(paths, config_file)
    except KioskError as error:
        print(error.message.id, file=sys.stderr)
        return 2
    role = role or config.role
    if role not in AVAILABLE_ROLES:
        print(strings.NO_ROLE.get(config.language).format(role=role), file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    apply_theme(app)
    station = open_station(paths, config, demo=demo)
    try:
        window = KioskWindow(station, TicketPrinting(station, station_printer(station)))
        if station.queues.always_open:
            window.resize(1366, 768)
            window.show()
        else:
            window.showFullScreen()
        return app.exec()
    finally:
        station.close()


def _config(paths: Paths, config_file: Path | None) -> StationConfig:
    return load_config(paths, config_file)
