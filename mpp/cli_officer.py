"""`mpp-kiosk officer …`: the hall admin's list of counter officers, and their attendance."""

from __future__ import annotations

import argparse

from kiosk.clock import Clock, local
from kiosk.domain.text import Text
from kiosk.paths import Paths
from kiosk.station import open_station
from mpp.cli_output import Out
from mpp.pin_input import read_new_pin


def add_officer_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `officer add|list|remove|attendance`."""
    officer = commands.add_parser("officer", help="petugas loket / counter officers")
    sub = officer.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="tambah petugas atau ganti PIN / add, or set a new PIN")
    add.add_argument("name", help="nama petugas / the officer's name")
    add.add_argument("--pin-stdin", action="store_true", help="baca PIN dari stdin / from stdin")
    add.set_defaults(handler=_add)
    sub.add_parser("list", help="daftar petugas / list officers").set_defaults(handler=_list)
    remove = sub.add_parser("remove", help="nonaktifkan petugas / stop an officer signing in")
    remove.add_argument("name")
    remove.set_defaults(handler=_remove)
    sub.add_parser("attendance", help="kehadiran di stasiun ini / sign-ins here").set_defaults(
        handler=_attendance
    )


def _add(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    pin = read_new_pin(args.pin_stdin, out, Text("PIN petugas", "Officer's PIN"))
    if pin is None:
        return 2
    with open_station(Paths.from_env(), clock=clock) as station:
        officer = station.officers.save(args.name, pin)
    out.line(
        Text(
            f"Petugas {officer.name} disimpan; berlaku di semua loket setelah sinkron.",
            f"Officer {officer.name} saved; valid at every counter once synced.",
        )
    )
    return 0


def _list(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    with open_station(Paths.from_env(), clock=clock) as station:
        officers = station.officers.officers()
    if not officers:
        out.line(Text("Belum ada petugas.", "No officers yet."))
    for o in officers:
        state = Text("aktif", "active") if o.active else Text("nonaktif", "inactive")
        out.line(Text(f"{o.name}  ({state.id})", f"{o.name}  ({state.en})"))
    return 0


def _remove(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    with open_station(Paths.from_env(), clock=clock) as station:
        officer = station.officers.deactivate(args.name)
    out.line(
        Text(
            f"Petugas {officer.name} tidak dapat masuk lagi.",
            f"Officer {officer.name} can no longer sign in.",
        )
    )
    return 0


def _attendance(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    with open_station(Paths.from_env(), clock=clock) as station:
        rows = station.officers.attendance()
    if not rows:
        out.line(Text("Belum ada yang masuk di stasiun ini.", "Nobody has signed in here yet."))
    for name, counter, signed_in, signed_out in rows:
        until = f"{local(signed_out):%H:%M}" if signed_out else "…"
        when = f"{local(signed_in):%Y-%m-%d %H:%M}–{until}"
        out.line(Text(f"{when}  Loket {counter}  {name}", f"{when}  Counter {counter}  {name}"))
    return 0
