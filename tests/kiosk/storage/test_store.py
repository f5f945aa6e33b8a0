"""The store: created and migrated at start, backed up first, with the safe SQLite settings."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from kiosk.clock import WIT
from kiosk.storage.backup import KEEP_BACKUPS, backup_database
from kiosk.storage.engine import make_engine
from kiosk.storage.migrate import alembic_config, current_revision, head_revision, upgrade
from kiosk.storage.store import open_store

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=WIT)
SCRIPTS = ScriptDirectory.from_config(alembic_config())
REVISIONS = [rev.revision for rev in reversed(list(SCRIPTS.walk_revisions()))]


def test_an_empty_file_is_migrated_to_the_newest_schema(tmp_path: Path) -> None:
    db = tmp_path / "station.sqlite"
    store = open_store(db, tmp_path / "backups", NOW, "Kiosk 1")
    assert store.migration.from_revision is None
    assert store.migration.backup is None  # nothing to lose yet
    assert current_revision(store.engine) == head_revision()
    tables = set(inspect(store.engine).get_table_names())
    assert {"station", "catalogue", "daily_counter", "ticket", "event"} <= tables
    store.close()


def test_connections_use_wal_full_sync_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "s.sqlite")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    engine.dispose()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.sqlite", tmp_path / "b", NOW, "Kiosk 1")
    with pytest.raises(Exception, match="FOREIGN KEY"), store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO event (id, station_id, seq, type, payload, occurred_at,"
                " occurred_local) VALUES ('e', 'no-such-station', 1, 't', '{}', 'x', 'x')"
            )
        )
    store.close()


def test_reopening_keeps_the_station_identity(tmp_path: Path) -> None:
    first = open_store(tmp_path / "s.sqlite", tmp_path / "b", NOW, "Kiosk 1")
    first.close()
    again = open_store(tmp_path / "s.sqlite", tmp_path / "b", NOW, "Kiosk 1")
    assert again.station_id == first.station_id
    assert again.migration.backup is None  # already current: no copy needed
    again.close()


@pytest.mark.parametrize("older", REVISIONS[:-1] or [None])
def test_upgrade_from_an_older_revision_backs_up_and_keeps_data(
    tmp_path: Path, older: str | None
) -> None:
    db = tmp_path / "station.sqlite"
    engine = make_engine(db)
    if older is None:
        # Only one revision so far: an older database is the empty one.
        result = upgrade(engine, db, tmp_path / "backups", NOW)
        assert result.from_revision is None and result.to_revision == head_revision()
        engine.dispose()
        return
    upgrade(engine, db, tmp_path / "backups", NOW, target=older)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO station (id, name, created_at, next_event_seq) "
                "VALUES ('s1', 'Kiosk 1', '2026-11-23T00:00:00.000000+00:00', 7)"
            )
        )
    result = upgrade(engine, db, tmp_path / "backups", NOW)
    assert (result.from_revision, result.to_revision) == (older, head_revision())
    assert result.backup is not None and result.backup.exists()
    with sqlite3.connect(result.backup) as copy:
        assert copy.execute("SELECT name FROM station").fetchall() == [("Kiosk 1",)]
    with engine.connect() as conn:
        assert conn.execute(text("SELECT next_event_seq FROM station")).scalar() == 7
    engine.dispose()


def test_backups_are_consistent_copies_and_old_ones_pruned(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.sqlite", tmp_path / "b", NOW, "Kiosk 1")
    for _ in range(KEEP_BACKUPS + 2):
        target = backup_database(tmp_path / "s.sqlite", tmp_path / "b", NOW)
    assert len(list((tmp_path / "b").glob("*.sqlite"))) == KEEP_BACKUPS
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT id FROM station").fetchone() == (store.station_id,)
    store.close()


def test_migrations_build_exactly_the_schema_the_code_expects(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from kiosk.storage.models import Base

    store = open_store(tmp_path / "s.sqlite", tmp_path / "b", NOW, "Kiosk 1")
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    store.close()


def test_the_schema_head_constant_is_the_newest_migration() -> None:
    assert SCRIPTS.get_current_head() == head_revision()
