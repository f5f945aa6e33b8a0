"""Deciding what a station's `ticket.*` event does to the server's ticket.

The server's order is the order of truth: events are applied as they arrive,
except where applying one would undo what another station did first.
- A call (or recall) of a ticket that another counter holds (called, serving or
  done) loses: a double call. The ticket stays with the first counter.
- An event that would take a ticket back before the queue (`issued`,
  `print_failed`, and a kiosk's `waiting`/`cancelled` once a counter has had the
  ticket) is stale: a counter scanned the ticket's QR before the kiosk synced, and
  the kiosk's older news must not put the ticket back in the queue. (Kiosks only
  ever issue, keep or cancel a ticket; a counter's `waiting` is a give-back or a
  restore, and applies.)
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sync.protocol import TicketState
from sync.server.tickets import HELD, PRE_QUEUE

CALL_EVENTS = frozenset({"ticket.called", "ticket.recalled"})
#: What a kiosk says of a ticket as it enters the queue (or does not).
_KIOSK_STATUSES = frozenset({"waiting", "cancelled"})
_WITH_A_COUNTER = frozenset({"called", "serving", "held", "done", "no_show", "transferred"})


class Verdict(StrEnum):
    """What becomes of one ticket event."""

    APPLY = "apply"
    STALE = "stale"  # stored, not applied, not in the feed
    DOUBLE_CALL = "double_call"  # stored as a conflict; the loser is told through the feed


@dataclass(frozen=True, slots=True)
class Current:
    """What the server knows of the ticket now."""

    status: str
    counter: int | None


def judge(
    event_type: str, incoming: TicketState, current: Current | None, from_kiosk: bool
) -> Verdict:
    """The verdict on a `ticket.*` event carrying `incoming` (pushed by a kiosk or not)."""
    if current is None:
        return Verdict.APPLY
    if event_type in CALL_EVENTS:
        if current.status in HELD and current.counter != incoming.counter:
            return Verdict.DOUBLE_CALL
        if current.status in HELD - {"called", "held"}:
            return Verdict.STALE  # the same counter has moved on already
        return Verdict.APPLY
    if incoming.status in PRE_QUEUE and current.status not in PRE_QUEUE:
        return Verdict.STALE
    if from_kiosk and incoming.status in _KIOSK_STATUSES and current.status in _WITH_A_COUNTER:
        return Verdict.STALE
    return Verdict.APPLY
