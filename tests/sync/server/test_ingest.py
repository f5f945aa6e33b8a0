"""Pushing events: idempotent by UUID, per event, in order; gaps in a station's numbers."""

from __future__ import annotations

import copy
import threading
import traceback
import uuid
from datetime import UTC
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from sync.protocol import API_PREFIX, BatchReply
from sync.server.app import create_app
from sync.server.db import Database, insert_rows
from sync.server.models import Event, Ticket
from sync.server.state import ServerState
from tests.sync.server.fake_stations import (
    OPENING,
    FakeStation,
    TickingClock,
    enrol,
    push,
    ticket,
)


def _count(state: ServerState, table: type[Event] | type[Ticket]) -> int:
    with state.db.read() as conn:
        return int(conn.scalar(select(func.count()).select_from(table)) or 0)


def test_the_same_event_twice_is_a_duplicate_stored_once(
    client: TestClient, state: ServerState, kiosk: FakeStation
) -> None:
    event = kiosk.event("ticket.issued", ticket())
    assert push(client, kiosk, event)["results"][0]["outcome"] == "stored"
    again = BatchReply.model_validate(push(client, kiosk, event))
    assert [(r.outcome, r.status) for r in again.results] == [("duplicate", 200)]
    assert _count(state, Event) == 1
    assert _count(state, Ticket) == 1


def test_the_same_id_with_other_content_is_a_mismatch_and_changes_nothing(
    client: TestClient, state: ServerState, kiosk: FakeStation
) -> None:
    event = kiosk.event("ticket.issued", ticket())
    push(client, kiosk, event)
    changed = copy.deepcopy(event)
    changed["payload"]["status"] = "cancelled"
    result = push(client, kiosk, changed)["results"][0]
    assert (result["outcome"], result["status"]) == ("mismatch", 409)
    with state.db.read() as conn:
        assert conn.scalar(select(Ticket.status)) == "waiting"
    assert _count(state, Event) == 1


def test_a_duplicate_inside_one_batch_is_stored_once(
    client: TestClient, state: ServerState, kiosk: FakeStation
) -> None:
    event = kiosk.event("form.submitted", {"form": "ktp"})
    outcomes = [r["outcome"] for r in push(client, kiosk, event, event)["results"]]
    assert outcomes == ["stored", "duplicate"]
    assert _count(state, Event) == 1


def test_a_bad_event_in_the_middle_does_not_block_the_others(
    client: TestClient, state: ServerState, kiosk: FakeStation
) -> None:
    bad = ticket("A-002")
    bad["status"] = "lost"
    events = [
        kiosk.event("ticket.issued", ticket("A-001")),
        kiosk.event("ticket.issued", bad),
        kiosk.event("ticket.issued", ticket("A-003")),
    ]
    reply = BatchReply.model_validate(push(client, kiosk, *events))
    assert [(r.outcome, r.status) for r in reply.results] == [
        ("stored", 200),
        ("rejected", 422),
        ("stored", 200),
    ]
    assert reply.results[1].detail is not None
    assert "payload.status" in reply.results[1].detail
    assert _count(state, Ticket) == 2
    assert [(g.first, g.last) for g in reply.gaps] == [(2, 2)]


def test_an_event_of_another_station_is_rejected(
    client: TestClient, state: ServerState, kiosk: FakeStation
) -> None:
    other = enrol(client, "Kiosk 2", "kiosk")
    result = push(client, kiosk, other.event("form.submitted", {}))["results"][0]
    assert (result["outcome"], result["status"]) == ("rejected", 403)
    assert _count(state, Event) == 0


def test_a_station_cannot_push_the_servers_own_conflict_event(
    client: TestClient, state: ServerState, kiosk: FakeStation, counter: FakeStation
) -> None:
    # Stations apply `ticket.conflict` by force: one from a station would override tickets.
    payload = {"kind": "double_call", "lost_event": str(uuid.uuid4()), "ticket": ticket()}
    result = push(client, counter, counter.event("ticket.conflict", payload))["results"][0]
    assert (result["outcome"], result["status"]) == ("rejected", 422)
    assert "server's own" in result["detail"]
    assert _count(state, Event) == 0
    state.sequencer.run_once()
    assert client.get(f"{API_PREFIX}/feed", headers=kiosk.headers).json()["events"] == []


def test_numbers_too_large_to_store_are_rejected_not_a_crash(
    client: TestClient, state: ServerState, kiosk: FakeStation
) -> None:
    huge_seq = kiosk.event("form.submitted", {}, seq=2**70)
    huge_number = kiosk.event("ticket.issued", ticket("A-99999999999999999999"))
    huge_recall = ticket("A-004")
    huge_recall["recall_count"] = 2**80
    results = push(
        client, kiosk, huge_seq, huge_number, kiosk.event("ticket.recalled", huge_recall)
    )["results"]
    assert [r["status"] for r in results] == [422, 422, 422]
    assert _count(state, Event) == 0


def test_gaps_name_the_missing_sequence_numbers(
    client: TestClient, state: ServerState, kiosk: FakeStation
) -> None:
    events = [kiosk.event("form.submitted", {"n": n}, seq=n) for n in (2, 3, 6, 10)]
    reply = BatchReply.model_validate(push(client, kiosk, *events))
    assert [(g.first, g.last) for g in reply.gaps] == [(1, 1), (4, 5), (7, 9)]
    filled = [kiosk.event("form.submitted", {"n": n}, seq=n) for n in (1, 4, 5, 7, 8, 9)]
    assert BatchReply.model_validate(push(client, kiosk, *filled)).gaps == []


def test_other_event_types_are_stored_and_in_the_feed(
    client: TestClient, state: ServerState, kiosk: FakeStation
) -> None:
    types = ["form.submitted", "catalogue.loaded", "ticket.reprinted", "receipt.issued"]
    push(client, kiosk, *(kiosk.event(t, {"ticket_id": "x"}) for t in types))
    state.sequencer.run_once()
    feed = client.get(f"{API_PREFIX}/feed", headers=kiosk.headers).json()
    assert [e["type"] for e in feed["events"]] == types


def test_a_batch_is_checked_against_the_schema_first(
    client: TestClient, state: ServerState, kiosk: FakeStation
) -> None:
    event = kiosk.event("form.submitted", {})
    event["seq"] = 0
    reply = client.post(f"{API_PREFIX}/events", json={"events": [event]}, headers=kiosk.headers)
    assert reply.status_code == 422
    assert reply.json()["field"] == "events.0.seq"
    assert _count(state, Event) == 0


def test_two_identical_pushes_at_once_on_postgresql_store_each_event_once(pg_url: str) -> None:
    # The later push's COPY runs into the earlier one's keys: it must be retried and
    # answer `duplicate`, not fail with a 500.
    app = create_app(pg_url, clock=TickingClock())
    with TestClient(app, raise_server_exceptions=False) as client:
        state: ServerState = app.state.server
        kiosk = enrol(client, "Kiosk 1", "kiosk")
        stored: list[str] = []
        for round_ in range(8):
            states = [ticket(f"A-{round_ * 3 + n:03d}", queued_minute=n) for n in range(1, 4)]
            events = [kiosk.event("ticket.issued", s) for s in states]
            events.append(kiosk.event("form.submitted", {"round": round_}))
            replies = _push_twice_at_once(client, kiosk, events)
            assert [status for status, _ in replies] == [200, 200], replies
            for index, event in enumerate(events):
                outcomes = sorted(body["results"][index]["outcome"] for _, body in replies)
                assert outcomes == ["duplicate", "stored"], (event["id"], replies)
            stored += [e["id"] for e in events]
        with state.db.read() as conn:
            assert sorted(conn.scalars(select(Event.id))) == sorted(stored)
        assert _count(state, Ticket) == 8 * 3


def _push_twice_at_once(
    client: TestClient, station: FakeStation, events: list[dict[str, Any]]
) -> list[tuple[int, dict[str, Any]]]:
    replies: dict[int, tuple[int, dict[str, Any]]] = {}
    barrier = threading.Barrier(2)

    def send(n: int) -> None:
        barrier.wait()
        reply = client.post(
            f"{API_PREFIX}/events", json={"events": events}, headers=station.headers
        )
        # A 500 has a plain-text body.
        body = reply.json() if reply.status_code == 200 else {"text": reply.text}
        replies[n] = (reply.status_code, body)

    threads = [threading.Thread(target=send, args=(n,)) for n in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [replies[0], replies[1]]


def test_a_key_taken_during_copy_is_an_integrity_error_without_the_values(pg_url: str) -> None:
    app = create_app(pg_url, clock=TickingClock())
    with TestClient(app) as client:
        kiosk = enrol(client, "Kiosk 1", "kiosk")
    db = Database(pg_url)
    event_id = str(uuid.uuid4())
    at = OPENING.astimezone(UTC)
    row = {
        "id": event_id,
        "feed_seq": None,
        "in_feed": True,
        "station_id": kiosk.station_id,
        "seq": 1,
        "type": "form.submitted",
        "payload": "{}",
        "occurred_at": at,
        "received_at": at,
        "content_hash": "0" * 64,
        "outcome": "stored",
    }
    try:
        with db.write() as conn:
            insert_rows(conn, Event, [row])
        with pytest.raises(IntegrityError) as caught, db.write() as conn:
            insert_rows(conn, Event, [row])
    finally:
        db.close()
    # The error is logged with its traceback when the retries run out: no key value in it.
    logged = "".join(traceback.format_exception(caught.value))
    assert "uq_event_id" in logged
    assert event_id not in logged
