"""The station's diagnostics in plain words, in both languages: for the admin menu and the CLI.

A technician reads "Antrean kirim: 12 kejadian", "Basis data: 3,4 MB", "Menyala: 2 j 5 m",
not field names and byte counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.clock import local
from kiosk.domain.text import Text
from kiosk.domain.timefmt import clock_time, long_date
from kiosk.services.diagnostics import Diagnostics

#: Less free disk than this is shown as a problem (the store, logs and PDFs need room).
LOW_DISK = 1_000_000_000
ROLES = {
    "kiosk": Text("Kiosk warga", "Citizen kiosk"),
    "counter": Text("Meja loket", "Counter desk"),
    "display": Text("Papan informasi", "Hall board"),
    "survey": Text("Tablet survei", "Survey tablet"),
}
CHECKING = Text("Memeriksa…", "Checking…")


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the diagnostics: what, its value, and whether it is a problem (False).

    `wide`: the value tends to be long (a name, an address); a screen with room for two
    columns gives these the wider one.
    """

    key: str
    label: Text
    value: Text
    ok: bool | None = None
    wide: bool = False


def rows(d: Diagnostics) -> list[Row]:
    """Every figure of a snapshot, in the order a technician reads them."""
    role = ROLES.get(d.role, Text(d.role, d.role))
    low_disk = d.free_disk_bytes is not None and d.free_disk_bytes < LOW_DISK
    return [
        Row(
            "station",
            Text("Stasiun", "Station"),
            Text(f"{d.station_name} · {role.id}", f"{d.station_name} · {role.en}"),
            wide=True,
        ),
        Row("uptime", Text("Menyala selama", "Running for"), duration(d.uptime)),
        Row("station_id", Text("ID stasiun", "Station id"), _plain(d.station_id), wide=True),
        Row("backlog", Text("Antrean kirim", "Waiting to send"), events(d.pending_events)),
        Row(
            "version",
            Text("Versi", "Version"),
            Text(
                f"program {d.version} · katalog {d.catalogue_version}",
                f"program {d.version} · catalogue {d.catalogue_version}",
            ),
            wide=True,
        ),
        Row(
            "quarantine",
            Text("Karantina", "Quarantined"),
            Text(
                f"{d.quarantined} kejadian ditolak server",
                f"{d.quarantined} refused by the server",
            ),
            False if d.quarantined else None,
        ),
        Row("last_sync", Text("Sinkron terakhir", "Last sync"), last_sync(d), wide=True),
        Row(
            "print_failures",
            Text("Gagal cetak hari ini", "Print failures today"),
            Text(f"{d.print_failures_today} tiket", f"{d.print_failures_today} tickets"),
            False if d.print_failures_today else None,
        ),
        Row("server", Text("Server", "Server"), _server(d), wide=True),
        Row("printer", Text("Printer", "Printer"), _plain(d.printer)),
        Row("database", Text("Basis data", "Database"), size(d.database_bytes), wide=True),
        Row(
            "disk",
            Text("Disk kosong", "Free disk"),
            size(d.free_disk_bytes)
            if d.free_disk_bytes is not None
            else Text("tidak diketahui", "unknown"),
            False if low_disk else None,
        ),
    ]


def events(count: int) -> Text:
    """ "12 kejadian" / "12 events"."""
    return Text(f"{count} kejadian", f"{count} event" + ("" if count == 1 else "s"))


def size(count: int) -> Text:
    """Bytes as MB (or GB from 1 GB), one decimal; Indonesian writes a decimal comma."""
    value, unit = (count / 1e9, "GB") if count >= 1e9 else (count / 1e6, "MB")
    english = f"{value:.1f} {unit}"
    return Text(english.replace(".", ","), english)


def duration(span: timedelta) -> Text:
    """ "2 j 5 m" / "2 h 5 min"; days when it is that long; "< 1 m" under a minute."""
    minutes = int(span.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return Text(f"{days} hr {hours} j", f"{days} d {hours} h")
    if hours:
        return Text(f"{hours} j {minutes} m", f"{hours} h {minutes} min")
    if minutes:
        return Text(f"{minutes} m", f"{minutes} min")
    return Text("< 1 m", "< 1 min")


def last_sync(d: Diagnostics) -> Text:
    """When the server last took a whole round, and how long ago."""
    if not d.enrolled:
        return Text("tidak terdaftar di server", "not enrolled with a server")
    if d.last_sync is None:
        return Text("belum pernah", "never")
    return moment_ago(d.last_sync, d.taken_at)


def moment_ago(when: datetime, now: datetime) -> Text:
    """ "09.12 WIT (3 m lalu)", with the date when it was not today."""
    at = clock_time(when)
    if local(when).date() != local(now).date():
        day = long_date(local(when).date())
        at = Text(f"{day.id} {at.id}", f"{day.en} {at.en}")
    ago = duration(now - when)
    return Text(f"{at.id} ({ago.id} lalu)", f"{at.en} ({ago.en} ago)")


def _server(d: Diagnostics) -> Text:
    if not d.server_url:
        return Text("tidak ada (stasiun mandiri)", "none (the station works alone)")
    return _plain(d.server_url)


def _plain(value: str) -> Text:
    return Text(value, value)
