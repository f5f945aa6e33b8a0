"""Calling order (FIFO, priority first, never starving), people ahead and the wait estimate."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kiosk.clock import WIT
from kiosk.domain.queue import (
    MAX_PRIORITY_STREAK,
    QueueEntry,
    ServiceQueue,
    calling_order,
    estimated_wait_minutes,
    people_ahead,
    priority_streak,
)
from kiosk.domain.ticket import PriorityClass, Ticket, TicketStatus

T0 = datetime(2026, 11, 23, 8, 0, tzinfo=WIT)


def entries(pattern: str) -> list[QueueEntry]:
    """'RPR' → regular at 8:00, priority at 8:01, regular at 8:02 (ids are r0, p1, r2)."""
    return [
        QueueEntry(f"{kind.lower()}{i}", T0 + timedelta(minutes=i), kind == "P")
        for i, kind in enumerate(pattern)
    ]


def ids(order: list[QueueEntry]) -> list[str]:
    return [e.ticket_id for e in order]


def test_regular_tickets_are_called_first_come_first_served() -> None:
    waiting = entries("RRR")
    assert ids(calling_order(list(reversed(waiting)))) == ["r0", "r1", "r2"]


def test_priority_goes_first_but_at_most_two_in_a_row() -> None:
    waiting = entries("RRPPPPP")
    assert ids(calling_order(waiting)) == ["p2", "p3", "r0", "p4", "p5", "r1", "p6"]


def test_a_streak_already_made_counts() -> None:
    waiting = entries("RP")
    assert ids(calling_order(waiting, streak=2)) == ["r0", "p1"]
    assert ids(calling_order(waiting, streak=1)) == ["p1", "r0"]


def test_streak_is_read_from_the_end_of_the_call_history() -> None:
    assert priority_streak([True, False, True, True]) == 2
    assert priority_streak([True, True, False]) == 0
    assert priority_streak([]) == 0


def test_people_ahead_follows_the_calling_order() -> None:
    waiting = entries("RRP")
    assert people_ahead("p2", waiting) == 0
    assert people_ahead("r0", waiting) == 1
    assert people_ahead("r1", waiting) == 2


def test_wait_uses_nominal_time_without_history() -> None:
    assert estimated_wait_minutes(4, [], nominal_minutes=10, open_counters=2) == 20
    assert estimated_wait_minutes(0, [], nominal_minutes=10, open_counters=2) == 0


def test_wait_uses_recent_service_times_and_rounds_up() -> None:
    assert estimated_wait_minutes(3, [4, 5, 6], nominal_minutes=30, open_counters=2) == 8


def test_wait_clips_a_stuck_ticket() -> None:
    assert estimated_wait_minutes(1, [5, 5, 5, 600], nominal_minutes=10, open_counters=1) == 34


def ticket(
    n: int,
    status: TicketStatus,
    *,
    called: int | None = None,
    done: int | None = None,
    counter: int | None = None,
    priority: bool = False,
) -> Ticket:
    return Ticket(
        id=f"t{n}", service_code="KTP-EL", service_day=T0.date(), prefix="A", number=n,
        status=status, priority=PriorityClass.LANSIA if priority else None,
        issued_at=T0 + timedelta(minutes=n), queued_at=T0 + timedelta(minutes=n),
        station_id="s", called_at=T0 + timedelta(minutes=called) if called is not None else None,
        finished_at=T0 + timedelta(minutes=done) if done is not None else None,
        counter_number=counter,
    )  # fmt: skip


def test_service_queue_counts_counters_seen_in_the_last_hour() -> None:
    now = T0 + timedelta(minutes=120)
    tickets = [
        ticket(1, TicketStatus.DONE, called=10, done=20, counter=1),  # too long ago
        ticket(2, TicketStatus.DONE, called=70, done=80, counter=2),
        ticket(3, TicketStatus.CALLED, called=110, counter=3),
        ticket(4, TicketStatus.WAITING),
        ticket(5, TicketStatus.WAITING, priority=True),
    ]
    queue = ServiceQueue.from_tickets(tickets, now, nominal_minutes=10, assigned_counters=5)
    assert queue.open_counters == 2
    assert queue.people_ahead("t5") == 0
    assert queue.people_ahead("t4") == 1
    assert queue.recent_minutes == (10.0, 10.0)
    assert queue.wait_minutes(1) == 5  # nominal 10 min (2 samples < 3) over 2 counters


def test_without_recent_calls_the_assigned_counters_count() -> None:
    queue = ServiceQueue.from_tickets([ticket(1, TicketStatus.WAITING)], T0, 10, 3)
    assert queue.open_counters == 3


arrivals = st.lists(st.booleans(), min_size=0, max_size=40)


@given(arrivals, st.integers(min_value=0, max_value=5), st.integers(min_value=1, max_value=4))
def test_order_is_fair_for_any_arrivals(kinds: list[bool], streak: int, max_streak: int) -> None:
    waiting = entries("".join("P" if k else "R" for k in kinds))
    order = calling_order(waiting, streak, max_streak)
    assert sorted(ids(order)) == sorted(ids(waiting))
    for flag in (True, False):
        same = [e.queued_at for e in order if e.priority is flag]
        assert same == sorted(same), "first come, first served within a class"
    run = streak
    regular_left = sum(1 for e in waiting if not e.priority)
    for entry in order:
        if entry.priority:
            run += 1
            assert run <= max_streak or regular_left == 0, "a regular ticket was starved"
        else:
            run = 0
            regular_left -= 1


def test_default_streak_is_documented_value() -> None:
    assert MAX_PRIORITY_STREAK == 2
