"""The composition root of the station program: build everything once, show the role's window."""

from __future__ import annotations

import sys
from collections.abc import Callable
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


def run(
    role: str | None = None,
    config_file: Path | None = None,
    demo: bool = False,
    event_loop: Callable[[QApplication], int] | None = None,
) -> int:
    """Open the station and run its window until it is closed; returns the exit code.

    `event_loop` runs the application (tests pass one that looks and returns).
    """
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
        printing = TicketPrinting(station, station_printer(station))
        # The demo is tried on a desktop: a normal window. A real kiosk is locked full screen.
        kiosk_mode = not station.config.demo
        window = KioskWindow(station, printing, kiosk_mode=kiosk_mode)
        if kiosk_mode:
            window.setGeometry(window.screen().geometry())  # no window manager may resize it
            window.showFullScreen()
        else:
            window.resize(1366, 768)
            window.show()
        return event_loop(app) if event_loop else app.exec()
    finally:
        station.close()


def _config(paths: Paths, config_file: Path | None) -> StationConfig:
    return load_config(paths, config_file)
