"""What each `mpp-server` command does; `cli.py` parses the command line and calls these."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import FrameType

from kiosk.clock import SystemClock, local, service_day
from kiosk.reports.options import ReportOptions, summary_lines, write_outputs
from kiosk.reports.periods import Period
from sync.protocol import SeqGap, StationOut
from sync.server import migrate
from sync.server.auth import create_admin_token
from sync.server.catalogue import CatalogueCache, current_file, import_catalogue
from sync.server.conflicts import list_conflicts
from sync.server.db import Database
from sync.server.enrolment import add_station, list_stations, revoke
from sync.server.errors import ServerError
from sync.server.reports import hall_report


@contextmanager
def database(url: str) -> Iterator[Database]:
    """The database, migrated to the newest schema, closed afterwards."""
    db = Database(url)
    try:
        migrate.upgrade(db)
        yield db
    finally:
        db.close()


def serve(args: argparse.Namespace) -> int:
    """Run the HTTP API until stopped (Ctrl+C or SIGTERM)."""
    import uvicorn

    from sync.server.app import create_app

    app = create_app(args.db)
    description = app.state.server.db.describe()
    print(f"mpp-server: database {description}", file=sys.stderr)
    config = uvicorn.Config(
        app,
        host=args.host,
        port=args.port,
        access_log=args.access_log,
        log_level="info",
        timeout_graceful_shutdown=5,
    )
    signal = app.state.server.signal

    class _Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: FrameType | None) -> None:
            signal.close()  # answer the long-polls first, then stop as uvicorn does
            super().handle_exit(sig, frame)

    server = _Server(config)
    server.run()
    return 0 if server.started else 1


def station_add(args: argparse.Namespace) -> int:
    """Add a station and print its one-time enrolment code."""
    with database(args.db) as db, db.session() as session:
        code = add_station(session, args.name, args.role, SystemClock().now())
    slot = f", slot {code.slot}" if code.slot is not None else ""
    print(f"Station {code.name!r} ({code.role}{slot})")
    print(f"Kode pendaftaran / enrolment code: {code.code}")
    print(f"Berlaku sampai / valid until: {_when(code.expires_at)}")
    return 0


def station_list(args: argparse.Namespace) -> int:
    """Print the hall's stations as a table."""
    with database(args.db) as db, db.session() as session:
        stations = list_stations(session)
    heads = ("name", "role", "slot", "enrolled", "last seen", "last seq", "gaps", "revoked")
    rows = [heads, *(_station_row(s) for s in stations)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(heads))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _station_row(s: StationOut) -> tuple[str, ...]:
    return (
        s.name,
        s.role,
        str(s.slot) if s.slot is not None else "-",
        _when(s.enrolled_at),
        _when(s.last_seen_at),
        str(s.last_seq),
        _gaps(s.gaps),
        _when(s.revoked_at) if s.revoked_at else "no",
    )


def _gaps(gaps: list[SeqGap]) -> str:
    text = ", ".join(str(g.first) if g.first == g.last else f"{g.first}-{g.last}" for g in gaps)
    return text or "none"


def _when(at: datetime | None) -> str:
    return f"{local(at):%Y-%m-%d %H:%M} WIT" if at is not None else "-"


def station_revoke(args: argparse.Namespace) -> int:
    """Revoke a station by name or station id."""
    with database(args.db) as db, db.session() as session:
        station = revoke(session, args.station, SystemClock().now())
    print(f"Station {station.name!r} revoked / dicabut")
    return 0


def catalog_import(args: argparse.Namespace) -> int:
    """Check a catalogue file and make it the hall's catalogue."""
    content = Path(args.file).read_bytes()
    with database(args.db) as db, db.write() as conn:
        out = import_catalogue(conn, content, SystemClock().now())
    print(f"Catalogue {out.version} imported (sha256 {out.sha256[:12]}…)")
    return 0


def catalog_export(args: argparse.Namespace) -> int:
    """Write the current catalogue's TOML to a file or to standard output."""
    with database(args.db) as db, db.read() as conn:
        out = current_file(conn)
    if out is None:
        raise ServerError("no catalogue has been imported yet (mpp-server catalog import FILE)")
    if args.file:
        Path(args.file).write_text(out.toml, encoding="utf-8")
        print(f"Catalogue {out.version} written to {args.file}", file=sys.stderr)
    else:
        sys.stdout.write(out.toml)
    return 0


def admin_token(args: argparse.Namespace) -> int:
    """Create an admin token and print it once."""
    with database(args.db) as db, db.write() as conn:
        token = create_admin_token(conn, SystemClock().now())
    print(token)
    print("Keep this admin token safe: it is shown only once.", file=sys.stderr)
    return 0


def conflicts(args: argparse.Namespace) -> int:
    """Print the merge conflicts, oldest first."""
    with database(args.db) as db, db.read() as conn:
        found = list_conflicts(conn, include_resolved=args.all)
    if not found:
        print("No conflicts / tidak ada konflik")
    for c in found:
        print(f"#{c.id}  {_when(c.created_at)}  {c.kind}  {c.detail}")
    return 0


def report(args: argparse.Namespace) -> int:
    """Print the hall's report of a period and write its CSV and PDF files."""
    options = ReportOptions.of(args)
    now = SystemClock().now()
    period = Period.containing(options.period, options.day or service_day(now))
    with database(args.db) as db, db.read() as conn:
        catalogue = CatalogueCache().current(conn)
        result = hall_report(conn, catalogue, period, now, options.by)
    for line in summary_lines(result, args.lang):
        print(line)
    for path in write_outputs(result, options, args.lang):
        print(f"Ditulis / written: {path}", file=sys.stderr)
    return 0
