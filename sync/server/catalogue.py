"""The hall's catalogue on the server: imported as a TOML file, checked, kept with its history.

Stations fetch the newest file by `GET /catalogue` (with an ETag, so an unchanged
catalogue costs a 304). The server itself reads it for the hall's name and to refuse
number leases for services that do not exist.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, insert, select

from kiosk.catalog.loader import load_bytes
from kiosk.domain.catalogue import Catalogue
from kiosk.errors import CatalogueError
from sync.protocol import CatalogueOut
from sync.server.errors import ApiError
from sync.server.models import CatalogueFile

#: The hall's name before any catalogue is imported.
DEFAULT_HALL = "MPP"
#: A catalogue file larger than this is refused (the seed catalogue is ~100 kB).
MAX_CATALOGUE_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class _Loaded:
    row_id: int
    catalogue: Catalogue


class CatalogueCache:
    """The current catalogue, parsed once per imported file (any process may import one)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loaded: _Loaded | None = None

    def current(self, conn: Connection) -> Catalogue | None:
        """The newest catalogue, or None when none was imported."""
        newest = conn.scalar(select(CatalogueFile.id).order_by(CatalogueFile.id.desc()).limit(1))
        if newest is None:
            return None
        with self._lock:
            if self._loaded is not None and self._loaded.row_id == newest:
                return self._loaded.catalogue
        toml = conn.scalar(select(CatalogueFile.toml).where(CatalogueFile.id == newest))
        assert toml is not None
        catalogue, _ = load_bytes(toml.encode("utf-8"), "catalogue")
        with self._lock:
            self._loaded = _Loaded(newest, catalogue)
        return catalogue


def hall_name(catalogue: Catalogue | None) -> str:
    """The hall's short name (Indonesian), or "MPP" without a catalogue."""
    return catalogue.hall.short_name.id if catalogue is not None else DEFAULT_HALL


def import_catalogue(conn: Connection, content: bytes, now: datetime) -> CatalogueOut:
    """Check a catalogue file and make it the current one; 422 with the reasons if it is bad."""
    if len(content) > MAX_CATALOGUE_BYTES:
        raise ApiError(413, "catalogue_too_large", "the catalogue file is larger than 4 MB")
    try:
        catalogue, _ = load_bytes(content, "catalogue")
    except CatalogueError as exc:
        raise ApiError(422, "catalogue_invalid", exc.message.en) from exc
    sha256 = hashlib.sha256(content).hexdigest()
    current = current_file(conn)
    if current is not None and current.sha256 == sha256:
        return current
    toml = content.decode("utf-8")
    values = {"version": catalogue.version, "sha256": sha256, "toml": toml, "imported_at": now}
    conn.execute(insert(CatalogueFile).values(values))
    return CatalogueOut(version=catalogue.version, sha256=sha256, toml=toml)


def current_file(conn: Connection) -> CatalogueOut | None:
    """The newest imported file, or None."""
    query = select(CatalogueFile.version, CatalogueFile.sha256, CatalogueFile.toml)
    row = conn.execute(query.order_by(CatalogueFile.id.desc()).limit(1)).one_or_none()
    if row is None:
        return None
    return CatalogueOut(version=row.version, sha256=row.sha256, toml=row.toml)
