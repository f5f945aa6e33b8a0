"""Report periods: a hall day, an ISO week (Monday–Sunday) or a calendar month, in WIT."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from kiosk.clock import WIT
from kiosk.domain.text import Text
from kiosk.domain.timefmt import long_date

_MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


class PeriodKind(StrEnum):
    """How long a report looks back."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True, slots=True)
class Period:
    """The hall days `first` … `last` (both included)."""

    kind: PeriodKind
    first: date
    last: date

    @classmethod
    def containing(cls, kind: PeriodKind, day: date) -> Period:
        """The day, the ISO week (from Monday) or the calendar month that holds `day`."""
        if kind is PeriodKind.DAY:
            return cls(kind, day, day)
        if kind is PeriodKind.WEEK:
            monday = day - timedelta(days=day.weekday())
            return cls(kind, monday, monday + timedelta(days=6))
        length = calendar.monthrange(day.year, day.month)[1]
        return cls(kind, day.replace(day=1), day.replace(day=length))

    def days(self) -> list[date]:
        """Every day of the period, in order."""
        return [self.first + timedelta(days=i) for i in range((self.last - self.first).days + 1)]

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last

    @property
    def start(self) -> datetime:
        """The first instant of the period (WIT midnight), in UTC."""
        return _wit_midnight(self.first)

    @property
    def end(self) -> datetime:
        """The first instant after the period, in UTC."""
        return _wit_midnight(self.last + timedelta(days=1))

    @property
    def slug(self) -> str:
        """A name for files: `2026-11-23`, `2026-W48`, `2026-11`."""
        if self.kind is PeriodKind.DAY:
            return self.first.isoformat()
        if self.kind is PeriodKind.WEEK:
            year, week, _ = self.first.isocalendar()
            return f"{year}-W{week:02d}"
        return f"{self.first:%Y-%m}"

    @property
    def label(self) -> Text:
        """The period as a report's title says it."""
        if self.kind is PeriodKind.DAY:
            return long_date(self.first)
        if self.kind is PeriodKind.MONTH:
            month = self.first.month - 1
            return Text(
                f"Bulan {_MONTHS_ID[month]} {self.first.year}",
                f"{_MONTHS_EN[month]} {self.first.year}",
            )
        year, week, _ = self.first.isocalendar()
        span = _span(self.first, self.last)
        return Text(f"Minggu ke-{week} {year} ({span.id})", f"Week {week} of {year} ({span.en})")

    @property
    def span(self) -> Text:
        """First and last day: "1–30 November 2026"."""
        return _span(self.first, self.last)


def _span(first: date, last: date) -> Text:
    if first == last:
        return Text(f"{first.day} {_MONTHS_ID[first.month - 1]} {first.year}", _en(first))
    if (first.year, first.month) == (last.year, last.month):
        return Text(
            f"{first.day}–{last.day} {_MONTHS_ID[last.month - 1]} {last.year}",
            f"{first.day}–{last.day} {_MONTHS_EN[last.month - 1]} {last.year}",
        )
    return Text(
        f"{first.day} {_MONTHS_ID[first.month - 1]} {first.year} – "
        f"{last.day} {_MONTHS_ID[last.month - 1]} {last.year}",
        f"{_en(first)} – {_en(last)}",
    )


def _en(day: date) -> str:
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def _wit_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=WIT).astimezone(UTC)
