"""The sequencer: every feed event gets exactly one place, never below a cursor already passed."""

from __future__ import annotations

import itertools
import threading
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import insert

from sync.protocol import EventBatch, EventIn
from sync.server.auth import StationAuth
from sync.server.db import Database
from sync.server.feed import read_page
from sync.server.ingest import ingest_batch
from sync.server.migrate import upgrade
from sync.server.models import Event
from sync.server.sequencer import sequence

WRITERS = 6
BATCHES = 15
BATCH = 20


def _station(n: int) -> StationAuth:
    return StationAuth(pk=n, station_id=str(uuid.UUID(int=n)), name=f"S{n}", role="kiosk", slot=n)


def _batch(station: StationAuth, seqs: itertools.count[int]) -> EventBatch:
    at = datetime(2026, 11, 23, tzinfo=UTC)
    events = [
        EventIn(
            id=str(uuid.uuid4()),
            station_id=station.station_id,
            seq=next(seqs),
            type="form.submitted",
            payload={},
            occurred_at=at,
            occurred_local="x",
        )
        for _ in range(BATCH)
    ]
    return EventBatch(events=events)


def _add_stations(db: Database) -> list[StationAuth]:
    from sync.server.models import Station

    stations = [_station(n) for n in range(1, WRITERS + 1)]
    now = datetime.now(UTC)
    with db.write() as conn:
        for s in stations:
            conn.execute(
                insert(Station).values(
                    pk=s.pk,
                    station_id=s.station_id,
                    name=s.name,
                    role="kiosk",
                    slot=s.slot,
                    code_used=True,
                    created_at=now,
                    last_seq=0,
                    seq_count=0,
                )
            )
    return stations


def test_concurrent_writers_and_a_paging_reader_see_every_event_exactly_once(
    server_db: str,
) -> None:
    db = Database(server_db)
    upgrade(db)
    stations = _add_stations(db)
    expected = WRITERS * BATCHES * BATCH
    done = threading.Event()
    errors: list[BaseException] = []

    def write(station: StationAuth) -> None:
        seqs = itertools.count(1)
        try:
            for _ in range(BATCHES):
                ingest_batch(db, station, _batch(station, seqs), datetime.now(UTC))
        except BaseException as exc:  # reported below
            errors.append(exc)

    def number() -> None:
        while not done.is_set():
            sequence(db)

    writers = [threading.Thread(target=write, args=(s,)) for s in stations]
    sequencer = threading.Thread(target=number)
    sequencer.start()
    for writer in writers:
        writer.start()
    seen: list[int] = []
    ids: list[str] = []
    after = 0
    try:
        while len(ids) < expected and not errors:
            page = read_page(db, after, 37)
            seen += [e.feed_seq for e in page.events]
            ids += [e.id for e in page.events]
            after = page.last
    finally:
        for writer in writers:
            writer.join()
        done.set()
        sequencer.join()
        db.close()
    assert not errors
    assert len(ids) == len(set(ids)) == expected
    assert seen == list(range(1, expected + 1))


def test_an_event_committed_late_lands_above_the_cursor_not_below(pg_url: str) -> None:
    # On PostgreSQL a transaction that started first may commit last. Its event must still
    # reach a reader who has already moved past everything committed before it.
    db = Database(pg_url)
    upgrade(db)
    at = datetime(2026, 11, 23, tzinfo=UTC)

    def row(n: int) -> dict[str, object]:
        return {
            "id": str(uuid.UUID(int=n)),
            "in_feed": True,
            "station_id": str(uuid.UUID(int=99)),
            "seq": n,
            "type": "form.submitted",
            "payload": "{}",
            "occurred_at": at,
            "received_at": at,
            "content_hash": "x",
            "outcome": "stored",
        }

    late = db.engine.connect()
    try:
        late_tx = late.begin()
        late.execute(insert(Event), [row(1)])  # inserted first, not yet committed
        with db.write() as conn:
            conn.execute(insert(Event), [row(2)])
        assert sequence(db) == 1
        first = read_page(db, 0, 100)
        assert [e.id for e in first.events] == [str(uuid.UUID(int=2))]
        late_tx.commit()
    finally:
        late.close()
    assert sequence(db) == 2
    second = read_page(db, first.last, 100)
    assert [e.id for e in second.events] == [str(uuid.UUID(int=1))]
    db.close()


@pytest.mark.parametrize("events", [0, 3])
def test_sequencing_twice_numbers_nothing_twice(server_db: str, events: int) -> None:
    db = Database(server_db)
    upgrade(db)
    stations = _add_stations(db)
    for _ in range(events):
        ingest_batch(
            db, stations[0], _batch(stations[0], itertools.count(1 + _ * BATCH)), datetime.now(UTC)
        )
    assert sequence(db) == events * BATCH
    assert sequence(db) == events * BATCH
    db.close()
