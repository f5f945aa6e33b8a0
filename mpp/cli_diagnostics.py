"""`mpp-kiosk diagnostics` and `mpp-kiosk export-diagnostics`: the admin menu's figures and
its export, for a technician at a terminal (or over SSH)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.clock import Clock
from kiosk.domain.text import Text
from kiosk.paths import Paths
from kiosk.services.export_service import write_export
from kiosk.station import Station, open_station
from mpp.cli_output import Out
from mpp.diagnostics_text import rows
from mpp.printing import station_printer
from mpp.station_admin import Check, check_printer, check_server


def add_diagnostics_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `diagnostics` and `export-diagnostics`."""
    show = commands.add_parser(
        "diagnostics",
        help="keadaan stasiun, printer dan server / station, printer and server state",
    )
    show.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    show.set_defaults(handler=_show)
    export = commands.add_parser(
        "export-diagnostics",
        help="tulis berkas zip diagnostik tanpa data pribadi / "
        "write a diagnostics zip file without personal data",
    )
    export.add_argument(
        "folder",
        nargs="?",
        type=Path,
        help="folder tujuan, mis. flashdisk (bawaan: folder exports stasiun) / "
        "target folder, e.g. a USB stick (default: the station's exports folder)",
    )
    export.set_defaults(handler=_export)


def _checks(station: Station) -> dict[str, Check]:
    return {
        "server": check_server(station),
        "printer": check_printer(station_printer(station)),
    }


def _show(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    with open_station(Paths.from_env(), clock=clock) as station:
        snapshot = station.diagnostics.snapshot()
        checks = _checks(station)
    if args.json:
        out.json({**snapshot.to_json(), "checks": {k: c.to_json() for k, c in checks.items()}})
        return 0
    for row in rows(snapshot):
        check = checks.get(row.key)
        value = row.value if check is None else _with(row.value, check)
        out.line(Text(f"{row.label.id}: {value.id}", f"{row.label.en}: {value.en}"))
    return 0


def _with(value: Text, check: Check) -> Text:
    return Text(f"{value.id} — {check.message.id}", f"{value.en} — {check.message.en}")


def _export(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    with open_station(Paths.from_env(), clock=clock) as station:
        folder = args.folder or station.paths.exports
        checks = {k: c.to_json() for k, c in _checks(station).items()}
        path = write_export(station, folder, checks)
    out.line(
        Text(
            f"Diagnostik ditulis (tanpa data pribadi): {path}",
            f"Diagnostics written (no personal data): {path}",
        )
    )
    return 0
