"""The calling order, people ahead and the estimated wait.

Calling order: tickets are called by the time they entered the queue (FIFO).
Priority tickets (layanan prioritas) go first, but never starve the others:
after `MAX_PRIORITY_STREAK` priority calls in a row, if a regular ticket is
waiting, the oldest regular ticket is called next. So a regular ticket is
passed by at most `MAX_PRIORITY_STREAK` priority tickets between two regular
calls. See docs/queue-rules.md.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.domain.ticket import IN_QUEUE, Ticket

MAX_PRIORITY_STREAK = 2
#: How many recent service times the estimate averages.
SERVICE_SAMPLE = 20
#: Fewer samples than this and the service's nominal time is used instead.
MIN_SAMPLES = 3
#: Service times are clipped into this range (minutes) so one stuck ticket does not skew.
SERVICE_MINUTES_RANGE = (1.0, 120.0)


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """What the calling order needs to know of a waiting ticket."""

    ticket_id: str
    queued_at: datetime
    priority: bool
    number: int = 0  # breaks ties between tickets queued in the same instant


def priority_streak(recent_calls: Iterable[bool]) -> int:
    """Priority calls at the end of a call history (oldest first, True = priority)."""
    streak = 0
    for was_priority in recent_calls:
        streak = streak + 1 if was_priority else 0
    return streak


def calling_order(
    waiting: Sequence[QueueEntry], streak: int = 0, max_streak: int = MAX_PRIORITY_STREAK
) -> list[QueueEntry]:
    """All waiting tickets in the order they will be called, if nobody else arrives."""
    key = _fifo_key
    priority = sorted((e for e in waiting if e.priority), key=key)
    regular = sorted((e for e in waiting if not e.priority), key=key)
    order: list[QueueEntry] = []
    p = r = 0
    while p < len(priority) or r < len(regular):
        take_priority = p < len(priority) and (streak < max_streak or r == len(regular))
        if take_priority:
            order.append(priority[p])
            p += 1
            streak += 1
        else:
            order.append(regular[r])
            r += 1
            streak = 0
    return order


def next_to_call(
    waiting: Sequence[QueueEntry], streak: int = 0, max_streak: int = MAX_PRIORITY_STREAK
) -> QueueEntry | None:
    """The ticket to call next, or None when nobody waits."""
    order = calling_order(waiting, streak, max_streak)
    return order[0] if order else None


def people_ahead(ticket_id: str, waiting: Sequence[QueueEntry], streak: int = 0) -> int:
    """How many waiting tickets will be called before this one (0 when next)."""
    for index, entry in enumerate(calling_order(waiting, streak)):
        if entry.ticket_id == ticket_id:
            return index
    return 0


def average_service_minutes(recent_minutes: Sequence[float], nominal_minutes: int) -> float:
    """Mean of the latest service times, or the nominal time without enough history."""
    sample = list(recent_minutes)[-SERVICE_SAMPLE:]
    if len(sample) < MIN_SAMPLES:
        return float(nominal_minutes)
    low, high = SERVICE_MINUTES_RANGE
    return sum(min(max(m, low), high) for m in sample) / len(sample)


def estimated_wait_minutes(
    ahead: int, recent_minutes: Sequence[float], nominal_minutes: int, open_counters: int
) -> int:
    """Minutes until called: ceil(people ahead × average service time ÷ open counters)."""
    if ahead <= 0:
        return 0
    average = average_service_minutes(recent_minutes, nominal_minutes)
    return math.ceil(ahead * average / max(1, open_counters))


def _fifo_key(entry: QueueEntry) -> tuple[datetime, int, str]:
    return (entry.queued_at, entry.number, entry.ticket_id)


def service_minutes(tickets: Iterable[Ticket]) -> list[float]:
    """Minutes from call to finish of the finished tickets, oldest finish first."""
    spans = [
        (t.finished_at, (t.finished_at - t.called_at).total_seconds() / 60)
        for t in tickets
        if t.called_at is not None and t.finished_at is not None
    ]
    return [minutes for _, minutes in sorted(spans)]


#: A counter that called a ticket of a service this recently counts as open for it.
OPEN_COUNTER_WINDOW = timedelta(minutes=60)


@dataclass(frozen=True, slots=True)
class ServiceQueue:
    """One service's queue at a moment: who waits, in what order, and how long it takes."""

    waiting: tuple[QueueEntry, ...]
    streak: int
    recent_minutes: tuple[float, ...]
    open_counters: int
    nominal_minutes: int

    @classmethod
    def from_tickets(
        cls, tickets: Sequence[Ticket], now: datetime, nominal_minutes: int, assigned_counters: int
    ) -> ServiceQueue:
        """Build from today's tickets of one service (any order)."""
        called = sorted((t for t in tickets if t.called_at is not None), key=_called_at)
        recent = {
            t.counter_number
            for t in called
            if t.counter_number is not None and now - _called_at(t) <= OPEN_COUNTER_WINDOW
        }
        return cls(
            waiting=queue_entries(tickets),
            streak=streak_of(tickets),
            recent_minutes=tuple(service_minutes(tickets)),
            open_counters=len(recent) or max(1, assigned_counters),
            nominal_minutes=nominal_minutes,
        )

    def people_ahead(self, ticket_id: str) -> int:
        """Waiting tickets that will be called before this one."""
        return people_ahead(ticket_id, self.waiting, self.streak)

    def ahead_of(self, ticket: Ticket) -> int:
        """People ahead of a ticket, counted as if it stood in the queue already.

        A ticket still being printed is not callable yet, but its holder wants to
        know where they will stand.
        """
        entry = QueueEntry(ticket.id, ticket.queued_at, ticket.priority is not None, ticket.number)
        waiting = self.waiting if entry in self.waiting else (*self.waiting, entry)
        return people_ahead(ticket.id, waiting, self.streak)

    def wait_minutes(self, ahead: int) -> int:
        """Estimated minutes for someone with `ahead` people before them."""
        return estimated_wait_minutes(
            ahead, self.recent_minutes, self.nominal_minutes, self.open_counters
        )


def _called_at(t: Ticket) -> datetime:
    assert t.called_at is not None
    return t.called_at


def queue_entries(tickets: Iterable[Ticket]) -> tuple[QueueEntry, ...]:
    """The tickets that stand in the queue, as calling-order entries."""
    return tuple(
        QueueEntry(t.id, t.queued_at, t.priority is not None, t.number)
        for t in tickets
        if t.status in IN_QUEUE
    )


def streak_of(tickets: Iterable[Ticket]) -> int:
    """Priority calls in a row at the end of these tickets' call history."""
    called = sorted((t for t in tickets if t.called_at is not None), key=_called_at)
    return priority_streak(t.priority is not None for t in called)


def callable_by(ticket: Ticket, counter: int | None) -> bool:
    """Whether a counter may call this queued ticket: one transferred to a named counter
    waits for that counter alone."""
    return ticket.target_counter is None or ticket.target_counter == counter


def next_ticket(tickets: Sequence[Ticket], counter: int | None = None) -> Ticket | None:
    """The ticket to call next from a pool (a counter's services together), or None.

    With `counter`, tickets transferred to another counter are left for that one.
    """
    pool = [t for t in tickets if t.status not in IN_QUEUE or callable_by(t, counter)]
    entry = next_to_call(queue_entries(pool), streak_of(tickets))
    if entry is None:
        return None
    return next(t for t in tickets if t.id == entry.ticket_id)
