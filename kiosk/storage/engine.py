"""The SQLite engine with the pragmas that make a power cut lose nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5_000

#: `BEGIN IMMEDIATE` takes the write lock at the start of a write transaction, so two
#: writers queue on the busy timeout instead of failing halfway with "database is locked".
WRITE = {"sqlite_begin": "IMMEDIATE"}


def make_engine(db_path: Path) -> Engine:
    """An engine on the station database: WAL, synchronous=FULL, foreign keys, busy timeout."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        f"sqlite+pysqlite:///{db_path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )
    listen_sqlite(engine, BUSY_TIMEOUT_MS)
    return engine


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit (services return DTOs built from them)."""
    return sessionmaker(engine, expire_on_commit=False)


def listen_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    """The SQLite settings every store of ours runs with (the station's and the server's):
    WAL, `synchronous=FULL`, foreign keys, a busy timeout, and transactions begun by
    SQLAlchemy's "begin" event, `BEGIN IMMEDIATE` when asked with the `WRITE` option."""

    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let the "begin" event decide when and how transactions start (pysqlite
        # would otherwise begin them lazily and only before DML).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
        cursor.close()

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", _on_begin)


def _on_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")
