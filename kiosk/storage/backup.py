"""Consistent copies of the station database (SQLite's online backup, safe under WAL)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from kiosk.clock import local

#: Backups kept per station; older ones are deleted after a new one is written.
KEEP_BACKUPS = 10


def backup_database(db_path: Path, backup_dir: Path, now: datetime, label: str = "") -> Path:
    """Copy the database to `backup_dir/station-YYYYmmdd-HHMMSS[-label].sqlite` and return it."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = f"{local(now):%Y%m%d-%H%M%S}"
    suffix = f"-{label}" if label else ""
    target = _free_name(backup_dir, f"station-{stamp}{suffix}")
    source = sqlite3.connect(db_path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    _prune(backup_dir)
    return target


def _free_name(folder: Path, stem: str) -> Path:
    candidate = folder / f"{stem}.sqlite"
    n = 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{stem}-{n}.sqlite"
    return candidate


def _prune(folder: Path) -> None:
    backups = sorted(folder.glob("station-*.sqlite"), key=lambda p: p.stat().st_mtime)
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
