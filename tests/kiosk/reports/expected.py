"""Expected report figures, worked out from the generator's plans with plain arithmetic.

Nothing here calls the report code: these are the sums a hall manager would do by hand
on the list of tickets (docs/reports.md defines each figure).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date

from kiosk.clock import WIT
from kiosk.domain.ticket import TicketStatus
from tests.kiosk.reports.month_data import Planned

S = TicketStatus


def median(values: Sequence[float]) -> float:
    """The middle value (the mean of the two middle ones for an even count)."""
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def p90(values: Sequence[float]) -> float:
    """Nearest rank: the value at place ceil(0.9 × n) in ascending order."""
    ordered = sorted(values)
    return ordered[math.ceil(0.9 * len(ordered)) - 1]


def wait_minutes(plans: Iterable[Planned]) -> list[float]:
    """Issue → call, for called tickets that were not transferred."""
    return [
        (p.called - p.issued).total_seconds() / 60
        for p in plans
        if p.called is not None and not p.transferred
    ]


def service_seconds(plans: Iterable[Planned]) -> list[float]:
    """Start (or call) → finish, for served tickets."""
    out = []
    for p in plans:
        if p.status is S.DONE:
            assert p.finished is not None and p.called is not None
            out.append((p.finished - (p.started or p.called)).total_seconds())
    return out


def counts(plans: Sequence[Planned]) -> dict[str, int]:
    """The counted figures of a set of tickets."""
    status = Counter(p.status for p in plans)
    return {
        "tickets": len(plans),
        "served": status[S.DONE],
        "no_show": status[S.NO_SHOW],
        "cancelled": status[S.CANCELLED],
        "unfinished": status[S.WAITING],
        "transferred": sum(p.transferred for p in plans),
        "print_failed": sum(p.print_failed for p in plans),
    }


def within(plans: Sequence[Planned], limit_minutes: float) -> tuple[int, int]:
    """Served tickets with a service time of at most `limit_minutes`, of all served."""
    spans = service_seconds(plans)
    return sum(1 for s in spans if s <= limit_minutes * 60), len(spans)


def cells(plans: Iterable[Planned]) -> Counter[tuple[date, int]]:
    """Tickets per (WIT day, WIT hour of issue)."""
    return Counter((p.issued.astimezone(WIT).date(), p.issued.astimezone(WIT).hour) for p in plans)
