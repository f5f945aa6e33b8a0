"""Calls arbitrated by the server: one winner per ticket, the loser told and given the next."""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sync.protocol import API_PREFIX, CallReply
from sync.server.state import ServerState
from tests.sync.server.fake_stations import DAY, FakeStation, enrol, push, queue_tickets, ticket

CALLS = f"{API_PREFIX}/calls"


def _call(
    client: TestClient,
    station: FakeStation,
    counter: int,
    *,
    services: list[str] | None = None,
    ticket_id: str | None = None,
    request_id: str | None = None,
) -> tuple[int, dict[str, Any]]:
    body: dict[str, Any] = {
        "request_id": request_id or str(uuid.uuid4()),
        "counter": counter,
        "services": services or [],
        "day": DAY.isoformat(),
    }
    if ticket_id is not None:
        body["ticket_id"] = ticket_id
    reply = client.post(CALLS, json=body, headers=station.headers)
    return reply.status_code, reply.json()


def test_call_next_takes_the_oldest_waiting_ticket(
    client: TestClient, kiosk: FakeStation, counter: FakeStation
) -> None:
    states = queue_tickets(client, kiosk, 3)
    status, body = _call(client, counter, 4, services=["KTP-EL"])
    assert status == 200
    reply = CallReply.model_validate(body)
    assert reply.called is not None
    assert reply.called.ticket_id == states[0]["ticket_id"]
    assert (reply.called.status, reply.called.counter) == ("called", 4)
    assert reply.event is not None
    assert reply.event.type == "ticket.called"
    assert reply.event.station_id == counter.station_id


def test_nobody_waiting_calls_nobody(client: TestClient, counter: FakeStation) -> None:
    status, body = _call(client, counter, 4, services=["KTP-EL"])
    assert status == 200
    assert body["called"] is None


def test_a_retried_request_returns_the_first_answer(
    client: TestClient, kiosk: FakeStation, counter: FakeStation
) -> None:
    queue_tickets(client, kiosk, 2)
    request_id = str(uuid.uuid4())
    first = _call(client, counter, 4, services=["KTP-EL"], request_id=request_id)[1]
    again = _call(client, counter, 4, services=["KTP-EL"], request_id=request_id)[1]
    assert again["called"]["ticket_id"] == first["called"]["ticket_id"]
    other = enrol(client, "Loket 9", "counter")
    status, body = _call(client, other, 9, services=["KTP-EL"], request_id=request_id)
    assert (status, body["code"]) == (409, "request_id_reused")


def test_the_called_ticket_is_in_the_feed(
    client: TestClient, state: ServerState, kiosk: FakeStation, counter: FakeStation
) -> None:
    queue_tickets(client, kiosk, 1)
    request_id = str(uuid.uuid4())
    _call(client, counter, 4, services=["KTP-EL"], request_id=request_id)
    state.sequencer.run_once()
    feed = client.get(f"{API_PREFIX}/feed", headers=kiosk.headers).json()["events"]
    assert feed[-1]["id"] == request_id
    assert feed[-1]["payload"]["counter"] == 4


def test_the_called_event_names_the_kiosk_that_issued_the_ticket(
    client: TestClient, state: ServerState, kiosk: FakeStation, counter: FakeStation
) -> None:
    # Stations take the event's station as the issuer when the payload names none,
    # which would make the calling counter the ticket's issuer.
    queue_tickets(client, kiosk, 1)
    body = _call(client, counter, 4, services=["KTP-EL"])[1]
    assert body["event"]["station_id"] == counter.station_id
    assert body["event"]["payload"]["station"] == kiosk.station_id
    state.sequencer.run_once()
    feed = client.get(f"{API_PREFIX}/feed", headers=counter.headers).json()["events"]
    [called] = [e for e in feed if e["id"] == body["event"]["id"]]
    assert called["payload"]["station"] == kiosk.station_id


def test_priority_goes_first_but_never_more_than_twice_in_a_row(
    client: TestClient, kiosk: FakeStation, counter: FakeStation
) -> None:
    states = [
        ticket("A-001", queued_minute=1),
        ticket("A-002", queued_minute=2, priority="lansia"),
        ticket("A-003", queued_minute=3, priority="ibu_hamil"),
        ticket("A-004", queued_minute=4, priority="anak"),
        ticket("A-005", queued_minute=5),
    ]
    push(client, kiosk, *(kiosk.event("ticket.issued", s) for s in states))
    called = [_call(client, counter, 4, services=["KTP-EL"])[1]["called"]["number"] for _ in states]
    assert called == ["A-002", "A-003", "A-001", "A-004", "A-005"]


def test_of_two_counters_calling_one_ticket_exactly_one_wins(
    client: TestClient, kiosk: FakeStation
) -> None:
    states = queue_tickets(client, kiosk, 3)
    counters = [enrol(client, f"Loket {n}", "counter") for n in (1, 2)]
    replies: dict[int, dict[str, Any]] = {}
    barrier = threading.Barrier(2)

    def call(n: int) -> None:
        barrier.wait()
        replies[n] = _call(
            client, counters[n - 1], n, ticket_id=states[0]["ticket_id"], services=["KTP-EL"]
        )[1]

    threads = [threading.Thread(target=call, args=(n,)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [n for n, r in replies.items() if r["lost"] is None]
    assert len(winners) == 1
    loser = 3 - winners[0]
    assert replies[winners[0]]["called"]["ticket_id"] == states[0]["ticket_id"]
    lost = replies[loser]["lost"]
    assert (lost["ticket_id"], lost["number"], lost["counter"]) == (
        states[0]["ticket_id"],
        "A-001",
        winners[0],
    )
    assert replies[loser]["called"]["ticket_id"] == states[1]["ticket_id"]


def test_a_lost_call_without_services_calls_nobody(
    client: TestClient, kiosk: FakeStation, counter: FakeStation
) -> None:
    states = queue_tickets(client, kiosk, 2)
    _call(client, counter, 1, ticket_id=states[0]["ticket_id"])
    other = enrol(client, "Loket 2", "counter")
    body = _call(client, other, 2, ticket_id=states[0]["ticket_id"])[1]
    assert body["called"] is None
    assert body["lost"]["counter"] == 1


def test_calling_an_unknown_ticket_is_a_404(client: TestClient, counter: FakeStation) -> None:
    status, body = _call(client, counter, 1, ticket_id=str(uuid.uuid4()))
    assert (status, body["code"]) == (404, "ticket_unknown")


def test_only_counters_call(client: TestClient, kiosk: FakeStation) -> None:
    status, body = _call(client, kiosk, 1, services=["KTP-EL"])
    assert (status, body["code"]) == (403, "role_forbidden")


@pytest.mark.parametrize("threads", [20])
def test_many_counters_calling_next_never_call_a_ticket_twice(
    client: TestClient, kiosk: FakeStation, threads: int
) -> None:
    states = queue_tickets(client, kiosk, 120)
    queue_tickets(client, kiosk, 60, service="KK")
    counters = [enrol(client, f"Loket {n}", "counter") for n in range(1, threads + 1)]
    called: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(threads)

    def work(n: int) -> None:
        barrier.wait()
        while True:
            status, body = _call(client, counters[n - 1], n, services=["KTP-EL", "KK"])
            assert status == 200, body
            if body["called"] is None:
                return
            with lock:
                called.append(body["called"]["ticket_id"])

    pool = [threading.Thread(target=work, args=(n,)) for n in range(1, threads + 1)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    assert len(called) == 180
    assert Counter(called).most_common(1)[0][1] == 1
    assert set(called) >= {s["ticket_id"] for s in states}


def test_calling_a_ticket_this_counter_already_has_returns_it_with_its_event(
    client: TestClient, kiosk: FakeStation, counter: FakeStation
) -> None:
    states = queue_tickets(client, kiosk, 1)
    first = _call(client, counter, 4, ticket_id=states[0]["ticket_id"])[1]
    again = _call(client, counter, 4, ticket_id=states[0]["ticket_id"])[1]
    assert again["lost"] is None
    assert again["called"]["counter"] == 4
    assert again["event"]["id"] == first["event"]["id"]


def test_a_retry_after_the_queue_ran_dry_still_gets_its_first_answer(
    client: TestClient, kiosk: FakeStation, counter: FakeStation
) -> None:
    queue_tickets(client, kiosk, 1)
    request_id = str(uuid.uuid4())
    first = _call(client, counter, 4, services=["KTP-EL"], request_id=request_id)[1]
    again = _call(client, counter, 4, services=["KTP-EL"], request_id=request_id)[1]
    assert first["called"] is not None
    assert again["called"] == first["called"]


def test_a_ticket_transferred_to_one_counter_is_left_for_that_counter(
    client: TestClient, kiosk: FakeStation, counter: FakeStation
) -> None:
    sent, other = queue_tickets(client, kiosk, 2)
    moved = {**sent, "status": "transferred", "target_counter": 7, "note": "verifikasi"}
    assert (
        push(client, counter, counter.event("ticket.transferred", moved))["results"][0]["outcome"]
        == "stored"
    )
    first = CallReply.model_validate(_call(client, counter, 4, services=["KTP-EL"])[1])
    assert first.called is not None and first.called.ticket_id == other["ticket_id"]
    assert _call(client, counter, 4, services=["KTP-EL"])[1]["called"] is None
    mine = CallReply.model_validate(_call(client, counter, 7, services=["KTP-EL"])[1])
    assert mine.called is not None and mine.called.ticket_id == sent["ticket_id"]
    assert mine.called.target_counter is None and mine.called.note == "verifikasi"


def test_a_transferred_ticket_keeps_its_number_and_its_place(
    client: TestClient, kiosk: FakeStation, counter: FakeStation
) -> None:
    (a1,) = queue_tickets(client, kiosk, 1)
    b1 = ticket("B-001", service="KK", queued_minute=5)
    push(client, kiosk, kiosk.event("ticket.issued", b1))
    # The server's numbers are unique by prefix: A-001 may stand at KK beside any B number.
    moved = {**a1, "status": "transferred", "service": "KK", "origin_service": "KTP-EL"}
    result = push(client, counter, counter.event("ticket.transferred", moved))["results"][0]
    assert result["outcome"] == "stored", result
    called = [
        CallReply.model_validate(_call(client, counter, 4, services=["KK"])[1]).called
        for _ in range(2)
    ]
    assert [c.number for c in called if c] == ["A-001", "B-001"], "it keeps its first queue time"
    assert called[0] is not None and called[0].origin_service == "KTP-EL"


def test_a_held_ticket_is_called_back_by_its_counter_only(
    client: TestClient, kiosk: FakeStation, counter: FakeStation
) -> None:
    (state,) = queue_tickets(client, kiosk, 1)
    _call(client, counter, 4, ticket_id=state["ticket_id"])
    held = {**ticket(state["number"], ticket_id=state["ticket_id"], status="called", counter=4)}
    held["status"] = "held"
    push(client, counter, counter.event("ticket.held", held))
    other = _call(client, counter, 5, ticket_id=state["ticket_id"])[1]
    assert other["called"] is None and other["lost"]["counter"] == 4
    back = CallReply.model_validate(_call(client, counter, 4, ticket_id=state["ticket_id"])[1])
    assert back.called is not None and (back.called.status, back.called.counter) == ("called", 4)
