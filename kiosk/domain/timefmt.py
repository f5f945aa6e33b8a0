"""Dates and times as the hall writes them, in Indonesian and English (always WIT)."""

from __future__ import annotations

from datetime import date, datetime

from kiosk.clock import local
from kiosk.domain.catalogue import DayHours, WeeklyHours
from kiosk.domain.text import Text

_DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def weekday_name(weekday: int) -> Text:
    """Name of a `date.weekday()` number."""
    return Text(_DAYS_ID[weekday], _DAYS_EN[weekday])


def long_date(day: date) -> Text:
    """ "Senin, 23 November 2026" / "Monday 23 November 2026"."""
    wd = day.weekday()
    return Text(
        f"{_DAYS_ID[wd]}, {day.day} {_MONTHS_ID[day.month - 1]} {day.year}",
        f"{_DAYS_EN[wd]} {day.day} {_MONTHS_EN[day.month - 1]} {day.year}",
    )


def clock_time(when: datetime) -> Text:
    """Wall-clock time in WIT: Indonesian writes "08.00", English "08:00"."""
    t = local(when)
    return Text(f"{t:%H.%M} WIT", f"{t:%H:%M} WIT")


def moment(when: datetime, today: date) -> Text:
    """A future moment relative to today: "besok pukul 08.00 WIT", "Senin, … pukul …"."""
    day = local(when).date()
    hour = clock_time(when)
    if day == today:
        return Text(f"hari ini pukul {hour.id}", f"today at {hour.en}")
    if (day - today).days == 1:
        return Text(f"besok pukul {hour.id}", f"tomorrow at {hour.en}")
    on = long_date(day)
    return Text(f"{on.id} pukul {hour.id}", f"{on.en} at {hour.en}")


_SHORT_ID = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")
_SHORT_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def week_summary(hours: WeeklyHours) -> Text:
    """ "Sen–Kam 08.00–15.00 (batas 14.00); Jum 08.00–11.30 (batas 11.00)"."""
    groups: list[tuple[int, int, DayHours]] = []
    for day in range(7):
        today = hours.on(day)
        if today is None:
            continue
        if groups and groups[-1][2] == today and groups[-1][1] == day - 1:
            groups[-1] = (groups[-1][0], day, today)
        else:
            groups.append((day, day, today))
    if not groups:
        return Text("Tutup", "Closed")
    parts = [_group(first, last, h) for first, last, h in groups]
    return Text("; ".join(p.id for p in parts), "; ".join(p.en for p in parts))


def _group(first: int, last: int, h: DayHours) -> Text:
    days_id = _SHORT_ID[first] + (f"–{_SHORT_ID[last]}" if last != first else "")
    days_en = _SHORT_EN[first] + (f"–{_SHORT_EN[last]}" if last != first else "")
    span_id = f"{h.opens:%H.%M}–{h.closes:%H.%M}"
    span_en = f"{h.opens:%H:%M}–{h.closes:%H:%M}"
    if h.cutoff != h.closes:
        span_id += f" (batas {h.cutoff:%H.%M})"
        span_en += f" (tickets until {h.cutoff:%H:%M})"
    return Text(f"{days_id} {span_id}", f"{days_en} {span_en}")
