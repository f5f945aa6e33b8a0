"""Bring the station database to the newest schema, after a backup when it already holds data.

Alembic is imported only when a migration must run: checking that the schema is
current is one small query, and a station starts faster without loading Alembic.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from kiosk.storage.backup import backup_database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: The newest revision in `migrations/versions` (a test keeps the two in step).
SCHEMA_HEAD = "0009"


@dataclass(frozen=True, slots=True)
class MigrationResult:
    """What an upgrade did."""

    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    """An Alembic config pointing at the migrations shipped inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest revision the program knows."""
    return SCHEMA_HEAD


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return str(version) if version is not None else None


def upgrade(
    engine: Engine, db_path: Path, backup_dir: Path, now: datetime, target: str = "head"
) -> MigrationResult:
    """Migrate to `target`; back the file up first unless it is new or already current."""
    before = current_revision(engine)
    goal = SCHEMA_HEAD if target == "head" else target
    if before == goal:
        return MigrationResult(before, goal, None)
    backup = None
    if before is not None:
        backup = backup_database(db_path, backup_dir, now, label=f"before-{goal}")
    from alembic import command

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)
    return MigrationResult(before, goal, backup)
