"""Connections to the server database: SQLite with durable pragmas, or PostgreSQL (psycopg 3).

Work goes through `Database.read()` and `Database.write()`, which hand out a Core
connection inside a transaction. SQLite takes one writer at a time: `write()` starts
with `BEGIN IMMEDIATE` (the write lock is taken at the start, so a writer never fails
halfway with "database is locked") and, inside one process, queues writers on a lock
so they wait on a cheap mutex instead of SQLite's sleeping busy handler.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, insert
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from kiosk.storage.engine import listen_sqlite
from sync.server.errors import ServerError

#: Connections kept open (one per handler thread, the sequencer, long-polls reading) and
#: allowed beyond that, so ~60 requests at once never wait for a connection.
POOL_SIZE = 40
MAX_OVERFLOW = 30
BUSY_TIMEOUT_MS = 10_000
#: RETURNING and UPDATE … FROM, which the sequencer and the calls use.
SQLITE_NEEDED = (3, 35)

T = TypeVar("T")


def parse_url(url: str) -> URL:
    """A SQLAlchemy URL for SQLite or PostgreSQL; `postgresql://` means the psycopg 3 driver."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ServerError(f"not a database URL: {url!r}") from exc
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite" and parsed.database and parsed.database != ":memory:":
        if sqlite3.sqlite_version_info < SQLITE_NEEDED:
            raise ServerError(
                f"this Python's SQLite is {sqlite3.sqlite_version}; the server needs "
                f"{'.'.join(map(str, SQLITE_NEEDED))} or newer (or use PostgreSQL)"
            )
        return parsed.set(drivername="sqlite+pysqlite")
    raise ServerError(
        f"unsupported database URL {parsed.render_as_string(hide_password=True)!r}: "
        "use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB"
    )


class Database:
    """The server's engine and its transaction helpers."""

    def __init__(self, url: str) -> None:
        self.url = parse_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.engine = _sqlite_engine(self.url) if self.is_sqlite else _pg_engine(self.url)
        self._writer = threading.Lock() if self.is_sqlite else None
        # PostgreSQL reads run without BEGIN/ROLLBACK: two round trips fewer for a one-query
        # read. (SQLite is in-process; its reads keep their deferred transaction.)
        self._reader = self.engine
        if not self.is_sqlite:
            self._reader = self.engine.execution_options(isolation_level="AUTOCOMMIT")

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading (each statement sees what was committed before it)."""
        with self._reader.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A connection in a write transaction, committed when the block ends without error."""
        with self._writer or nullcontext(), self.engine.connect() as conn:
            conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                yield conn

    @contextmanager
    def session(self) -> Iterator[Session]:
        """An ORM session inside a write transaction, for the low-volume admin work."""
        with self.write() as conn, Session(bind=conn, expire_on_commit=False) as session:
            yield session
            session.flush()

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def describe(self) -> str:
        """The URL without its password, for messages and logs."""
        return self.url.render_as_string(hide_password=True)


def _pg_engine(url: URL) -> Engine:
    return create_engine(
        url,
        pool_size=POOL_SIZE,
        max_overflow=MAX_OVERFLOW,
        pool_timeout=10,
        hide_parameters=True,  # database errors end up in logs: no values in them
    )


def _sqlite_engine(url: URL) -> Engine:
    assert url.database is not None
    Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        pool_size=POOL_SIZE,
        max_overflow=MAX_OVERFLOW,
        hide_parameters=True,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )
    listen_sqlite(engine, BUSY_TIMEOUT_MS)
    return engine


#: Retries of a transaction that lost a race (a unique key taken first, a deadlock).
ATTEMPTS = 4


def retrying(work: Callable[[], T]) -> T:
    """Run a write transaction again when a concurrent one took a key first or deadlocked.

    Each attempt reads afresh, so the retry sees what the winner wrote (a duplicate
    event becomes `duplicate`, a taken number a clash).
    """
    for attempt in range(ATTEMPTS):
        try:
            return work()
        except (IntegrityError, OperationalError) as exc:
            if attempt == ATTEMPTS - 1 or not _is_race(exc):
                raise
    raise AssertionError("unreachable")


def _is_race(exc: DBAPIError) -> bool:
    if isinstance(exc, IntegrityError):
        return True
    # PostgreSQL: deadlock_detected, serialization_failure.
    return getattr(exc.orig, "sqlstate", None) in ("40P01", "40001")


def insert_rows(conn: Connection, model: type[Any], rows: list[dict[str, Any]]) -> None:
    """Insert many rows of an ORM class's table in one go: COPY on PostgreSQL (several
    times faster than one INSERT per row, even pipelined), an executemany INSERT on SQLite.

    Every row has the same keys; the columns are those keys.
    """
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(insert(model), rows)
        return
    # Here, not at the top: a SQLite server never loads the PostgreSQL driver.
    import psycopg

    columns = list(rows[0])
    names = ", ".join(f'"{c}"' for c in columns)
    statement = f"COPY {model.__tablename__} ({names}) FROM STDIN"
    driver: Any = conn.connection.driver_connection
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row([row[c] for c in columns])
    except psycopg.errors.UniqueViolation as exc:
        # COPY runs on the driver's connection, so SQLAlchemy never wraps its error: as
        # psycopg's own it would escape `retrying`, which re-runs a batch that lost a race
        # for a key. Its text names the key's value (DETAIL), and errors end up in logs:
        # only the primary message ("… violates unique constraint …") is kept, and the
        # original is not chained, so no traceback prints it either.
        bare = psycopg.errors.UniqueViolation(exc.diag.message_primary or "unique violation")
        raise IntegrityError(statement, None, bare, hide_parameters=True) from None
