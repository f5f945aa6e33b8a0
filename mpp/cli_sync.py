"""`mpp-kiosk enrol` and `mpp-kiosk sync status|now`: the station's link to the hall's server."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING, Any

from kiosk.clock import Clock, local
from kiosk.domain.text import Text
from kiosk.domain.timefmt import clock_time, long_date
from kiosk.paths import Paths
from kiosk.station import open_station
from mpp.cli_output import Out

# The sync client (requests, pydantic) is imported by the handlers only, so that
# `mpp-kiosk run` and the other commands start without it.
if TYPE_CHECKING:
    from kiosk.services.sync_service import QuarantinedEvent


def add_sync_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `enrol` and `sync`."""
    enrol_cmd = commands.add_parser(
        "enrol", help="daftarkan stasiun ke server / enrol this station with the hall's server"
    )
    enrol_cmd.add_argument("--server", required=True, help="URL, mis./e.g. http://10.0.0.2:8470")
    enrol_cmd.add_argument("--code", required=True, help="kode sekali pakai / one-time code")
    enrol_cmd.set_defaults(handler=_enrol)
    sync = commands.add_parser("sync", help="sinkronisasi dengan server / sync with the server")
    sub = sync.add_subparsers(dest="action", metavar="ACTION", required=True)
    status = sub.add_parser("status", help="keadaan sinkronisasi / sync state")
    status.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    status.set_defaults(handler=_status)
    sub.add_parser("now", help="sinkronkan sekarang / sync now").set_defaults(handler=_now)


def add_call_command(tickets: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `ticket call` (the counter's call, arbitrated by the server when reachable)."""
    call = tickets.add_parser("call", help="panggil ke loket / call to a counter")
    call.add_argument("number", nargs="?", help="nomor tertentu / a given number, e.g. A1-012")
    call.add_argument("--counter", type=int, required=True, help="nomor loket / counter number")
    call.add_argument(
        "--service",
        action="append",
        default=[],
        help="layanan loket ini (boleh berulang) / this counter's services (repeatable)",
    )
    call.set_defaults(handler=_call)


def _call(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    from mpp.cli_output import ticket_line
    from mpp.sync_start import server_api
    from sync.client.calls import call_ticket
    from sync.client.errors import SyncError

    with open_station(Paths.from_env(), clock=clock) as station:
        ticket_id = station.tickets.find(args.number).id if args.number else None
        services = args.service or [s.code for s in station.catalogues.current().services]
        api = server_api(station)
        try:
            done = call_ticket(station, api, args.counter, services, ticket_id)
        except SyncError as exc:
            out.error(exc.text)
            return 1
        finally:
            if api is not None:
                api.close()
    if done.lost is not None:
        out.line(
            Text(
                f"{done.lost.number} sudah dipanggil loket {done.lost.counter}.",
                f"{done.lost.number} was already called by counter {done.lost.counter}.",
            )
        )
    if done.ticket is None:
        out.line(Text("Tidak ada yang menunggu.", "Nobody is waiting."))
        return 1 if done.lost is not None else 0
    if done.offline:
        out.line(
            Text(
                "Server tidak terhubung: dipanggil di loket ini saja, dikirim nanti.",
                "Server not reachable: called here only, sent later.",
            )
        )
    out.line(ticket_line(done.ticket))
    return 0


def _enrol(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    from sync.client.enrol import enrol
    from sync.client.errors import SyncError

    with open_station(Paths.from_env(), clock=clock) as station:
        try:
            done = enrol(station, args.server, args.code)
        except SyncError as exc:
            out.error(exc.text)
            return 1
    slot = "-" if done.slot is None else str(done.slot)
    out.line(
        Text(
            f"Stasiun terdaftar di {done.hall_name} ({done.server_url}) sebagai {done.role}, "
            f"slot nomor {slot}. Mulai ulang stasiun agar memakai server.",
            f"Station enrolled with {done.hall_name} ({done.server_url}) as {done.role}, "
            f"number slot {slot}. Restart the station to use the server.",
        )
    )
    return 0


def _status(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    with open_station(Paths.from_env(), clock=clock) as station:
        status = station.sync.status()
        quarantined = station.sync.quarantined()[:10]
        url = station.config.server_url
        reachable = _reachable(url) if url else None
    if args.json:
        out.json(
            {
                "server": url,
                "enrolled": status.enrolled,
                "slot": status.slot,
                "backlog": status.backlog,
                "quarantined": status.quarantined,
                "cursor": status.cursor,
                "last_success": status.last_success.isoformat() if status.last_success else None,
                "reachable": reachable,
                "quarantine": [_quarantine_json(q) for q in quarantined],
            }
        )
        return 0
    out.line(_server_line(url, status.enrolled, reachable))
    out.line(
        Text(
            f"Menunggu dikirim: {status.backlog} kejadian",
            f"Waiting to send: {status.backlog} events",
        )
    )
    out.line(_success_line(status.last_success))
    out.line(
        Text(
            f"Karantina (ditolak server): {status.quarantined}",
            f"Quarantine (refused by the server): {status.quarantined}",
        )
    )
    for q in quarantined:
        out.line(f"  #{q.seq} {q.type} {q.id}: {q.reason}")
    return 0


def _now(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    from sync.client.api import ServerApi
    from sync.client.credentials import read_token
    from sync.client.errors import SyncError
    from sync.client.runner import SyncRunner

    with open_station(Paths.from_env(), clock=clock) as station:
        token = read_token(station.paths.station_token)
        url = station.config.server_url
        if not url or token is None or not station.sync.status().enrolled:
            out.error(_NOT_ENROLLED)
            return 1
        api = ServerApi(url, token)
        try:
            done = SyncRunner(station, api).run_once()
        except SyncError as exc:
            out.error(exc.text)
            return 1
        finally:
            api.close()
        backlog = station.sync.status().backlog
    for first, last in done.gaps:
        out.line(
            Text(
                f"Peringatan: server tidak pernah menerima kejadian #{first}–#{last} stasiun ini.",
                f"Warning: the server never received this station's events #{first}–#{last}.",
            )
        )
    catalogue = ("diperbarui", "updated") if done.catalogue_updated else ("tetap", "unchanged")
    out.line(
        Text(
            f"Terkirim {done.pushed}, dikarantina {done.quarantined}, diterima {done.applied}, "
            f"nomor disewa {done.leased}, katalog {catalogue[0]}; sisa antrean kirim {backlog}.",
            f"Sent {done.pushed}, quarantined {done.quarantined}, received {done.applied}, "
            f"numbers leased {done.leased}, catalogue {catalogue[1]}; left to send {backlog}.",
        )
    )
    return 0


def _reachable(url: str) -> bool:
    from sync.client.api import ServerApi
    from sync.client.errors import SyncError

    api = ServerApi(url)
    try:
        api.health()
    except SyncError:
        return False
    finally:
        api.close()
    return True


def _server_line(url: str | None, enrolled: bool, reachable: bool | None) -> Text:
    if not url or not enrolled:
        return _NOT_ENROLLED
    state_id = "terhubung" if reachable else "TIDAK terhubung"
    state_en = "reachable" if reachable else "NOT reachable"
    return Text(f"Server: {url} ({state_id})", f"Server: {url} ({state_en})")


def _success_line(when: datetime | None) -> Text:
    if when is None:
        return Text("Sinkron terakhir: belum pernah", "Last successful sync: never")
    day, time = long_date(local(when).date()), clock_time(when)
    return Text(
        f"Sinkron terakhir: {day.id} {time.id}", f"Last successful sync: {day.en} {time.en}"
    )


def _quarantine_json(q: QuarantinedEvent) -> dict[str, Any]:
    return {
        "id": q.id,
        "seq": q.seq,
        "type": q.type,
        "at": q.occurred_at.isoformat(),
        "reason": q.reason,
    }


_NOT_ENROLLED = Text(
    "Stasiun belum terdaftar di server; bekerja sendiri. Daftarkan dengan: "
    "mpp-kiosk enrol --server URL --code KODE",
    "The station is not enrolled with a server; it works on its own. Enrol it with: "
    "mpp-kiosk enrol --server URL --code CODE",
)
