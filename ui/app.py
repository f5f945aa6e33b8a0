"""The composition root of the station program: start the role's window and run it.

Only light modules are imported here: Home is on screen before the database
layer has loaded (see `ui/boot.py`).
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.config import quick_settings
from kiosk.paths import Paths
from ui import strings
from ui.boot import AVAILABLE_ROLES, Boot
from ui.theme import apply_theme


def run(
    role: str | None = None,
    config_file: Path | None = None,
    demo: bool = False,
    event_loop: Callable[[QApplication], int] | None = None,
) -> int:
    """Start the station and run its window until it is closed; returns the exit code.

    `event_loop` runs the application (tests pass one that looks and returns).
    """
    paths = Paths.from_env()
    settings = quick_settings(paths, config_file)
    if role is not None and role not in AVAILABLE_ROLES:
        print(strings.NO_ROLE.get(settings.language).format(role=role), file=sys.stderr)
        return 2
    if config_file is not None and not config_file.exists():
        print(f"{config_file}: berkas tidak ada / file not found", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    apply_theme(app)
    boot = Boot(app, paths, settings, config_file, demo, role)
    boot.start()
    stop = StopOnSignal(app)
    try:
        code = event_loop(app) if event_loop else app.exec()
    finally:
        stop.release()
        boot.close()
    return boot.exit_code if boot.exit_code is not None else code


class StopOnSignal:
    """SIGTERM (a service manager stopping the station) ends the event loop, so the
    station closes as it does when its window is closed: sync stopped, store released."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._before = signal.signal(signal.SIGTERM, self._stop)
        # Python runs a signal handler only between bytecodes; a timer keeps the
        # interpreter stepping while Qt waits for events.
        self._timer = QTimer(app)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _stop(self, signum: int, frame: object) -> None:
        self._app.quit()

    def _tick(self) -> None:
        """Nothing to do: the timer only lets a pending signal handler run."""

    def release(self) -> None:
        """Give SIGTERM back to what handled it before."""
        self._timer.stop()
        signal.signal(signal.SIGTERM, self._before)
