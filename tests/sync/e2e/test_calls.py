"""Guarantee 3: two counters calling at the same moment never get the same citizen."""

from __future__ import annotations

import threading

import pytest

from sync.client.calls import CallOutcome, CallUnanswered, call_ticket
from tests.sync.e2e.hall import Hall
from tests.sync.e2e.proxy import FlakyProxy


def race(hall: Hall, counters: list, ticket_id: str | None) -> list[CallOutcome]:  # type: ignore[type-arg]
    """Both counters call at once (a barrier releases them together)."""
    apis = [hall.api(c) for c in counters]
    start = threading.Barrier(len(counters))
    outcomes: list[CallOutcome | None] = [None] * len(counters)

    def call(i: int) -> None:
        start.wait()
        outcomes[i] = call_ticket(counters[i], apis[i], i + 1, ["KTP-EL"], ticket_id)

    threads = [threading.Thread(target=call, args=(i,)) for i in range(len(counters))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return [o for o in outcomes if o is not None]


def test_the_same_ticket_called_by_two_counters_goes_to_one(hall: Hall) -> None:
    kiosk = hall.station("Kiosk 1")
    counters = [hall.station("Loket 1", "counter"), hall.station("Loket 2", "counter")]
    tickets = [kiosk.tickets.issue("KTP-EL") for _ in range(8)]
    hall.runner(kiosk).run_once()
    for counter in counters:
        hall.runner(counter).run_once()
    for ticket in tickets[:4]:
        outcomes = race(hall, counters, ticket.id)
        winners = [o for o in outcomes if o.ticket is not None and o.ticket.id == ticket.id]
        assert len(winners) == 1
        loser = next(o for o in outcomes if o is not winners[0])
        assert loser.lost is not None
        assert loser.lost.ticket_id == ticket.id
        assert loser.lost.counter == winners[0].ticket.counter_number  # type: ignore[union-attr]
        assert not loser.offline and not winners[0].offline
        # The loser was given the next citizen instead, never the same one.
        if loser.ticket is not None:
            assert loser.ticket.id != ticket.id


def test_call_next_at_once_never_hands_out_a_ticket_twice(hall: Hall) -> None:
    kiosk = hall.station("Kiosk 1")
    counters = [hall.station(f"Loket {i}", "counter") for i in (1, 2, 3)]
    for _ in range(7):
        kiosk.tickets.issue("KTP-EL")
    hall.runner(kiosk).run_once()
    called: list[str] = []
    for _ in range(3):
        outcomes = race(hall, counters, None)
        called += [o.ticket.id for o in outcomes if o.ticket is not None]
    assert len(called) == 7 == len(set(called))
    # The counters' own stores agree with the server: each holds its own calls as called.
    hall.runner(kiosk).run_once()
    states = {t.id: t.status for t in kiosk.tickets.today()}
    assert all(states[i] == "called" for i in called)


def test_offline_a_counter_calls_only_its_own_or_a_scanned_ticket(hall: Hall) -> None:
    kiosk = hall.station("Kiosk 1")
    counter = hall.station("Loket 1", "counter")
    shared = kiosk.tickets.issue("KTP-EL")
    hall.runner(kiosk).run_once()
    hall.runner(counter).run_once()
    walk_in = counter.tickets.issue("KTP-EL")
    hall.server.kill()
    first = call_ticket(counter, hall.api(counter), 1, ["KTP-EL"])
    assert first.offline and first.ticket is not None and first.ticket.id == walk_in.id
    nobody = call_ticket(counter, hall.api(counter), 1, ["KTP-EL"])
    assert nobody.offline and nobody.ticket is None  # the kiosk's ticket is not ours to call
    scanned = call_ticket(counter, hall.api(counter), 1, ["KTP-EL"], shared.id)
    assert scanned.offline and scanned.ticket is not None and scanned.ticket.id == shared.id


def test_a_lost_call_answer_is_asked_again_never_calling_a_second_citizen(hall: Hall) -> None:
    kiosk = hall.station("Kiosk 1")
    with FlakyProxy(hall.server.port) as line:
        counter = hall.station("Loket 1", "counter", url=line.url)
        shared = kiosk.tickets.issue("KTP-EL")
        hall.runner(kiosk).run_once()
        hall.runner(counter, line.url).run_once()
        # The counter's own walk-in: a counter deciding alone would call it.
        walk_in = counter.tickets.issue("KTP-EL")
        hall.runner(counter, line.url).push()
        line.drop_next_reply()
        outcome = call_ticket(counter, hall.api(counter, line.url), 1, ["KTP-EL"])
        assert line.dropped == 1
        assert not outcome.offline
        assert outcome.ticket is not None and outcome.ticket.id == shared.id
        assert counter.tickets.get(walk_in.id).status == "waiting"
        # Twice lost: the counter is told, and calls nobody on its own.
        line.drop_next_reply(2)
        with pytest.raises(CallUnanswered) as unanswered:
            call_ticket(counter, hall.api(counter, line.url), 1, ["KTP-EL"])
        assert counter.tickets.get(walk_in.id).status == "waiting"
        again = call_ticket(
            counter,
            hall.api(counter, line.url),
            1,
            ["KTP-EL"],
            request_id=unanswered.value.request_id,
        )
        assert again.ticket is not None and again.ticket.id == walk_in.id  # what the server did
