"""The admin menu's figures: what a technician reads about the station, from the store alone."""

from __future__ import annotations

from datetime import timedelta

from kiosk.clock import FakeClock
from kiosk.station import Station


def test_a_fresh_station_says_who_and_what_it_is(station: Station) -> None:
    now = station.diagnostics.snapshot()
    assert now.station_id == station.store.station_id
    assert (now.role, now.station_name) == ("kiosk", "Kiosk Uji")
    assert now.catalogue_version == station.catalogues.current().version
    assert now.printer == station.config.printer
    assert not now.enrolled and now.last_sync is None and now.server_url is None
    assert now.uptime == timedelta(0)
    assert now.free_disk_bytes is not None and now.free_disk_bytes > 0


def test_the_backlog_counts_what_the_server_has_not_acknowledged(station: Station) -> None:
    before = station.diagnostics.snapshot().pending_events
    for _ in range(3):
        station.tickets.issue("KTP-EL")
    after = station.diagnostics.snapshot()
    assert after.pending_events == before + 3
    assert after.pending_events == station.sync.status().backlog
    [first, second, *_] = station.sync.outgoing(10)
    station.sync.acknowledge([first.id], {second.id: "payload.number: bad"})
    acknowledged = station.diagnostics.snapshot()
    assert acknowledged.pending_events == after.pending_events - 2
    assert acknowledged.quarantined == 1


def test_last_sync_and_uptime_follow_the_clock(station: Station) -> None:
    clock = station.clock
    assert isinstance(clock, FakeClock)
    station.sync.save_enrolment(1)
    clock.advance(timedelta(hours=2, minutes=5))
    station.sync.mark_success()
    now = station.diagnostics.snapshot()
    assert now.enrolled and now.last_sync == clock.now()
    assert now.uptime == timedelta(hours=2, minutes=5)


def test_the_database_size_counts_the_write_ahead_log(station: Station) -> None:
    for _ in range(3):
        station.tickets.issue("KTP-EL")
    database = station.paths.database
    wal = database.with_name(database.name + "-wal")
    on_disk = database.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    assert wal.exists(), "SQLite in WAL mode keeps recent writes in the -wal file"
    assert station.diagnostics.snapshot().database_bytes == on_disk


def test_todays_tickets_are_counted_by_state(station: Station) -> None:
    first = station.tickets.issue("KTP-EL")
    station.tickets.issue("KTP-EL")
    station.tickets.call(first.id, 1)
    assert station.diagnostics.tickets_today() == {"called": 1, "waiting": 1}
