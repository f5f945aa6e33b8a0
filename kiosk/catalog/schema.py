"""The catalogue file's schema: every field checked, unknown fields refused (typos show)."""

from __future__ import annotations

from datetime import date, time
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Code = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9-]{0,23}$")]
Prefix = Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9]{0,2}$")]
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=600)]


class Strict(BaseModel):
    """Base: unknown keys are an error, values are not coerced across types."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class TextIn(Strict):
    """A text in Bahasa Indonesia (`id`) and English (`en`)."""

    id: Line
    en: Line


class DayHoursIn(Strict):
    """Opening hours of one weekday: open, close and the ticket cut-off."""

    open: time
    close: time
    cutoff: time | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if not self.open < self.close:
            raise ValueError("'open' must be before 'close'")
        cutoff = self.cutoff or self.close
        if not self.open < cutoff <= self.close:
            raise ValueError("'cutoff' must be after 'open' and not after 'close'")
        return self


class WeekIn(Strict):
    """Hours per weekday; a day left out is closed."""

    mon: DayHoursIn | None = None
    tue: DayHoursIn | None = None
    wed: DayHoursIn | None = None
    thu: DayHoursIn | None = None
    fri: DayHoursIn | None = None
    sat: DayHoursIn | None = None
    sun: DayHoursIn | None = None


class HallIn(Strict):
    """The hall: names, address and the default hours of its services."""

    code: Code
    name: TextIn
    short_name: TextIn
    address: Line
    hours: WeekIn


class HolidayIn(Strict):
    """A day the hall is closed."""

    date: date
    name: TextIn


class AgencyIn(Strict):
    """An agency and where it sits in the hall."""

    code: Code
    name: TextIn
    short_name: TextIn
    location: TextIn
    zone: Annotated[str, StringConstraints(min_length=1, max_length=8)]


class ServiceIn(Strict):
    """A service with its public service standard and its ticket rules."""

    code: Code
    agency: Code
    prefix: Prefix
    name: TextIn
    requirements: list[TextIn] = Field(min_length=1)
    procedure: list[TextIn] = Field(min_length=1)
    completion_time: TextIn
    fee_idr: int | None = Field(default=None, ge=0)
    fee_note: TextIn | None = None
    product: TextIn
    complaint_channel: TextIn
    nominal_minutes: int = Field(ge=1, le=240)
    daily_quota: int | None = Field(default=None, ge=1, le=10_000)
    priority_allowed: bool = True
    form: Code | None = None
    hours: WeekIn | None = None
    closed_dates: list[date] = Field(default_factory=list)
    active: bool = True

    @model_validator(mode="after")
    def _fee_known(self) -> Self:
        if self.fee_idr is None and self.fee_note is None:
            raise ValueError("give 'fee_idr' (0 = Gratis) or a 'fee_note' that explains the fee")
        return self


class CounterIn(Strict):
    """A counter (loket) and the services it serves."""

    number: int = Field(ge=1, le=999)
    agency: Code
    services: list[Code] = Field(min_length=1)
    name: TextIn | None = None


class CatalogueIn(Strict):
    """The whole catalogue file."""

    version: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    hall: HallIn
    holidays: list[HolidayIn] = Field(default_factory=list)
    agencies: list[AgencyIn] = Field(min_length=1)
    services: list[ServiceIn] = Field(min_length=1)
    counters: list[CounterIn] = Field(default_factory=list)
