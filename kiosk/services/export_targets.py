"""Where a diagnostics export can go: a USB stick the desktop mounted, or the data folder."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kiosk.paths import Paths

#: The kernel's table of mounted file systems (Linux).
MOUNTS = Path("/proc/mounts")
#: Where udisks (and so every desktop) mounts removable drives.
REMOVABLE_ROOTS = ("/media/", "/run/media/")
_OCTAL = re.compile(r"\\([0-7]{3})")


@dataclass(frozen=True, slots=True)
class ExportTarget:
    """A folder to write the export to; `removable` for a USB stick."""

    path: Path
    label: str
    removable: bool


def removable_drives(mounts: Path = MOUNTS) -> list[ExportTarget]:
    """Writable drives mounted under /media or /run/media, as listed in `mounts`.

    A machine without the file (not Linux) or a line that does not parse lists nothing.
    """
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    found: dict[Path, ExportTarget] = {}
    for line in lines:
        fields = line.split()
        if len(fields) < 4:
            continue
        point = _unescape(fields[1])
        read_only = "ro" in fields[3].split(",")
        if read_only or not point.startswith(REMOVABLE_ROOTS):
            continue
        path = Path(point)
        found.setdefault(path, ExportTarget(path, path.name or point, removable=True))
    return sorted(found.values(), key=lambda t: str(t.path))


def export_targets(paths: Paths, mounts: Path = MOUNTS) -> list[ExportTarget]:
    """USB sticks first (what a technician carries away), then the station's exports folder."""
    return [*removable_drives(mounts), ExportTarget(paths.exports, paths.exports.name, False)]


def _unescape(field: str) -> str:
    """/proc/mounts writes a space in a name as \\040 (and tab, newline, backslash alike)."""
    return _OCTAL.sub(lambda m: chr(int(m.group(1), 8)), field)
