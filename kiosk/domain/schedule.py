"""Whether a service can issue a ticket now, and if not, why and until when.

Every role asks this one function, so the kiosk, the counter, the CLI and the
server give the same answer. Rules, in the order they are checked:
inactive service; hall holiday; service closed that date or weekday; before
opening; after the cut-off (batas pengambilan); daily quota reached.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from kiosk.clock import local, wit_at
from kiosk.domain.catalogue import Catalogue, DayHours, Service
from kiosk.domain.text import Text
from kiosk.domain.timefmt import clock_time, moment, weekday_name

#: How far ahead to look for the next opening (a long closure is still found).
LOOKAHEAD_DAYS = 60


class ClosedReason(StrEnum):
    """Why a service cannot issue a ticket right now."""

    INACTIVE = "inactive"
    HOLIDAY = "holiday"
    CLOSED_TODAY = "closed_today"
    NOT_YET_OPEN = "not_yet_open"
    CUTOFF_PASSED = "cutoff_passed"
    QUOTA_REACHED = "quota_reached"


@dataclass(frozen=True, slots=True)
class Availability:
    """The answer to "can this service issue now?"."""

    can_issue: bool
    reason: ClosedReason | None
    message: Text
    next_open: datetime | None
    remaining_quota: int | None


def availability(
    service: Service,
    catalogue: Catalogue,
    now: datetime,
    issued_today: int,
    *,
    always_open: bool = False,
) -> Availability:
    """Decide whether `service` may issue a ticket at `now`.

    `issued_today` counts today's tickets of the service that still hold a
    place (cancelled ones give theirs back). `always_open` is the demo mode:
    hours and holidays are ignored, the quota still holds.
    """
    remaining = None if service.daily_quota is None else max(0, service.daily_quota - issued_today)
    closed = _closed_by_schedule(service, catalogue, now, always_open)
    if closed is None and remaining == 0:
        closed = ClosedReason.QUOTA_REACHED
    if closed is None:
        return Availability(True, None, Text("Layanan buka", "Service open"), None, remaining)
    today = local(now).date()
    next_open = _next_opening(service, catalogue, now, closed, always_open)
    message = _message(service, catalogue, closed, today, next_open)
    return Availability(False, closed, message, next_open, remaining)


def hours_on(service: Service, catalogue: Catalogue, day: date) -> DayHours | None:
    """The service's hours on a calendar day, or None when it is closed that day."""
    if catalogue.holiday_on(day) or day in service.closed_dates:
        return None
    return service.hours.on(day.weekday())


def _closed_by_schedule(
    service: Service, catalogue: Catalogue, now: datetime, always_open: bool
) -> ClosedReason | None:
    if not service.active:
        return ClosedReason.INACTIVE
    if always_open:
        return None
    wall = local(now)
    today = wall.date()
    if catalogue.holiday_on(today):
        return ClosedReason.HOLIDAY
    hours = hours_on(service, catalogue, today)
    if hours is None:
        return ClosedReason.CLOSED_TODAY
    if wall.time() < hours.opens:
        return ClosedReason.NOT_YET_OPEN
    if wall.time() >= hours.cutoff:
        return ClosedReason.CUTOFF_PASSED
    return None


def _next_opening(
    service: Service,
    catalogue: Catalogue,
    now: datetime,
    reason: ClosedReason,
    always_open: bool,
) -> datetime | None:
    today = local(now).date()
    if reason is ClosedReason.INACTIVE:
        return None
    if reason is ClosedReason.NOT_YET_OPEN:
        hours = hours_on(service, catalogue, today)
        assert hours is not None  # NOT_YET_OPEN is only given on an opening day
        return wit_at(today, hours.opens.hour, hours.opens.minute)
    for ahead in range(1, LOOKAHEAD_DAYS + 1):
        day = today + timedelta(days=ahead)
        if always_open:
            return wit_at(day, 0)
        hours = hours_on(service, catalogue, day)
        if hours is not None:
            return wit_at(day, hours.opens.hour, hours.opens.minute)
    return None


def _message(
    service: Service,
    catalogue: Catalogue,
    reason: ClosedReason,
    today: date,
    next_open: datetime | None,
) -> Text:
    why = _why(service, catalogue, reason, today)
    if next_open is None:
        return Text(
            f"{why.id} Silakan tanyakan ke petugas informasi.",
            f"{why.en} Please ask at the information desk.",
        )
    when = moment(next_open, today)
    return Text(
        f"{why.id} Nomor antrian dapat diambil lagi {when.id}.",
        f"{why.en} Tickets are available again {when.en}.",
    )


def _why(service: Service, catalogue: Catalogue, reason: ClosedReason, today: date) -> Text:
    hours = hours_on(service, catalogue, today)
    if reason is ClosedReason.INACTIVE:
        return Text("Layanan ini sedang tidak tersedia.", "This service is currently unavailable.")
    if reason is ClosedReason.HOLIDAY:
        holiday = catalogue.holiday_on(today)
        name = holiday.name if holiday else Text("hari libur", "a holiday")
        return Text(f"Hari ini libur: {name.id}.", f"Today is a holiday: {name.en}.")
    if reason is ClosedReason.CLOSED_TODAY:
        if today in service.closed_dates:
            return Text("Layanan ini tutup hari ini.", "This service is closed today.")
        day = weekday_name(today.weekday())
        return Text(
            f"Layanan ini tidak buka hari {day.id}.", f"This service is closed on {day.en}s."
        )
    if reason is ClosedReason.NOT_YET_OPEN:
        return Text("Layanan ini belum buka.", "This service is not open yet.")
    if reason is ClosedReason.CUTOFF_PASSED and hours is not None:
        cut = clock_time(wit_at(today, hours.cutoff.hour, hours.cutoff.minute))
        return Text(
            f"Pengambilan nomor hari ini sudah ditutup pukul {cut.id}.",
            f"Ticket issuing closed today at {cut.en}.",
        )
    quota = service.daily_quota
    return Text(
        f"Kuota hari ini ({quota} nomor) sudah habis.",
        f"Today's quota ({quota} tickets) has been reached.",
    )
