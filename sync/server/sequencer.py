"""The sequencer: gives committed events their place in the change feed (`feed_seq`).

Readers follow the feed with a cursor: "everything after N". That is only safe if
an event can never appear *below* a cursor someone has already passed. A counter
shared by write transactions would not give this: on PostgreSQL two transactions
that take numbers 7 and 8 may commit as 8 then 7, and a reader who saw 8 and moved
its cursor on would never see 7.

So write transactions insert their events with `feed_seq` NULL and touch no shared
counter. The sequencer numbers them afterwards, in one short transaction under a
lock (PostgreSQL: `pg_advisory_xact_lock`; SQLite serialises writers anyway): it
takes every committed, in-feed, unnumbered event, in insertion order (`pk`), and
numbers them after the current highest `feed_seq`. A run sees every event committed
before it took the lock, and the runs commit one after the other, so the numbers a
reader can see only ever grow at the top: nothing lands below a passed cursor.

It runs in a background thread of the server, poked after every write commit and
every half second as a safety net (another server process may have written). After
a run it tells the feed's waiters how far the feed now goes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sqlalchemy import func, select, text

from sync.server.db import Database

log = logging.getLogger(__name__)

#: Advisory lock key of the sequencer on PostgreSQL ("MPP_FEED").
FEED_LOCK = 0x4D50505F46454544
#: Events numbered per transaction (a backlog takes several short runs, not one long one).
RUN_LIMIT = 5000
#: Seconds between runs when nobody pokes.
INTERVAL = 0.5
#: Shortest pause between two runs: under load one run numbers the events of many
#: writes instead of each write paying for a run of its own.
MIN_GAP = 0.005

_PENDING = text(
    "SELECT (SELECT MAX(feed_seq) FROM event) AS high, "
    "EXISTS (SELECT 1 FROM event WHERE feed_seq IS NULL AND in_feed) AS pending"
)
# One statement reads the top and numbers the waiting events above it, oldest first.
# (The lock is taken by a statement of its own before: on PostgreSQL each statement
# sees what was committed when it started, and this one must start under the lock.)
_NUMBER = text(
    """
    WITH top AS (SELECT COALESCE(MAX(feed_seq), 0) AS high FROM event),
    numbered AS (
        SELECT pk, ROW_NUMBER() OVER (ORDER BY pk) AS n
        FROM event WHERE feed_seq IS NULL AND in_feed
        ORDER BY pk LIMIT :limit
    )
    UPDATE event SET feed_seq = top.high + numbered.n
    FROM top, numbered
    WHERE event.pk = numbered.pk
    RETURNING feed_seq
    """
)
_TOP = text("SELECT COALESCE(MAX(feed_seq), 0) FROM event")
_LOCK = select(func.pg_advisory_xact_lock(FEED_LOCK))


def sequence(db: Database, check_first: bool = True) -> int:
    """Number every committed, unnumbered feed event; return the highest `feed_seq` after.

    `check_first` looks for work with a read before taking the write lock (the
    periodic run, which usually finds nothing); a poke after a write skips it.
    """
    if check_first:
        with db.read() as conn:
            row = conn.execute(_PENDING).one()
        if not row.pending:
            return int(row.high or 0)
    while True:
        with db.write() as conn:
            if not db.is_sqlite:
                conn.execute(_LOCK)
            numbered = list(conn.scalars(_NUMBER, {"limit": RUN_LIMIT}))
            high = max(numbered) if numbered else int(conn.scalar(_TOP) or 0)
        if len(numbered) < RUN_LIMIT:
            return high


class Sequencer:
    """Runs `sequence` in a background thread; `poke()` asks for a run now."""

    def __init__(self, db: Database, on_advance: Callable[[int], None]) -> None:
        self._db = db
        self._on_advance = on_advance
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._run_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.high = 0

    def start(self) -> None:
        """Start the background thread (once)."""
        if self._thread is None:
            self._stopping.clear()
            self._thread = threading.Thread(target=self._loop, name="feed-sequencer", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop the thread and wait for it."""
        thread, self._thread = self._thread, None
        if thread is not None:
            self._stopping.set()
            self._wake.set()
            thread.join(timeout=10)

    def poke(self) -> None:
        """A write committed: number it soon (at once, inline, when no thread runs)."""
        if self._thread is None:
            self.run_once(check_first=False)
        else:
            self._wake.set()

    def run_once(self, check_first: bool = True) -> int:
        """One run now, in the caller's thread; tells the waiters when the feed grew."""
        with self._run_lock:
            high = sequence(self._db, check_first)
            if high != self.high:
                self.high = high
                self._on_advance(high)
        return high

    def _loop(self) -> None:
        while not self._stopping.is_set():
            self._stopping.wait(MIN_GAP)
            poked = self._wake.wait(INTERVAL)
            self._wake.clear()  # before the run: a poke during the run makes another run
            if self._stopping.is_set():
                break
            try:
                self.run_once(check_first=not poked)
            except Exception:  # the database may be away for a while; try again later
                log.exception("numbering the change feed failed; trying again")
                self._stopping.wait(INTERVAL)
