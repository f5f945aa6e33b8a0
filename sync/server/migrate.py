"""Bring the server database to the newest schema; every command and `serve` run it first.

Two processes may start at once (a `serve` and a CLI command): on PostgreSQL the
upgrade holds an advisory lock, on SQLite the write transaction's own lock, and the
revision is read again under the lock. Alembic is imported only when a migration
must run: checking that the schema is current is one small query.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, inspect, select, text

from sync.server.db import Database
from sync.server.hall import HALL_KEY, ensure_hall_key
from sync.server.models import Setting

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: The newest revision in `migrations/versions` (a test keeps the two in step).
SCHEMA_HEAD = "0004"
#: Advisory lock key of schema upgrades on PostgreSQL ("MPP_MIGR").
MIGRATION_LOCK = 0x4D50505F4D494752


def alembic_config() -> Config:
    """An Alembic config pointing at the migrations shipped inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def current_revision(conn: Connection) -> str | None:
    """The revision the database is at (None for an empty database)."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(version) if version is not None else None


def is_current(db: Database) -> bool:
    """The schema is the newest and the hall key exists."""
    with db.read() as conn:
        if current_revision(conn) != SCHEMA_HEAD:
            return False
        return conn.scalar(select(Setting.key).where(Setting.key == HALL_KEY)) is not None


def upgrade(db: Database) -> str | None:
    """Migrate to the newest schema; return the revision the database was at before."""
    if is_current(db):
        return SCHEMA_HEAD
    with db.write() as conn:
        if not db.is_sqlite:
            conn.execute(select(func.pg_advisory_xact_lock(MIGRATION_LOCK)))
        before = current_revision(conn)
        if before != SCHEMA_HEAD:
            from alembic import command

            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
        ensure_hall_key(conn)
    return before
