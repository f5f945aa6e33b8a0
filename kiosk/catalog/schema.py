"""The catalogue file's schema: every field checked, unknown fields refused (typos show)."""

from __future__ import annotations

import re
from datetime import date, time
from typing import Annotated, Literal, Self

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


FieldType = Literal[
    "text",
    "long_text",
    "nik",
    "kk",
    "phone",
    "email",
    "postal_code",
    "date",
    "number",
    "choice",
    "multi_choice",
    "yes_no",
]
FieldId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]


class OptionIn(Strict):
    """One answer of a choice field."""

    value: FieldId
    label: TextIn


class ConditionIn(Strict):
    """Show a field only when an earlier field has one of these values."""

    field: FieldId
    equals: list[str] = Field(min_length=1)


class FieldIn(Strict):
    """One question of a form."""

    id: FieldId
    type: FieldType
    label: TextIn
    help: TextIn | None = None
    required: bool = True
    personal: bool = False
    on_receipt: bool = False
    step: int | None = Field(default=None, ge=1, le=50)
    min_length: int | None = Field(default=None, ge=0, le=2000)
    max_length: int | None = Field(default=None, ge=1, le=2000)
    min: float | None = None
    max: float | None = None
    pattern: str | None = None
    pattern_hint: TextIn | None = None
    options: list[OptionIn] = Field(default_factory=list)
    default: str | None = None
    allow_future: bool = False
    uppercase: bool = False
    visible_when: ConditionIn | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.type in ("choice", "multi_choice") and len(self.options) < 2:
            raise ValueError("a choice field needs at least two 'options'")
        if self.options and self.type not in ("choice", "multi_choice"):
            raise ValueError("'options' belong to choice fields only")
        values = [o.value for o in self.options]
        if len(values) != len(set(values)):
            raise ValueError("option values must be unique")
        if self.min_length and self.max_length and self.min_length > self.max_length:
            raise ValueError("'min_length' is larger than 'max_length'")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("'min' is larger than 'max'")
        if self.pattern is not None:
            try:
                re.compile(self.pattern)
            except re.error as exc:
                raise ValueError(f"'pattern' is not a valid regular expression: {exc}") from exc
        return self


class FormIn(Strict):
    """A service's form: its questions, and why the data is asked."""

    id: Code
    title: TextIn
    purpose: TextIn
    retention_days: int | None = Field(default=None, ge=1, le=3650)
    fields: list[FieldIn] = Field(min_length=1)


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
    forms: list[FormIn] = Field(default_factory=list)
