"""The background sync of a running station: two threads, never the GUI's.

The pusher sends the outbox as soon as something is in it (it looks twice a
second, or at once when poked), keeps the kiosk's number stock filled and checks
the catalogue now and then. The puller long-polls the server's change feed, so a
counter or a board learns of a change within a second. Both back off
exponentially, with jitter, while the server cannot be reached, and carry on by
themselves when it can. The UI sees only `SyncState` values handed to a listener
(ui/sync_bridge.py turns them into Qt signals).
"""

from __future__ import annotations

import contextlib
import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime

from kiosk.domain.text import Text
from kiosk.station import Station
from sync.client.api import ServerApi
from sync.client.errors import SyncError, TokenInvalid
from sync.client.runner import SyncRunner

log = logging.getLogger(__name__)

#: Seconds between looks at the outbox when nothing happens.
PUSH_IDLE = 0.5
#: Seconds between catalogue checks and between number-stock checks.
CATALOGUE_EVERY = 300.0
REFILL_EVERY = 30.0
#: Seconds between purges of sealed form answers the server has had long enough: a
#: station runs for days, and the purge at start alone would keep them too long.
PURGE_EVERY = 3600.0
#: How long the server may hold one feed request.
FEED_WAIT = 25.0


@dataclass(frozen=True, slots=True)
class SyncState:
    """What the station shows of sync: online, backlog, last success, quarantine, a problem."""

    online: bool
    backlog: int
    quarantined: int
    last_success: datetime | None
    problem: Text | None = None


Listener = Callable[[SyncState], None]


class Backoff:
    """Exponential waits with jitter: about 1, 2, 4 … up to `cap` seconds, each randomised so
    that forty stations coming back after a power cut do not knock all at once."""

    def __init__(self, base: float = 1.0, cap: float = 60.0) -> None:
        self._base = base
        self._cap = cap
        self._failures = 0

    def reset(self) -> None:
        """The server answered."""
        self._failures = 0

    def next_wait(self) -> float:
        """Seconds to wait after one more failure."""
        ceiling: float = min(self._cap, self._base * 2.0**self._failures)
        self._failures += 1
        return ceiling / 2 + random.uniform(0, ceiling / 2)


class SyncWorker:
    """Runs the pusher and the puller threads for one station until `stop()`."""

    def __init__(
        self,
        station: Station,
        server_url: str,
        token: str,
        listener: Listener | None = None,
        *,
        feed_wait: float = FEED_WAIT,
    ) -> None:
        self._station = station
        self._url = server_url
        self._token = token
        self._listener = listener
        self._feed_wait = feed_wait
        self._stop = threading.Event()
        self._poke = threading.Event()
        self._lock = threading.Lock()
        # Held while a thread uses the station's store after a network wait; `stop()`
        # takes it, so once stop returns no thread touches the store again.
        self._store_use = threading.Lock()
        self._state = SyncState(False, 0, 0, None)
        self._threads = [
            threading.Thread(target=self._push_loop, name="sync-push", daemon=True),
            threading.Thread(target=self._pull_loop, name="sync-pull", daemon=True),
        ]

    @property
    def state(self) -> SyncState:
        """The latest state."""
        with self._lock:
            return self._state

    def start(self) -> None:
        """Start both threads."""
        for thread in self._threads:
            thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """End both threads' use of the station; returns without waiting for a long-poll.

        The pusher is joined; the puller may still be waiting for the server's answer,
        but it checks the stop flag under `_store_use` before touching the store and
        then ends (it is a daemon thread).
        """
        self._stop.set()
        self._poke.set()
        self._threads[0].join(timeout)
        self._threads[1].join(0.2)
        with self._store_use:
            pass  # wait for a thread that is using the store right now to finish

    @contextmanager
    def _gate(self) -> Iterator[bool]:
        with self._store_use:
            yield not self._stop.is_set()

    def poke(self) -> None:
        """Push now (something was just written)."""
        self._poke.set()

    def _runner(self) -> tuple[SyncRunner, ServerApi]:
        api = ServerApi(self._url, self._token)
        return SyncRunner(self._station, api, gate=self._gate), api

    def _push_loop(self) -> None:
        runner, api = self._runner()
        backoff = Backoff()
        last_refill = last_catalogue = last_mark = last_purge = float("-inf")
        try:
            while not self._stop.is_set():
                self._poke.clear()
                try:
                    # First, and whether or not the server answers: purging only ever
                    # concerns answers the server acknowledged long ago.
                    if time.monotonic() - last_purge >= PURGE_EVERY:
                        last_purge = time.monotonic()
                        with self._gate() as go_on:
                            if go_on:
                                self._station.forms.purge()
                    pushed, _ = runner.push()
                    now = time.monotonic()
                    if pushed or now - last_refill >= REFILL_EVERY:
                        runner.refill()
                        last_refill = now
                    if now - last_catalogue >= CATALOGUE_EVERY:
                        runner.catalogue()
                        last_catalogue = now
                    if pushed or now - last_mark >= REFILL_EVERY:
                        with self._gate() as go_on:
                            if go_on:
                                self._station.sync.mark_success()
                        last_mark = now

                except Exception as exc:  # sync must outlive any one failure
                    self._failed(exc)
                    self._poke.wait(_wait_for(exc, backoff))
                    continue
                backoff.reset()
                self._succeeded()
                self._poke.wait(PUSH_IDLE)
        finally:
            api.close()

    def _pull_loop(self) -> None:
        runner, api = self._runner()
        backoff = Backoff()
        try:
            while not self._stop.is_set():
                try:
                    runner.pull(wait=self._feed_wait)
                except Exception as exc:  # sync must outlive any one failure
                    self._failed(exc)
                    self._stop.wait(_wait_for(exc, backoff))
                    continue
                backoff.reset()
                self._succeeded()
        finally:
            api.close()

    def _succeeded(self) -> None:
        with self._gate() as go_on:
            if not go_on:
                return
            status = self._station.sync.status()
            now = self._station.clock.now()
        self._publish(SyncState(True, status.backlog, status.quarantined, now, None))

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, SyncError):
            log.info("sync: %s", exc.text.en)
            problem = exc.text
        else:  # a bug or a local fault (disk full…): say so, keep trying
            log.exception("sync round failed")
            problem = _UNEXPECTED
        with self._lock:
            before = self._state
        backlog, quarantined = before.backlog, before.quarantined
        with self._gate() as go_on:
            if not go_on:
                return
            with contextlib.suppress(Exception):  # the store itself may be what failed
                status = self._station.sync.status()
                backlog, quarantined = status.backlog, status.quarantined
        self._publish(SyncState(False, backlog, quarantined, before.last_success, problem))

    def _publish(self, state: SyncState) -> None:
        with self._lock:
            before = self._state
            self._state = state
        # The clock moves on every round; tell the listener when something else changed
        # or at least every few seconds (the "last success" on screen).
        if self._listener is not None and _differs(before, state):
            self._listener(state)


def _differs(a: SyncState, b: SyncState) -> bool:
    if replace(a, last_success=None) != replace(b, last_success=None):
        return True
    if a.last_success is None or b.last_success is None:
        return a.last_success != b.last_success
    return (b.last_success - a.last_success).total_seconds() >= 5


_UNEXPECTED = Text(
    "Sinkronisasi terhenti karena kesalahan tak terduga; dicoba lagi. Lihat log stasiun.",
    "Sync stopped on an unexpected error; trying again. See the station's log.",
)


def _wait_for(exc: Exception, backoff: Backoff) -> float:
    # A revoked token will not heal by retrying quickly; a technician must enrol again.
    return 300.0 if isinstance(exc, TokenInvalid) else backoff.next_wait()
