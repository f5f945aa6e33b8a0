"""What Home shows, from the open station or, while it loads, from the catalogue snapshot."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from kiosk.clock import Clock
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.schedule import availability
from kiosk.services.dto import ServiceStatus

if TYPE_CHECKING:  # the station pulls in the database layer, which a fast start defers
    from kiosk.station import Station


class HomeData(Protocol):
    """The catalogue, the clock and each service's state now."""

    @property
    def clock(self) -> Clock:
        """The hall's clock."""
        ...

    @property
    def always_open(self) -> bool:
        """The demo: every service open around the clock."""
        ...

    def catalogue(self) -> Catalogue:
        """The catalogue in use."""
        ...

    def statuses(self) -> list[ServiceStatus]:
        """Every active service's state now."""
        ...


class StationHomeData:
    """Home's data from the open station: queues and quotas included."""

    def __init__(self, station: Station) -> None:
        self._station = station

    @property
    def clock(self) -> Clock:
        return self._station.clock

    @property
    def always_open(self) -> bool:
        return self._station.queues.always_open

    def catalogue(self) -> Catalogue:
        return self._station.catalogues.current()

    def statuses(self) -> list[ServiceStatus]:
        return self._station.queues.statuses()


class SnapshotHomeData:
    """Home's data for the first moment of a start: hours from the catalogue, no queues yet."""

    def __init__(self, catalogue: Catalogue, clock: Clock, always_open: bool) -> None:
        self._catalogue = catalogue
        self._clock = clock
        self._always_open = always_open

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def always_open(self) -> bool:
        return self._always_open

    def catalogue(self) -> Catalogue:
        return self._catalogue

    def statuses(self) -> list[ServiceStatus]:
        now = self._clock.now()
        return [
            ServiceStatus(
                code=s.code,
                prefix=s.prefix,
                name=s.name,
                agency_code=s.agency_code,
                availability=availability(
                    s, self._catalogue, now, 0, always_open=self._always_open
                ),
                waiting=0,
                estimated_wait_minutes=0,
                daily_quota=s.daily_quota,
                nominal_minutes=s.nominal_minutes,
            )
            for s in self._catalogue.services
            if s.active
        ]
