"""What staff and technicians see of the station's health (no personal data).

Everything here comes from the store, the config and the file system in a few
milliseconds, so the admin menu shows it at once. What needs the network or the
printer (is the server reachable, is the printer ready) is asked off the GUI
thread elsewhere (`mpp/station_admin.py`).
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import func, select

from kiosk import __version__
from kiosk.clock import Clock, service_day
from kiosk.config import StationConfig
from kiosk.paths import Paths
from kiosk.services.catalogue_service import CatalogueService
from kiosk.services.sync_service import SyncLedger
from kiosk.storage.models import TicketRow
from kiosk.storage.store import Store


@dataclass(frozen=True, slots=True)
class Diagnostics:
    """A snapshot of the station's state."""

    station_name: str
    version: str
    print_failures_today: int
    #: Events in the outbox the server has not acknowledged (the backlog).
    pending_events: int
    station_id: str
    role: str
    #: The SQLite file and its write-ahead log together.
    database_bytes: int
    #: Events the server refused for good, kept for a technician.
    quarantined: int
    enrolled: bool
    server_url: str | None
    last_sync: datetime | None
    #: Free space where the station keeps its data; None if it cannot be read.
    free_disk_bytes: int | None
    uptime: timedelta
    catalogue_version: str
    printer: str
    taken_at: datetime

    def to_json(self) -> dict[str, Any]:
        """The snapshot as plain JSON values (times in ISO 8601, sizes in bytes)."""
        return {
            "station_name": self.station_name,
            "station_id": self.station_id,
            "role": self.role,
            "version": self.version,
            "database_bytes": self.database_bytes,
            "outbox_backlog": self.pending_events,
            "quarantined": self.quarantined,
            "enrolled": self.enrolled,
            "server_url": self.server_url,
            "last_successful_sync": self.last_sync.isoformat() if self.last_sync else None,
            "print_failures_today": self.print_failures_today,
            "free_disk_bytes": self.free_disk_bytes,
            "uptime_seconds": round(self.uptime.total_seconds()),
            "catalogue_version": self.catalogue_version,
            "printer": self.printer,
            "taken_at": self.taken_at.isoformat(),
        }


class DiagnosticsService:
    """Reads the figures the admin menu shows; `started_at` is when the station opened."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        config: StationConfig,
        paths: Paths,
        sync: SyncLedger,
        catalogues: CatalogueService,
        started_at: datetime | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._config = config
        self._paths = paths
        self._sync = sync
        self._catalogues = catalogues
        self.started_at = started_at or clock.now()

    def snapshot(self) -> Diagnostics:
        """The station's figures now."""
        now = self._clock.now()
        with self._store.uow() as uow:
            failures = uow.print_jobs.failures_on(service_day(now))
        status = self._sync.status()
        config = self._config
        return Diagnostics(
            station_name=config.name,
            version=__version__,
            print_failures_today=failures,
            pending_events=status.backlog,
            station_id=self._store.station_id,
            role=config.role,
            database_bytes=database_size(self._paths.database),
            quarantined=status.quarantined,
            enrolled=status.enrolled,
            server_url=public_url(config.server_url),
            last_sync=status.last_success,
            free_disk_bytes=free_space(self._paths.data_dir),
            uptime=max(timedelta(0), now - self.started_at),
            catalogue_version=self._catalogues.current().version,
            printer=config.printer,
            taken_at=now,
        )

    def tickets_today(self) -> dict[str, int]:
        """How many of today's tickets are in each state (counts only, nothing of anyone)."""
        day = service_day(self._clock.now())
        with self._store.uow() as uow:
            rows = uow.session.execute(
                select(TicketRow.status, func.count())
                .where(TicketRow.service_day == day)
                .group_by(TicketRow.status)
            )
            return {status: int(count) for status, count in rows}


def database_size(database: Path) -> int:
    """Bytes of the SQLite file and its write-ahead log (what a full disk would feel)."""
    total = 0
    for path in (database, database.with_name(database.name + "-wal")):
        # No WAL right after a checkpoint, no file at all before the first start.
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    return total


def free_space(folder: Path) -> int | None:
    """Free bytes on the disk holding `folder` (or its nearest existing parent)."""
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            try:
                return shutil.disk_usage(candidate).free
            except OSError:
                return None
    return None


def public_url(url: str | None) -> str | None:
    """A server address fit to show and export: a user name or password in it is dropped."""
    if not url:
        return url
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))
