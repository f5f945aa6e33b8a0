"""The hall's catalogue: agencies, their services with the public service standard, counters."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from enum import IntEnum

from kiosk.domain.forms import FormDef
from kiosk.domain.text import Text


class Weekday(IntEnum):
    """Days as `date.weekday()` numbers them (Monday = 0)."""

    MON = 0
    TUE = 1
    WED = 2
    THU = 3
    FRI = 4
    SAT = 5
    SUN = 6


@dataclass(frozen=True, slots=True)
class DayHours:
    """Opening hours for one weekday.

    Tickets are issued from `opens` until `cutoff` (the batas pengambilan);
    counters keep serving those already waiting until `closes`.
    """

    opens: time
    closes: time
    cutoff: time

    def __post_init__(self) -> None:
        if not self.opens < self.closes:
            raise ValueError("opening time must be before closing time")
        if not self.opens < self.cutoff <= self.closes:
            raise ValueError("cut-off must be after opening and not after closing")


@dataclass(frozen=True, slots=True)
class WeeklyHours:
    """Opening hours per weekday; a day that is missing is closed."""

    days: dict[Weekday, DayHours]

    def on(self, weekday: int) -> DayHours | None:
        """Hours of a `date.weekday()`, or None when closed that day."""
        return self.days.get(Weekday(weekday))


@dataclass(frozen=True, slots=True)
class Holiday:
    """A day the whole hall is closed (national holiday, cuti bersama)."""

    day: date
    name: Text


@dataclass(frozen=True, slots=True)
class ServiceStandard:
    """The public parts of a service's standar pelayanan."""

    requirements: tuple[Text, ...]
    procedure: tuple[Text, ...]
    completion_time: Text
    fee_idr: int | None
    fee_note: Text | None
    product: Text
    complaint_channel: Text

    @property
    def is_free(self) -> bool:
        """True when the service costs nothing (shown as "Gratis")."""
        return self.fee_idr == 0


@dataclass(frozen=True, slots=True)
class Service:
    """One service (layanan) an agency offers at the hall."""

    code: str
    agency_code: str
    prefix: str
    name: Text
    standard: ServiceStandard
    hours: WeeklyHours
    nominal_minutes: int
    daily_quota: int | None = None
    priority_allowed: bool = True
    form: str | None = None
    closed_dates: frozenset[date] = frozenset()
    active: bool = True


@dataclass(frozen=True, slots=True)
class Agency:
    """An agency (instansi / OPD) with its place in the hall."""

    code: str
    name: Text
    short_name: Text
    location: Text
    zone: str


@dataclass(frozen=True, slots=True)
class Counter:
    """A counter (loket) of an agency and the services it serves."""

    number: int
    agency_code: str
    services: tuple[str, ...]
    name: Text | None = None

    @property
    def label(self) -> Text:
        """How the counter is called in the hall ("Loket 3")."""
        return self.name or Text(f"Loket {self.number}", f"Counter {self.number}")


@dataclass(frozen=True, slots=True)
class Hall:
    """The hall itself: its name and address."""

    code: str
    name: Text
    short_name: Text
    address: str


@dataclass(frozen=True, slots=True)
class Catalogue:
    """Everything a station needs to know about the hall's services."""

    version: str
    hall: Hall
    agencies: tuple[Agency, ...]
    services: tuple[Service, ...]
    counters: tuple[Counter, ...]
    holidays: tuple[Holiday, ...] = ()
    forms: tuple[FormDef, ...] = ()
    _by_code: dict[str, Service] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_code.update({s.code: s for s in self.services})

    def service(self, code: str) -> Service | None:
        """The service with this code (case-insensitive), or None."""
        return self._by_code.get(code.upper())

    def agency(self, code: str) -> Agency | None:
        """The agency with this code, or None."""
        return next((a for a in self.agencies if a.code == code), None)

    def services_of(self, agency_code: str) -> tuple[Service, ...]:
        """The active services of one agency, in catalogue order."""
        return tuple(s for s in self.services if s.agency_code == agency_code and s.active)

    def counters_for(self, service_code: str) -> tuple[Counter, ...]:
        """Counters that serve a service."""
        return tuple(c for c in self.counters if service_code in c.services)

    def form(self, form_id: str) -> FormDef | None:
        """A form by id."""
        return next((f for f in self.forms if f.id == form_id), None)

    def form_of(self, service: Service) -> FormDef | None:
        """The form a service asks citizens to fill, if any."""
        return self.form(service.form) if service.form else None

    def holiday_on(self, day: date) -> Holiday | None:
        """The hall holiday on `day`, if any."""
        return next((h for h in self.holidays if h.day == day), None)
