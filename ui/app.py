"""The composition root of the station program: start the role's window and run it.

Only light modules are imported here: Home is on screen before the database
layer has loaded (see `ui/boot.py`).
"""

from __future__ import annotations

import contextlib
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.config import quick_settings
from kiosk.domain.text import Text
from kiosk.paths import Paths
from ui import strings
from ui.boot import AVAILABLE_ROLES, Boot, ready
from ui.theme import apply_theme

if TYPE_CHECKING:
    from ui.setup.wizard import SetupWizard


#: `run` ends with this when the station has never been set up and setup was cancelled.
NOT_SET_UP = 3
#: `run` ends with these when the admin menu asked to restart the program, or to restart it
#: with the setup wizard first; the command line starts the program again (see mpp.cli).
RESTART = 75
RESTART_WITH_SETUP = 76
SetupLoop = Callable[["SetupWizard"], bool]


def run(
    role: str | None = None,
    config_file: Path | None = None,
    demo: bool = False,
    event_loop: Callable[[QApplication], int] | None = None,
    setup_loop: SetupLoop | None = None,
    setup: bool = False,
) -> int:
    """Start the station and run its window until it is closed; returns the exit code.

    Without a config file (and not a demo) the setup wizard comes first; so it does with
    `setup`, and when the config cannot be used (the file is moved aside). The admin menu's
    "restart" and "run setup" end the program with RESTART or RESTART_WITH_SETUP: a fresh
    process is the only sure way to leave nothing of the old station behind.
    `event_loop` runs the application and `setup_loop` the wizard (tests pass their own;
    the wizard's returns whether it finished).
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
    own_config = config_file is None
    setup_first = own_config and (setup or (not demo and not paths.config_file.exists()))
    reason: Text | None = None
    while True:
        if setup_first:
            finished = run_setup(app, paths, reason, setup_loop, full_screen=not demo)
            if finished is None:
                return 0  # stopped by the service manager while in setup
            if not finished and not paths.config_file.exists():
                return NOT_SET_UP
            setup_first, reason = False, None
        boot = Boot(app, paths, quick_settings(paths, config_file), config_file, demo, role)
        boot.start()
        stop = StopOnSignal(app)
        try:
            code = event_loop(app) if event_loop else app.exec()
        finally:
            stop.release()
            boot.close()
        if boot.broken_config is not None and own_config:
            reason = _moved_aside(paths, boot.broken_config)
            setup_first = True
        elif boot.next_step == "setup":
            return RESTART_WITH_SETUP
        elif boot.next_step == "restart":
            return RESTART
        else:
            return boot.exit_code if boot.exit_code is not None else code


def run_setup(
    app: QApplication,
    paths: Paths,
    reason: Text | None = None,
    setup_loop: SetupLoop | None = None,
    *,
    full_screen: bool = True,
) -> bool | None:
    """Open the setup wizard on the current config (if it can be read); True if finished,
    False if cancelled (the config stays as it was), None if the program was told to stop."""
    from kiosk.clock import SystemClock
    from kiosk.config import load_config
    from kiosk.errors import ConfigError
    from ui.setup.wizard import SetupWizard

    try:
        current = load_config(paths) if paths.config_file.exists() else None
    except ConfigError as error:
        reason = _moved_aside(paths, error.message)
        current = None
    wizard = SetupWizard(paths, SystemClock(), current, reason=reason)
    if setup_loop is not None:
        return setup_loop(wizard)
    if full_screen:
        wizard.setWindowFlags(wizard.windowFlags() | Qt.WindowType.FramelessWindowHint)
        wizard.setGeometry(wizard.screen().geometry())
        wizard.showFullScreen()
    else:
        wizard.resize(1366, 768)
    stop = StopOnSignal(app, wizard.reject)  # a service manager stopping the station
    ready("setup")
    try:
        finished = wizard.exec() == SetupWizard.DialogCode.Accepted
    finally:
        stop.release()
    from ui.setup.task import wait_for_tasks

    wait_for_tasks()  # a server test or a test print may still be under way
    _dispose(app, wizard)
    return None if stop.signalled else finished


def _dispose(app: QApplication, wizard: SetupWizard) -> None:
    """Delete the wizard now, at a quiet moment, rather than whenever Python collects it:
    its keyboards follow the application's focus, and a half-deleted page must never
    receive a focus change."""
    from shiboken6 import Shiboken

    for page in wizard.pages():
        if page.keyboard is not None:
            with contextlib.suppress(RuntimeError):  # never connected: nothing to undo
                app.focusChanged.disconnect(page.keyboard._focus_changed)
    wizard.hide()
    Shiboken.delete(wizard)


def _moved_aside(paths: Paths, why: Text) -> Text:
    """Move the unusable config aside and say so (the wizard shows it on its first page)."""
    from kiosk.clock import SystemClock
    from kiosk.config import move_aside
    from ui.setup.setup_strings import BROKEN_CONFIG, fill

    saved = move_aside(paths.config_file, SystemClock().now())
    return fill(BROKEN_CONFIG, saved=saved.name, reason=why)


class StopOnSignal:
    """SIGTERM (a service manager stopping the station) ends the event loop, so the
    station closes as it does when its window is closed: sync stopped, store released."""

    def __init__(self, app: QApplication, stop: Callable[[], object] | None = None) -> None:
        self._app = app
        self._end = stop or app.quit
        #: Whether SIGTERM came (a stop, not a technician's cancel).
        self.signalled = False
        self._before = signal.signal(signal.SIGTERM, self._stop)
        # Python runs a signal handler only between bytecodes; a timer keeps the
        # interpreter stepping while Qt waits for events.
        self._timer = QTimer(app)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _stop(self, signum: int, frame: object) -> None:
        self.signalled = True
        # Through the event loop: a signal that comes just before the loop starts must
        # still end it, not be spent on a loop that is not running yet.
        QTimer.singleShot(0, self._app, self._end)

    def _tick(self) -> None:
        """Nothing to do: the timer only lets a pending signal handler run."""

    def release(self) -> None:
        """Give SIGTERM back to what handled it before."""
        self._timer.stop()
        signal.signal(signal.SIGTERM, self._before)


def setup_only(full_screen: bool = True, setup_loop: SetupLoop | None = None) -> int:
    """`mpp-kiosk setup`: the wizard alone; 0 when saved, 1 when cancelled."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    apply_theme(app)
    finished = run_setup(app, Paths.from_env(), None, setup_loop, full_screen=full_screen)
    return 0 if finished else 1
