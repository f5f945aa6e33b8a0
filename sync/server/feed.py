"""The change feed: pages of events in the server's order, and long-polls that wait for more.

A long-poll waits on `FeedSignal`, which the sequencer's thread raises when the feed
grows. The waiting request holds no thread: it is a coroutine parked on an
`asyncio.Event` that the sequencer sets through `loop.call_soon_threadsafe`.
Writes made by another server process on the same database are found by the
sequencer's half-second run, which reads the feed's top each time.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading

from sqlalchemy import select

from sync.protocol import FeedEvent, FeedPage
from sync.server.db import Database
from sync.server.models import Event


def read_page(db: Database, after: int, limit: int) -> FeedPage:
    """Events with `feed_seq` above `after`, in order, at most `limit`."""
    query = (
        select(
            Event.feed_seq,
            Event.id,
            Event.station_id,
            Event.seq,
            Event.type,
            Event.payload,
            Event.occurred_at,
        )
        .where(Event.feed_seq > after)
        .order_by(Event.feed_seq)
        .limit(limit)
    )
    with db.read() as conn:
        rows = conn.execute(query).all()
    events = [
        FeedEvent(
            feed_seq=r.feed_seq,
            id=r.id,
            station_id=r.station_id,
            seq=r.seq,
            type=r.type,
            payload=json.loads(r.payload),
            occurred_at=r.occurred_at,
        )
        for r in rows
    ]
    return FeedPage(events=events, last=events[-1].feed_seq if events else after)


class FeedSignal:
    """How far the feed goes, as far as this process knows; long-polls wait for it to grow."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._high = 0
        self._closing = False
        self._waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()

    @property
    def high(self) -> int:
        """The highest `feed_seq` published so far."""
        return self._high

    def publish(self, high: int) -> None:
        """The feed now reaches `high` (called from any thread); wake whoever waits."""
        with self._lock:
            if high <= self._high:
                return
            self._high = high
            waiters = list(self._waiters)
        for loop, event in waiters:
            with contextlib.suppress(RuntimeError):  # that loop has closed
                loop.call_soon_threadsafe(event.set)

    def close(self) -> None:
        """The server is stopping: end every long-poll now (each answers with what it has),
        so a graceful stop does not wait out twenty-five seconds of waiting stations."""
        with self._lock:
            self._closing = True
            waiters = list(self._waiters)
        for loop, event in waiters:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(event.set)

    async def wait_beyond(self, after: int, timeout: float) -> bool:
        """Wait until the feed goes beyond `after`; False when `timeout` seconds pass first
        or the server is stopping."""
        event = asyncio.Event()
        waiter = (asyncio.get_running_loop(), event)
        with self._lock:
            if self._high > after:
                return True
            if self._closing:
                return False
            self._waiters.add(waiter)
        try:
            await asyncio.wait_for(event.wait(), timeout)
        except TimeoutError:
            return False
        finally:
            with self._lock:
                self._waiters.discard(waiter)
        return self._high > after
