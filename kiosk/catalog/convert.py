"""Turn a validated catalogue model into the domain's frozen dataclasses."""

from __future__ import annotations

from kiosk.catalog.schema import (
    AgencyIn,
    CatalogueIn,
    CounterIn,
    DayHoursIn,
    ServiceIn,
    TextIn,
    WeekIn,
)
from kiosk.domain.catalogue import (
    Agency,
    Catalogue,
    Counter,
    DayHours,
    Hall,
    Holiday,
    Service,
    ServiceStandard,
    Weekday,
    WeeklyHours,
)
from kiosk.domain.text import Text

_DAY_FIELDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def to_domain(model: CatalogueIn) -> Catalogue:
    """The catalogue as domain objects; services without hours take the hall's."""
    hall = model.hall
    return Catalogue(
        version=model.version,
        hall=Hall(hall.code, _text(hall.name), _text(hall.short_name), hall.address),
        agencies=tuple(_agency(a) for a in model.agencies),
        services=tuple(_service(s, hall.hours) for s in model.services),
        counters=tuple(_counter(c) for c in model.counters),
        holidays=tuple(Holiday(h.date, _text(h.name)) for h in model.holidays),
    )


def _text(t: TextIn) -> Text:
    return Text(t.id, t.en)


def _week(week: WeekIn) -> WeeklyHours:
    days: dict[Weekday, DayHours] = {}
    for number, name in enumerate(_DAY_FIELDS):
        day: DayHoursIn | None = getattr(week, name)
        if day is not None:
            days[Weekday(number)] = DayHours(day.open, day.close, day.cutoff or day.close)
    return WeeklyHours(days)


def _agency(a: AgencyIn) -> Agency:
    return Agency(a.code, _text(a.name), _text(a.short_name), _text(a.location), a.zone)


def _service(s: ServiceIn, hall_hours: WeekIn) -> Service:
    standard = ServiceStandard(
        requirements=tuple(_text(r) for r in s.requirements),
        procedure=tuple(_text(p) for p in s.procedure),
        completion_time=_text(s.completion_time),
        fee_idr=s.fee_idr,
        fee_note=_text(s.fee_note) if s.fee_note else None,
        product=_text(s.product),
        complaint_channel=_text(s.complaint_channel),
    )
    return Service(
        code=s.code,
        agency_code=s.agency,
        prefix=s.prefix,
        name=_text(s.name),
        standard=standard,
        hours=_week(s.hours or hall_hours),
        nominal_minutes=s.nominal_minutes,
        daily_quota=s.daily_quota,
        priority_allowed=s.priority_allowed,
        form=s.form,
        closed_dates=frozenset(s.closed_dates),
        active=s.active,
    )


def _counter(c: CounterIn) -> Counter:
    return Counter(c.number, c.agency, tuple(c.services), _text(c.name) if c.name else None)
