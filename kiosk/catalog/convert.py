"""Turn validated catalogue data (plain JSON-ready dicts) into the domain's frozen dataclasses.

It takes the data as `CatalogueIn.model_dump(mode="json")` gives it, which is also
what the store and the start-up snapshot keep, so a start can rebuild the
catalogue without loading pydantic; the data was validated before it was kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time
from typing import Any

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
from kiosk.domain.forms import Condition, FieldDef, FieldType, FormDef, Option
from kiosk.domain.text import Text

Data = Mapping[str, Any]
_DAY_FIELDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def to_domain(data: Data) -> Catalogue:
    """The catalogue as domain objects; services without hours take the hall's."""
    hall = data["hall"]
    return Catalogue(
        version=data["version"],
        hall=Hall(hall["code"], _text(hall["name"]), _text(hall["short_name"]), hall["address"]),
        agencies=tuple(_agency(a) for a in data["agencies"]),
        services=tuple(_service(s, hall["hours"]) for s in data["services"]),
        counters=tuple(_counter(c) for c in data.get("counters", ())),
        holidays=tuple(
            Holiday(date.fromisoformat(h["date"]), _text(h["name"]))
            for h in data.get("holidays", ())
        ),
        forms=tuple(_form(f) for f in data.get("forms", ())),
    )


def _text(t: Data) -> Text:
    return Text(t["id"], t["en"])


def _week(week: Data) -> WeeklyHours:
    days: dict[Weekday, DayHours] = {}
    for number, name in enumerate(_DAY_FIELDS):
        day = week.get(name)
        if day is not None:
            opens, closes = time.fromisoformat(day["open"]), time.fromisoformat(day["close"])
            cutoff = time.fromisoformat(day["cutoff"]) if day.get("cutoff") else closes
            days[Weekday(number)] = DayHours(opens, closes, cutoff)
    return WeeklyHours(days)


def _agency(a: Data) -> Agency:
    return Agency(
        a["code"], _text(a["name"]), _text(a["short_name"]), _text(a["location"]), a["zone"]
    )


def _service(s: Data, hall_hours: Data) -> Service:
    standard = ServiceStandard(
        requirements=tuple(_text(r) for r in s["requirements"]),
        procedure=tuple(_text(p) for p in s["procedure"]),
        completion_time=_text(s["completion_time"]),
        fee_idr=s.get("fee_idr"),
        fee_note=_text(s["fee_note"]) if s.get("fee_note") else None,
        product=_text(s["product"]),
        complaint_channel=_text(s["complaint_channel"]),
    )
    return Service(
        code=s["code"],
        agency_code=s["agency"],
        prefix=s["prefix"],
        name=_text(s["name"]),
        standard=standard,
        hours=_week(s.get("hours") or hall_hours),
        nominal_minutes=s["nominal_minutes"],
        daily_quota=s.get("daily_quota"),
        priority_allowed=s.get("priority_allowed", True),
        form=s.get("form"),
        closed_dates=frozenset(date.fromisoformat(d) for d in s.get("closed_dates", ())),
        active=s.get("active", True),
    )


def _counter(c: Data) -> Counter:
    name = _text(c["name"]) if c.get("name") else None
    return Counter(c["number"], c["agency"], tuple(c["services"]), name)


def _form(f: Data) -> FormDef:
    return FormDef(
        id=f["id"],
        title=_text(f["title"]),
        purpose=_text(f["purpose"]),
        fields=tuple(_field(field, n) for n, field in enumerate(f["fields"], 1)),
        retention_days=f.get("retention_days"),
    )


def _field(f: Data, position: int) -> FieldDef:
    condition = f.get("visible_when")
    return FieldDef(
        id=f["id"],
        type=FieldType(f["type"]),
        label=_text(f["label"]),
        help=_text(f["help"]) if f.get("help") else None,
        required=f.get("required", True),
        personal=f.get("personal", False),
        on_receipt=f.get("on_receipt", False),
        step=f.get("step") or position,  # without steps, one field a page
        min_length=f.get("min_length"),
        max_length=f.get("max_length"),
        min=f.get("min"),
        max=f.get("max"),
        pattern=f.get("pattern"),
        pattern_hint=_text(f["pattern_hint"]) if f.get("pattern_hint") else None,
        options=tuple(Option(o["value"], _text(o["label"])) for o in f.get("options", ())),
        default=f.get("default"),
        allow_future=f.get("allow_future", False),
        uppercase=f.get("uppercase", False),
        visible_when=(
            Condition(condition["field"], frozenset(condition["equals"])) if condition else None
        ),
    )
