"""Where ticket numbers come from, so that none repeats in a hall on a day.

Three sources, in this order (docs/sync-protocol.md, "Ticket numbers"):

1. A station that is not enrolled with a server (the demo, a hall without one)
   counts 1, 2, 3… per service and day on its own.
2. An enrolled station takes numbers from blocks the server leased to it alone;
   the server leases numbers below `OFFLINE_BASE` only.
3. An enrolled station whose blocks ran out while the server cannot be reached
   numbers `slot × OFFLINE_BASE + k` (k = 1, 2, …): its slot (1…`MAX_SLOT`, given at
   enrolment and never given twice in a hall) makes the range its own, so two
   kiosks cut off together can never print the same number.
"""

from __future__ import annotations

OFFLINE_BASE = 1000
MAX_SLOT = 99


class NumbersExhausted(Exception):
    """A station has used every offline number of its slot for a service today."""


def offline_number(slot: int, k: int) -> int:
    """The k-th offline number (k ≥ 1) of the station with this slot."""
    if not 1 <= slot <= MAX_SLOT:
        raise ValueError(f"slot {slot} outside 1..{MAX_SLOT}")
    if not 1 <= k < OFFLINE_BASE:
        raise NumbersExhausted(f"offline number {k} of slot {slot}")
    return slot * OFFLINE_BASE + k
