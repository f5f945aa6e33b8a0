"""One round of sync, step by step: push the outbox, lease numbers, follow the feed,
fetch a newer catalogue. Synchronous and easy to test; the worker runs it in the background.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import datetime

from kiosk.clock import local, service_day
from kiosk.domain.schedule import availability
from kiosk.errors import CatalogueError
from kiosk.services.catalogue_service import SERVER_SOURCE
from kiosk.services.sync_service import OutgoingEvent, RemoteEvent
from kiosk.station import Station
from sync.client.api import ServerApi
from sync.client.errors import Refused
from sync.protocol import (
    MAX_LEASE,
    FeedEvent,
    LeaseRequest,
    LeaseWant,
)

log = logging.getLogger(__name__)

#: Events per push request.
BATCH = 500
#: Feed events per page.
PAGE = 500
#: Numbers leased per service at a time, and the stock below which more are asked.
BLOCK = 10
LOW_WATER = 5


@dataclass(frozen=True, slots=True)
class RoundResult:
    """What one round did."""

    pushed: int
    quarantined: int
    applied: int
    leased: int
    catalogue_updated: bool
    #: Sequence numbers of this station the server never received (first, last).
    gaps: tuple[tuple[int, int], ...] = ()


Gate = Callable[[], AbstractContextManager[bool]]


@contextmanager
def _open_gate() -> Iterator[bool]:
    yield True


class SyncRunner:
    """Moves one station's data to and from the server."""

    def __init__(
        self, station: Station, api: ServerApi, *, batch: int = BATCH, gate: Gate = _open_gate
    ) -> None:
        """`gate` is entered around each use of the store that follows a network wait; it
        yields False once the station is closing, and the step is then left for next time
        (the worker passes one, so nothing touches a store that has been closed)."""
        self._gate = gate
        self._station = station
        self._ledger = station.sync
        self._api = api
        self._batch = batch
        self.gaps: tuple[tuple[int, int], ...] = ()
        # A lease whose reply never came is asked again with the same id, so the server
        # answers with the blocks it gave then instead of leasing ten more numbers.
        self._pending_lease: LeaseRequest | None = None

    def run_once(self) -> RoundResult:
        """Push everything, lease what is short, pull every waiting feed page, check the
        catalogue. Raises a SyncError when the server cannot be reached (nothing is lost:
        what was not acknowledged is pushed again next time)."""
        pushed, quarantined = self.push()
        updated = self.catalogue()  # first: the numbers to lease are the catalogue's services
        leased = self.refill()
        applied = self.pull()
        self._ledger.mark_success()
        return RoundResult(pushed, quarantined, applied, leased, updated, self.gaps)

    def push(self) -> tuple[int, int]:
        """Push the outbox in batches until it is empty; returns (synced, quarantined)."""
        synced = refused = 0
        while True:
            with self._gate() as go_on:
                if not go_on:
                    return synced, refused
                events = self._ledger.outgoing(self._batch)
            if not events:
                break
            reply = self._api.push(batch_body(events))
            self._note_gaps([(g.first, g.last) for g in reply.gaps])
            ok = [r.id for r in reply.results if r.outcome in ("stored", "duplicate", "conflict")]
            bad = {
                r.id: f"{r.status} {r.outcome}: {r.detail or ''}".strip()
                for r in reply.results
                if r.outcome in ("mismatch", "rejected")
            }
            with self._gate() as go_on:
                if not go_on:
                    return synced, refused
                self._ledger.acknowledge(ok, bad)
            synced += len(ok)
            refused += len(bad)
            if bad:
                log.warning("server refused %d event(s); they are in quarantine", len(bad))
            if not ok and not bad:
                break  # the server answered for none of them: try again next round
        return synced, refused

    def _note_gaps(self, gaps: list[tuple[int, int]]) -> None:
        if gaps and tuple(gaps) != self.gaps:
            # Events the store no longer has (a restored backup?): only a technician can tell.
            log.warning("the server misses this station's events %s", gaps)
        self.gaps = tuple(gaps)

    def pull(self, wait: float = 0.0) -> int:
        """Apply feed pages until the feed is read; with `wait`, long-poll the first page."""
        applied = 0
        gate = self._gate
        while True:
            with gate() as go_on:
                if not go_on:
                    return applied
                cursor = self._ledger.cursor()
            page = self._api.feed(cursor, PAGE, wait)
            with gate() as go_on:
                if not go_on:
                    return applied
                if page.events or page.last > cursor:
                    applied += self._ledger.apply([_remote(e) for e in page.events], page.last)
            if len(page.events) < PAGE:
                return applied
            wait = 0.0

    def refill(self) -> int:
        """Lease numbers for the services whose stock of today is low; returns numbers leased.

        Only a kiosk stocks numbers ahead, and only for services that issue today
        (each unused leased number is a gap in the day's numbering).
        """
        if self._station.config.role != "kiosk":
            return 0
        now = self._station.clock.now()
        day = service_day(now)
        codes = self._issuing_today(now)
        if not codes:
            return 0
        with self._gate() as go_on:
            if not go_on:
                return 0
            wants = self._ledger.number_wants(day, codes, BLOCK, LOW_WATER)
        if not wants:
            return 0
        request = self._pending_lease
        if request is None or request.day != day:
            request = LeaseRequest(
                request_id=str(uuid.uuid4()),
                day=day,
                wants=[LeaseWant(service=code, count=min(n, MAX_LEASE)) for code, n in wants],
            )
        self._pending_lease = request
        try:
            reply = self._api.lease(request)
        except Refused as exc:
            self._pending_lease = None
            if exc.status == 403:
                return 0  # a station that issues no tickets leases none
            if exc.status == 422:
                # The server does not know a service of ours (its catalogue differs):
                # no numbers this round, but the rest of the round goes on.
                log.warning("lease refused: %s", exc.text.en)
                return 0
            raise
        self._pending_lease = None
        with self._gate() as go_on:
            if not go_on:
                return 0
            self._ledger.add_blocks((b.service, b.day, b.first, b.last) for b in reply.blocks)
        return sum(b.last - b.first + 1 for b in reply.blocks)

    def _issuing_today(self, now: datetime) -> list[str]:
        catalogue = self._station.catalogues.current()
        always_open = self._station.queues.always_open
        codes = []
        for service in catalogue.services:
            answer = availability(service, catalogue, now, 0, always_open=always_open)
            opens_today = (
                answer.next_open is not None and local(answer.next_open).date() == local(now).date()
            )
            if answer.can_issue or opens_today:
                codes.append(service.code)
        return codes

    def catalogue(self) -> bool:
        """Take the server's catalogue if it changed; a bad one is refused and logged."""
        catalogues = self._station.catalogues
        with self._gate() as go_on:
            if not go_on:
                return False
            etag = catalogues.server_sha256()
        try:
            fetched = self._api.catalogue(etag)
        except Refused as exc:
            if exc.status == 404:
                return False  # the server has no catalogue yet: keep ours
            raise
        if fetched is None:
            return False
        try:
            with self._gate() as go_on:
                if not go_on:
                    return False
                catalogues.replace_from_bytes(fetched.toml.encode(), SERVER_SOURCE, "server.toml")
        except CatalogueError as exc:
            log.warning("server catalogue %s refused: %s", fetched.version, exc)
            return False
        return True


def batch_body(events: Sequence[OutgoingEvent]) -> bytes:
    """The JSON of an `EventBatch`, written directly: each payload is already JSON text in
    the outbox, so it is spliced in rather than parsed and serialised again (the server
    validates every field; tests check this against the model's own serialisation)."""
    parts = []
    for e in events:
        head = json.dumps(
            {
                "id": e.id,
                "station_id": e.station_id,
                "seq": e.seq,
                "type": e.type,
                "occurred_at": e.occurred_at.isoformat(),
                "occurred_local": e.occurred_local,
            },
            ensure_ascii=False,
        )
        parts.append(f'{head[:-1]}, "payload": {e.payload_json}}}')
    return ('{"events": [' + ", ".join(parts) + "]}").encode()


def _remote(e: FeedEvent) -> RemoteEvent:
    return RemoteEvent(e.feed_seq, e.id, e.station_id, e.seq, e.type, e.payload)
