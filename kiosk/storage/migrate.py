"""Bring the station database to the newest schema, after a backup when it already holds data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from kiosk.storage.backup import backup_database

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True, slots=True)
class MigrationResult:
    """What an upgrade did."""

    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    """An Alembic config pointing at the migrations shipped inside the package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest revision the program knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(
    engine: Engine, db_path: Path, backup_dir: Path, now: datetime, target: str = "head"
) -> MigrationResult:
    """Migrate to `target`; back the file up first unless it is new or already current."""
    before = current_revision(engine)
    head = head_revision() if target == "head" else target
    backup = None
    if before is not None and before != head:
        backup = backup_database(db_path, backup_dir, now, label=f"before-{head}")
    if before != head:
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, target)
    return MigrationResult(before, head, backup)
