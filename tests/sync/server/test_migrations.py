"""The migrations build exactly the tables the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from sync.server.db import Database
from sync.server.migrate import MIGRATIONS, SCHEMA_HEAD, current_revision, upgrade
from sync.server.models import Base


def test_the_migrated_schema_matches_the_models(server_db: str) -> None:
    db = Database(server_db)
    upgrade(db)
    with db.read() as conn:
        assert current_revision(conn) == SCHEMA_HEAD
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.close()
    assert diff == []


def test_schema_head_is_the_newest_revision_file() -> None:
    newest = max(p.stem for p in (MIGRATIONS / "versions").glob("0*.py"))
    assert newest.startswith(SCHEMA_HEAD + "_")


def test_upgrading_twice_keeps_the_hall_key(server_db: str) -> None:
    from sync.server.hall import hall_key

    db = Database(server_db)
    upgrade(db)
    with db.read() as conn:
        key = hall_key(conn)
    upgrade(db)
    with db.read() as conn:
        assert hall_key(conn) == key
    db.close()
