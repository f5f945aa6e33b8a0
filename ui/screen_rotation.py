"""Turning the screen as the technician chose (`[screen] orientation`), for a touchscreen
mounted upright. X11 turns the whole output with xrandr; elsewhere it is left as it is."""

from __future__ import annotations

import logging
import shutil
import subprocess

from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)
XRANDR_ROTATION = {"landscape": "normal", "portrait-left": "left", "portrait-right": "right"}


def apply_orientation(orientation: str) -> bool:
    """Rotate the screen; True if it was asked of the system. "auto" changes nothing."""
    rotation = XRANDR_ROTATION.get(orientation)
    if rotation is None:
        return False
    xrandr = shutil.which("xrandr")
    if QGuiApplication.platformName() != "xcb" or xrandr is None:
        log.warning("screen orientation %s not applied: needs X11 and xrandr", orientation)
        return False
    try:
        subprocess.run([xrandr, "-o", rotation], check=True, timeout=10, capture_output=True)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("screen orientation %s not applied: %s", orientation, type(exc).__name__)
        return False
    return True
