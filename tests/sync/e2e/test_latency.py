"""Guarantee 4: a counter sees a kiosk's new ticket within 2 s; a board sees a call within 1 s.

Every station runs its real background sync (pusher and long-polling puller threads).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from functools import partial

import pytest

from kiosk.station import Station
from sync.client.calls import call_ticket
from sync.client.credentials import read_token
from sync.client.worker import SyncState, SyncWorker
from tests.sync.e2e.hall import Hall


def seconds_until(check: Callable[[], bool], limit: float) -> float:
    start = time.monotonic()
    while not check():
        if time.monotonic() - start > limit:
            return float("inf")
        time.sleep(0.01)
    return time.monotonic() - start


@pytest.fixture
def running(hall: Hall) -> Iterator[Callable[[Station], SyncWorker]]:
    workers: list[SyncWorker] = []

    def start(station: Station) -> SyncWorker:
        token = read_token(station.paths.station_token)
        assert token is not None and station.config.server_url is not None
        worker = SyncWorker(station, station.config.server_url, token, feed_wait=5.0)
        worker.start()
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        worker.stop(timeout=10)


def test_tickets_and_calls_travel_fast(
    hall: Hall, running: Callable[[Station], SyncWorker]
) -> None:
    kiosk = hall.station("Kiosk 1")
    counter = hall.station("Loket 1", "counter")
    board = hall.station("Papan", "display")
    for station in (kiosk, counter, board):
        running(station)
    seconds_until(lambda: bool(kiosk.sync.status().last_success), 5)
    time.sleep(0.3)  # the pullers are waiting in their long-polls now
    for _ in range(3):
        ticket_id = kiosk.tickets.issue("KTP-EL").id
        seen = seconds_until(partial(_has, counter, ticket_id), 5)
        assert seen < 2.0
        called = call_ticket(counter, hall.api(counter), 1, ["KTP-EL"], ticket_id)
        assert called.ticket is not None
        shown = seconds_until(partial(_called, board, ticket_id), 5)
        assert shown < 1.0


def test_the_listener_hears_offline_and_back(
    hall: Hall, running: Callable[[Station], SyncWorker]
) -> None:
    kiosk = hall.station("Kiosk 1")
    heard: list[SyncState] = []
    token = read_token(kiosk.paths.station_token)
    assert token is not None
    worker = SyncWorker(kiosk, hall.server.url, token, heard.append, feed_wait=1.0)
    worker.start()
    try:
        assert seconds_until(lambda: any(s.online for s in heard), 5) < 5
        hall.server.kill()
        kiosk.tickets.issue("KTP-EL")
        offline = seconds_until(lambda: not heard[-1].online and heard[-1].backlog == 1, 10)
        assert offline < 10
        assert heard[-1].problem is not None and "127.0.0.1" in heard[-1].problem.en
        hall.server.start()
        assert seconds_until(lambda: heard[-1].online and heard[-1].backlog == 0, 20) < 20
    finally:
        worker.stop(timeout=10)


def _has(station: Station, ticket_id: str) -> bool:
    return any(t.id == ticket_id for t in station.tickets.today())


def _called(station: Station, ticket_id: str) -> bool:
    return any(t.id == ticket_id and t.status == "called" for t in station.tickets.today())


def test_a_stopping_server_answers_its_long_polls_at_once(hall: Hall) -> None:
    board = hall.station("Papan", "display")
    api = hall.api(board)
    cursor = api.feed(0, 1000).last
    answers: list[object] = []
    poll = threading.Thread(target=lambda: answers.append(api.feed(cursor, 10, wait=25)))
    poll.start()
    time.sleep(0.5)  # the request is waiting in the server now
    began = time.monotonic()
    hall.server.stop()  # SIGTERM, as systemd stops it
    poll.join(10)
    assert time.monotonic() - began < 3
    assert len(answers) == 1 and answers[0].events == []  # type: ignore[attr-defined]
    hall.server.start()


def test_an_unexpected_fault_does_not_end_the_sync(hall: Hall) -> None:
    kiosk = hall.station("Kiosk 1")
    kiosk.tickets.issue("KTP-EL")
    heard: list[SyncState] = []
    faults = iter([OSError("disk trouble")])
    outgoing = kiosk.sync.outgoing

    def flaky(limit: int) -> list:  # type: ignore[type-arg]
        fault = next(faults, None)
        if fault is not None:
            raise fault
        return outgoing(limit)

    kiosk.sync.outgoing = flaky  # type: ignore[method-assign]
    token = read_token(kiosk.paths.station_token)
    assert token is not None
    worker = SyncWorker(kiosk, hall.server.url, token, heard.append, feed_wait=1.0)
    worker.start()
    try:
        assert seconds_until(lambda: any(s.problem is not None for s in heard), 5) < 5
        assert "unexpected" in next(s for s in heard if s.problem).problem.en  # type: ignore[union-attr]
        assert seconds_until(lambda: heard[-1].online and heard[-1].backlog == 0, 10) < 10
    finally:
        worker.stop(timeout=10)
