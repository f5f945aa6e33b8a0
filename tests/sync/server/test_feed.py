"""The change feed: server order, cursor paging, long-polls that wake when events arrive."""

from __future__ import annotations

import threading
import time

from fastapi.testclient import TestClient

from sync.protocol import API_PREFIX, MAX_FEED_PAGE, FeedPage
from sync.server.state import ServerState
from tests.sync.server.fake_stations import FakeStation, enrol, push

FEED = f"{API_PREFIX}/feed"


def _page(client: TestClient, station: FakeStation, **params: float) -> FeedPage:
    reply = client.get(FEED, params=params, headers=station.headers)
    assert reply.status_code == 200, reply.text
    return FeedPage.model_validate(reply.json())


def test_events_come_in_the_order_the_server_took_them(
    client: TestClient, state: ServerState, kiosk: FakeStation
) -> None:
    board = enrol(client, "Papan 1", "display")
    other = enrol(client, "Kiosk 2", "kiosk")
    ids = []
    for station in (kiosk, other, kiosk):
        event = station.event("form.submitted", {})
        push(client, station, event)
        ids.append(event["id"])
    state.sequencer.run_once()
    page = _page(client, board)
    assert [e.id for e in page.events] == ids
    assert [e.feed_seq for e in page.events] == [1, 2, 3]
    assert page.last == 3


def test_a_cursor_pages_through_the_feed_without_loss_or_repeat(
    client: TestClient, state: ServerState, kiosk: FakeStation
) -> None:
    events = [kiosk.event("form.submitted", {"n": n}) for n in range(25)]
    push(client, kiosk, *events)
    state.sequencer.run_once()
    seen: list[str] = []
    after = 0
    while True:
        page = _page(client, kiosk, after=after, limit=10)
        if not page.events:
            break
        seen += [e.id for e in page.events]
        after = page.last
    assert seen == [e["id"] for e in events]
    assert _page(client, kiosk, after=after).last == after


def test_a_long_poll_returns_within_a_second_of_an_event_arriving(
    client: TestClient, kiosk: FakeStation
) -> None:
    board = enrol(client, "Papan 1", "display")
    pushed_at: list[float] = []

    def push_later() -> None:
        time.sleep(0.3)
        push(client, kiosk, kiosk.event("form.submitted", {}))
        pushed_at.append(time.monotonic())

    pusher = threading.Thread(target=push_later)
    began = time.monotonic()
    pusher.start()
    page = _page(client, board, after=0, wait=10)
    received = time.monotonic()
    pusher.join()
    assert len(page.events) == 1
    assert received - pushed_at[0] < 1.0
    assert received - began < 5


def test_a_long_poll_with_nothing_new_returns_empty_when_its_time_is_up(
    client: TestClient, kiosk: FakeStation
) -> None:
    began = time.monotonic()
    page = _page(client, kiosk, after=0, wait=0.4)
    assert page.events == []
    assert page.last == 0
    assert 0.35 < time.monotonic() - began < 3


def test_many_long_polls_wait_at_once_without_holding_threads(
    client: TestClient, kiosk: FakeStation
) -> None:
    # More waiters than the server has handler threads: only coroutines may wait.
    results: list[int] = []
    lock = threading.Lock()

    def wait() -> None:
        page = _page(client, kiosk, after=0, wait=10)
        with lock:
            results.append(len(page.events))

    waiters = [threading.Thread(target=wait) for _ in range(80)]
    for waiter in waiters:
        waiter.start()
    time.sleep(0.5)
    push(client, kiosk, kiosk.event("form.submitted", {}))
    for waiter in waiters:
        waiter.join(timeout=15)
    assert results == [1] * 80


def test_page_size_and_wait_are_bounded(client: TestClient, kiosk: FakeStation) -> None:
    for params in ({"limit": MAX_FEED_PAGE + 1}, {"limit": 0}, {"wait": 26}, {"after": -1}):
        reply = client.get(FEED, params=params, headers=kiosk.headers)
        assert reply.status_code == 422
        assert reply.json()["field"] == next(iter(params))
