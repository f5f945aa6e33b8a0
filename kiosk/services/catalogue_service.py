"""Which catalogue the station uses: load a file, keep the last good one in the store."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from kiosk.catalog.snapshot import stored_catalogue, write_snapshot
from kiosk.catalog.source import SEED_CATALOGUE, read_file
from kiosk.clock import Clock
from kiosk.domain.catalogue import Catalogue
from kiosk.errors import CatalogueError
from kiosk.storage.models import CatalogueRow
from kiosk.storage.store import Store

log = logging.getLogger(__name__)
_ROW_ID = 1
#: The `source` of a catalogue received from the hall's server.
SERVER_SOURCE = "server"


@dataclass(frozen=True, slots=True)
class CatalogueLoad:
    """The outcome of loading a catalogue at start."""

    catalogue: Catalogue
    source: str
    error: CatalogueError | None  # the file's problem when the stored copy was kept


class CatalogueService:
    """Holds the catalogue in use; a bad new file never replaces a good one."""

    def __init__(self, store: Store, clock: Clock, snapshot: Path | None = None) -> None:
        self._store = store
        self._clock = clock
        self._snapshot = snapshot
        self._current: Catalogue | None = None

    def current(self) -> Catalogue:
        """The catalogue in use (loaded from the store on first use)."""
        if self._current is None:
            stored = self._stored()
            if stored is None:
                raise CatalogueError("(store)", ["no catalogue has been loaded yet"])
            self._current = stored
        return self._current

    def start(self, path: Path | None) -> CatalogueLoad:
        """Load the configured file (or the seed); on a bad file keep the stored copy.

        A catalogue that came from the hall's server stays in use: the server is
        where the hall's managers change it.
        """
        from_server = self._stored(source=SERVER_SOURCE)
        if from_server is not None:
            self._current = from_server
            return CatalogueLoad(from_server, SERVER_SOURCE, None)
        source = path or SEED_CATALOGUE
        try:
            return CatalogueLoad(self.replace_from_file(source), str(source), None)
        except CatalogueError as error:
            stored = self._stored()
            if stored is None:
                raise
            log.warning("catalogue file rejected, keeping version %s: %s", stored.version, error)
            self._current = stored
            return CatalogueLoad(stored, "(store)", error)

    def replace_from_file(self, path: Path) -> Catalogue:
        """Validate `path` and make it the catalogue in use; raises CatalogueError if bad.

        A file whose bytes are those already loaded is not parsed again (a start
        would otherwise spend most of its catalogue time in the TOML parser).
        """
        return self.replace_from_bytes(read_file(path), str(path), path.name)

    def replace_from_bytes(self, content: bytes, source: str, name: str) -> Catalogue:
        """Validate a catalogue file's bytes and make it the catalogue in use (see above)."""
        digest = hashlib.sha256(content).hexdigest()
        unchanged = self._stored(source=source, sha256=digest)
        if unchanged is not None:
            self._current = unchanged
            if self._snapshot is not None and not self._snapshot.exists():
                self._write_snapshot()
            return unchanged
        from kiosk.catalog.loader import load_bytes  # pydantic: only for a new file

        catalogue, data = load_bytes(content, name)
        body = json.dumps(data, ensure_ascii=False, sort_keys=True)
        with self._store.uow(write=True) as uow:
            row = uow.session.get(CatalogueRow, _ROW_ID)
            changed = row is None or row.body != body or row.source_sha256 != digest
            if changed or row is None or row.source != source:
                uow.session.merge(
                    CatalogueRow(
                        id=_ROW_ID,
                        version=catalogue.version,
                        source=source,
                        source_sha256=digest,
                        loaded_at=self._clock.now(),
                        body=body,
                    )
                )
            if changed:
                uow.outbox.add(
                    "catalogue.loaded", {"version": catalogue.version}, self._clock.now()
                )
            uow.commit()
        self._current = catalogue
        if self._snapshot is not None:
            write_snapshot(self._snapshot, data)
        return catalogue

    def _write_snapshot(self) -> None:
        with self._store.uow() as uow:
            row = uow.session.get(CatalogueRow, _ROW_ID)
        if row is not None and self._snapshot is not None:
            write_snapshot(self._snapshot, json.loads(row.body))

    def server_sha256(self) -> str | None:
        """The SHA-256 of the catalogue in use if it came from the server (its ETag)."""
        with self._store.uow() as uow:
            row = uow.session.get(CatalogueRow, _ROW_ID)
            return row.source_sha256 if row is not None and row.source == SERVER_SOURCE else None

    def _stored(self, source: str | None = None, sha256: str | None = None) -> Catalogue | None:
        """The stored catalogue; with `source` (and `sha256`), only if it came from there."""
        with self._store.uow() as uow:
            row = uow.session.get(CatalogueRow, _ROW_ID)
            if row is None or (source is not None and row.source != source):
                return None
            if sha256 is not None and row.source_sha256 != sha256:
                return None
            return stored_catalogue(row.body, f"store (version {row.version})")
