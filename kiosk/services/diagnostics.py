"""What staff and technicians see of the station's health (no personal data)."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk import __version__
from kiosk.clock import Clock, service_day
from kiosk.storage.store import Store


@dataclass(frozen=True, slots=True)
class Diagnostics:
    """A snapshot of the station's state."""

    station_name: str
    version: str
    print_failures_today: int
    pending_events: int


class DiagnosticsService:
    """Reads the figures the admin menu shows."""

    def __init__(self, store: Store, clock: Clock, station_name: str) -> None:
        self._store = store
        self._clock = clock
        self._name = station_name

    def snapshot(self) -> Diagnostics:
        """The station's figures now."""
        with self._store.uow() as uow:
            failures = uow.print_jobs.failures_on(service_day(self._clock.now()))
            pending = uow.outbox.pending_count()
        return Diagnostics(self._name, __version__, failures, pending)
