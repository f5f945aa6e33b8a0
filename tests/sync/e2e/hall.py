"""A hall for end-to-end tests: a real `mpp-server` and stations enrolled with it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from kiosk.clock import WIT, FakeClock
from kiosk.config import update_config
from kiosk.paths import Paths
from kiosk.station import Station, open_station
from sync.client.api import ServerApi
from sync.client.credentials import read_token
from sync.client.enrol import enrol
from sync.client.runner import SyncRunner
from sync.server.commands import database
from sync.server.enrolment import add_station
from tests.sync.server_process import ServerHandle

#: Monday 23 November 2026, 09:00 WIT: the seed catalogue's services are open.
MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=WIT)


class Hall:
    """Makes enrolled stations of one server; closes them at the end."""

    def __init__(self, server: ServerHandle, root: Path) -> None:
        self.server = server
        self.root = root
        self.clock = FakeClock(MONDAY)
        self._open: list[Station] = []

    def code(self, name: str, role: str) -> str:
        """A one-time enrolment code, as `mpp-server station add` prints it."""
        with database(self.server.db_url) as db, db.session() as session:
            return add_station(session, name, role, self.clock.now()).code  # type: ignore[arg-type]

    def paths(self, name: str) -> Paths:
        return Paths(self.root / name / "config", self.root / name / "data")

    def station(self, name: str, role: str = "kiosk", url: str | None = None) -> Station:
        """A station on the seed catalogue with a `dummy:` printer, enrolled with the server
        (through `url`, e.g. a proxy, if given) and reopened so it holds the hall's key."""
        paths = self.paths(name)
        update_config(
            paths.config_file,
            {"station": {"name": name, "role": role}, "printer": {"address": "dummy:"}},
        )
        first = open_station(paths, clock=self.clock)
        try:
            enrol(first, url or self.server.url, self.code(name, role))
        finally:
            first.close()
        return self.reopen(name)

    def reopen(self, name: str) -> Station:
        """Open a station's store again (a restart)."""
        station = open_station(self.paths(name), clock=self.clock)
        self._open.append(station)
        return station

    def api(self, station: Station, url: str | None = None) -> ServerApi:
        """A client with the station's token, to its server (or to `url`)."""
        token = read_token(station.paths.station_token)
        assert token is not None
        return ServerApi(url or station.config.server_url or self.server.url, token)

    def runner(self, station: Station, url: str | None = None) -> SyncRunner:
        return SyncRunner(station, self.api(station, url))

    def close(self) -> None:
        for station in self._open:
            station.close()


def add_events(station: Station, count: int) -> None:
    """Put `count` events in a station's outbox at once (a day of work saved up offline)."""
    now = station.clock.now()
    with station.store.uow(write=True) as uow:
        for i in range(count):
            uow.outbox.add("test.saved_up", {"i": i}, now)
        uow.commit()


def outbox_ids(station: Station) -> list[str]:
    """Every event id of a station's outbox, synced or not."""
    from sqlalchemy import select

    from kiosk.storage.models import EventRow

    with station.store.uow() as uow:
        return list(uow.session.scalars(select(EventRow.id).order_by(EventRow.seq)))


def server_events_of(server: ServerHandle, station_id: str) -> list[str]:
    """The ids of a station's events as the server holds them (each row once)."""
    from sqlalchemy import select

    from sync.server.models import Event

    with database(server.db_url) as db, db.read() as conn:
        return list(
            conn.scalars(
                select(Event.id).where(Event.station_id == station_id, Event.seq.is_not(None))
            )
        )


def server_station(server: ServerHandle, name: str) -> object:
    """The server's view of a station (last sequence number, gaps)."""
    from sync.server.enrolment import list_stations

    with database(server.db_url) as db, db.session() as session:
        return next(s for s in list_stations(session) if s.name == name)
