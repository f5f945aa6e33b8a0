"""The station's log: a rotating file in the data folder, so a technician can export it.

Rotation is done here rather than by logrotate, so it works the same under systemd, an
autostart entry or a technician's terminal: at most LOG_FILES files of LOG_BYTES each.
"""

from __future__ import annotations

import logging
import time
from logging.handlers import RotatingFileHandler

from kiosk.paths import Paths

LOG_NAME = "mpp-kiosk.log"
LOG_BYTES = 1_000_000
LOG_FILES = 5
_FORMAT = "%(asctime)s+0900 %(levelname)s %(name)s: %(message)s"
#: The handlers this module added, replaced when it is called again (another station home).
_installed: list[logging.Handler] = []


def _wit(seconds: float | None) -> time.struct_time:
    """Log times in WIT (UTC+9, no daylight saving), whatever the machine's zone."""
    return time.gmtime((seconds or time.time()) + 9 * 3600)


def setup_logging(paths: Paths, level: int = logging.INFO) -> logging.Handler | None:
    """Send the station's log records to its rotating file; None if the folder is not writable."""
    root = logging.getLogger()
    for old in _installed:
        root.removeHandler(old)
        old.close()
    _installed.clear()
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            paths.logs / LOG_NAME, maxBytes=LOG_BYTES, backupCount=LOG_FILES - 1, encoding="utf-8"
        )
    except OSError:
        return None  # a read-only data folder: the station still runs, logging to stderr only
    formatter = logging.Formatter(_FORMAT, "%Y-%m-%d %H:%M:%S")
    formatter.converter = _wit
    handler.setFormatter(formatter)
    root.addHandler(handler)
    # Warnings still reach stderr, which the service manager keeps (journald).
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(formatter)
    root.addHandler(console)
    _installed.extend((handler, console))
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return handler
