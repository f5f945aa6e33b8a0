"""Offline pushes that disagree with the server: double calls, number clashes, stale news."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from sync.protocol import API_PREFIX, ConflictOut, TicketState
from sync.server.models import Event, Ticket
from sync.server.state import ServerState
from tests.sync.server.fake_stations import FakeStation, enrol, push, ticket


def _called(state: dict[str, Any], counter: int) -> dict[str, Any]:
    called = dict(state, status="called", counter=counter, called_at=state["queued_at"])
    return called


def _feed(client: TestClient, state: ServerState, station: FakeStation) -> list[dict[str, Any]]:
    state.sequencer.run_once()
    events: list[dict[str, Any]] = client.get(f"{API_PREFIX}/feed", headers=station.headers).json()[
        "events"
    ]
    return events


def _ticket(state: ServerState, ticket_id: str) -> Any:
    with state.db.read() as conn:
        return conn.execute(select(Ticket.__table__).where(Ticket.id == ticket_id)).one()


def test_an_offline_call_of_a_ticket_another_counter_has_is_a_conflict(
    client: TestClient,
    state: ServerState,
    kiosk: FakeStation,
    counter: FakeStation,
    admin_headers: dict[str, str],
) -> None:
    waiting = ticket("A-003")
    push(client, kiosk, kiosk.event("ticket.issued", waiting))
    push(client, counter, counter.event("ticket.called", _called(waiting, 2)))
    late = enrol(client, "Loket 5", "counter")
    lost_event = late.event("ticket.called", _called(waiting, 5))
    result = push(client, late, lost_event)["results"][0]
    assert (result["outcome"], result["status"]) == ("conflict", 200)
    assert "already called by counter 2" in result["detail"]
    assert _ticket(state, waiting["ticket_id"]).counter == 2
    conflicts = client.get(f"{API_PREFIX}/admin/conflicts", headers=admin_headers).json()
    [conflict] = [ConflictOut.model_validate(c) for c in conflicts]
    assert (conflict.kind, conflict.event_id) == ("double_call", lost_event["id"])
    assert "A-003 sudah dipanggil loket 2" in conflict.detail
    assert "Loket 5" in conflict.detail
    feed = _feed(client, state, late)
    assert lost_event["id"] not in [e["id"] for e in feed]
    [told] = [e for e in feed if e["type"] == "ticket.conflict"]
    assert told["station_id"] == late.station_id
    assert told["seq"] is None
    assert told["payload"]["kind"] == "double_call"
    assert told["payload"]["lost_event"] == lost_event["id"]
    winner = TicketState.model_validate(told["payload"]["ticket"])
    assert (winner.status, winner.counter) == ("called", 2)
    assert told["payload"]["ticket"]["station"] == kiosk.station_id


def test_a_call_lost_against_the_servers_call_endpoint_is_a_conflict_too(
    client: TestClient, state: ServerState, kiosk: FakeStation, counter: FakeStation
) -> None:
    waiting = ticket("A-001")
    push(client, kiosk, kiosk.event("ticket.issued", waiting))
    body = {"request_id": waiting["ticket_id"], "counter": 1, "services": ["KTP-EL"]}
    reply = client.post(
        f"{API_PREFIX}/calls", json={**body, "day": waiting["service_day"]}, headers=counter.headers
    )
    assert reply.json()["called"]["ticket_id"] == waiting["ticket_id"]
    offline = enrol(client, "Loket 7", "counter")
    result = push(client, offline, offline.event("ticket.called", _called(waiting, 7)))
    assert result["results"][0]["outcome"] == "conflict"


def test_the_same_counter_calling_again_is_no_conflict(
    client: TestClient, state: ServerState, kiosk: FakeStation, counter: FakeStation
) -> None:
    waiting = ticket("A-001")
    push(client, kiosk, kiosk.event("ticket.issued", waiting))
    push(client, counter, counter.event("ticket.called", _called(waiting, 2)))
    recalled = dict(_called(waiting, 2), recall_count=1)
    result = push(client, counter, counter.event("ticket.recalled", recalled))["results"][0]
    assert result["outcome"] == "stored"
    assert _ticket(state, waiting["ticket_id"]).recall_count == 1


def test_a_recall_by_another_counter_is_a_conflict(
    client: TestClient, state: ServerState, kiosk: FakeStation, counter: FakeStation
) -> None:
    waiting = ticket("A-001")
    push(client, kiosk, kiosk.event("ticket.issued", waiting))
    push(client, counter, counter.event("ticket.called", _called(waiting, 2)))
    other = enrol(client, "Loket 3", "counter")
    result = push(client, other, other.event("ticket.recalled", _called(waiting, 3)))
    assert result["results"][0]["outcome"] == "conflict"


def test_a_scanned_ticket_the_kiosk_has_not_synced_is_taken_from_the_call(
    client: TestClient, state: ServerState, kiosk: FakeStation, counter: FakeStation
) -> None:
    waiting = ticket("A-007")
    call = counter.event("ticket.called", _called(waiting, 2))
    assert push(client, counter, call)["results"][0]["outcome"] == "stored"
    assert _ticket(state, waiting["ticket_id"]).status == "called"
    # The kiosk comes back online with its older news: it must not put the ticket back.
    issued = dict(waiting, status="issued")
    results = push(
        client,
        kiosk,
        kiosk.event("ticket.issued", issued),
        kiosk.event("ticket.waiting", waiting),
    )["results"]
    assert [r["outcome"] for r in results] == ["stored", "stored"]
    assert all("stale" in r["detail"] for r in results)
    row = _ticket(state, waiting["ticket_id"])
    assert (row.status, row.counter) == ("called", 2)
    feed_types = [e["type"] for e in _feed(client, state, kiosk)]
    assert feed_types == ["ticket.called"]


def test_serving_and_done_follow_the_call(
    client: TestClient, state: ServerState, kiosk: FakeStation, counter: FakeStation
) -> None:
    waiting = ticket("A-001")
    called = _called(waiting, 2)
    push(
        client,
        counter,
        counter.event("ticket.called", called),
        counter.event("ticket.serving", dict(called, status="serving")),
        counter.event("ticket.done", dict(called, status="done")),
    )
    assert _ticket(state, waiting["ticket_id"]).status == "done"


def test_two_tickets_with_one_number_is_a_clash(
    client: TestClient, state: ServerState, kiosk: FakeStation, admin_headers: dict[str, str]
) -> None:
    other = enrol(client, "Kiosk 2", "kiosk")
    first = ticket("A-012")
    push(client, kiosk, kiosk.event("ticket.issued", first))
    clash = other.event("ticket.issued", ticket("A-012"))
    result = push(client, other, clash)["results"][0]
    assert result["outcome"] == "conflict"
    assert "Kiosk 1" in result["detail"]
    assert "Kiosk 2" in result["detail"]
    with state.db.read() as conn:
        assert conn.scalar(select(Ticket.id)) == first["ticket_id"]
        assert conn.scalar(select(Event.in_feed).where(Event.id == clash["id"])) is False
    kinds = [
        c["kind"] for c in client.get(f"{API_PREFIX}/admin/conflicts", headers=admin_headers).json()
    ]
    assert kinds == ["number_clash"]
