"""Opening the station's store: migrate (after a backup), make sure the station has an id."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.storage.engine import make_engine, make_sessions
from kiosk.storage.migrate import MigrationResult, upgrade
from kiosk.storage.models import StationRow
from kiosk.storage.uow import UnitOfWork


@dataclass(frozen=True)
class Store:
    """The open database of one station."""

    engine: Engine
    sessions: sessionmaker[Session]
    station_id: str
    migration: MigrationResult

    def uow(self, *, write: bool = False) -> UnitOfWork:
        """A unit of work; `write=True` takes the write lock at the start."""
        return UnitOfWork(self.sessions, self.station_id, write=write)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()


def open_store(db_path: Path, backup_dir: Path, now: datetime, station_name: str) -> Store:
    """Open (and create or migrate) the database at `db_path`."""
    engine = make_engine(db_path)
    migration = upgrade(engine, db_path, backup_dir, now)
    sessions = make_sessions(engine)
    station_id = _ensure_station(sessions, now, station_name)
    return Store(engine, sessions, station_id, migration)


def _ensure_station(sessions: sessionmaker[Session], now: datetime, name: str) -> str:
    with sessions.begin() as session:
        row = session.scalars(select(StationRow)).first()
        if row is None:
            row = StationRow(id=str(uuid.uuid4()), name=name, created_at=now, next_event_seq=1)
            session.add(row)
        elif row.name != name:
            row.name = name
        return row.id
