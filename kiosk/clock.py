"""Time for the whole program: a Clock protocol, the system clock and a fake for tests.

Every time handled by the domain is timezone-aware. The hall runs on WIT
(Asia/Jayapura, UTC+9); UTC is what gets stored and synced.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

WIT = ZoneInfo("Asia/Jayapura")


class Clock(Protocol):
    """Something that tells the current time."""

    def now(self) -> datetime:
        """Current time, timezone-aware (UTC)."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock that only moves when told to; for tests and demos."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start time")
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> None:
        """Move the clock forward (or back, with a negative delta)."""
        self._now += delta

    def set(self, when: datetime) -> None:
        """Jump to an aware point in time."""
        if when.tzinfo is None:
            raise ValueError("FakeClock.set needs a timezone-aware time")
        self._now = when.astimezone(UTC)


def local(when: datetime) -> datetime:
    """The same instant on the hall's wall clock (WIT)."""
    return when.astimezone(WIT)


def service_day(when: datetime) -> date:
    """The hall's calendar day for an instant: queue numbers reset at WIT midnight."""
    return local(when).date()


def wit_at(day: date, hour: int, minute: int = 0) -> datetime:
    """An aware WIT datetime for a wall-clock time on a given day."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=WIT)
