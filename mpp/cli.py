"""`mpp-kiosk`: run a station role; the technician's commands on tickets, catalogue, db."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk import __version__
from kiosk.catalog.loader import load_file
from kiosk.clock import Clock, SystemClock, service_day
from kiosk.config import ROLES, load_config, set_admin_pin_hash
from kiosk.domain.admin_pin import hash_pin
from kiosk.domain.text import Lang, Text
from kiosk.domain.ticket import PriorityClass
from kiosk.domain.timefmt import clock_time, long_date
from kiosk.errors import KioskError
from kiosk.paths import Paths
from kiosk.station import Station, open_station
from kiosk.storage.backup import backup_database
from kiosk.storage.engine import make_engine
from kiosk.storage.migrate import upgrade
from mpp.cli_diagnostics import add_diagnostics_commands
from mpp.cli_feedback import add_feedback_commands
from mpp.cli_officer import add_officer_commands
from mpp.cli_output import Out, service_lines, ticket_line
from mpp.cli_report import add_report_commands
from mpp.cli_sync import add_call_command, add_sync_commands
from mpp.pin_input import read_new_pin
from mpp.printing import TicketPrinting, station_printer
from printers import (
    LABELS_EN,
    LABELS_ID,
    PAPER_58MM,
    PAPER_80MM,
    AddressError,
    Printer,
    PrinterProfile,
    parse_address,
)

Handler = Callable[[argparse.Namespace, Out, Clock], int]


def build_parser() -> argparse.ArgumentParser:
    """The command line, with a help text on every command."""
    parser = argparse.ArgumentParser(
        prog="mpp-kiosk",
        description="MPP Kiosk — antrean, formulir layanan dan cetak untuk Mal Pelayanan Publik. "
        "Queue, service forms and printing for a public service hall.",
        epilog="MPP_KIOSK_HOME=DIR memindahkan konfigurasi dan data / moves config and data.",
    )
    parser.add_argument("--version", action="version", version=f"mpp-kiosk {__version__}")
    parser.add_argument("--lang", choices=["id", "en"], help="bahasa keluaran / output language")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_run(commands)
    _add_ticket(commands)
    _add_catalog(commands)
    _add_db(commands)
    _add_printing(commands)
    _add_admin(commands)
    add_officer_commands(commands)
    add_sync_commands(commands)
    add_diagnostics_commands(commands)
    add_feedback_commands(commands)
    add_report_commands(commands)
    return parser


def _add_run(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    run = commands.add_parser("run", help="jalankan stasiun / run this station")
    run.add_argument("--role", choices=ROLES, help="kiosk, counter, display or survey")
    run.add_argument("--config", type=Path, help="berkas konfigurasi / config file (TOML)")
    run.add_argument(
        "--demo", action="store_true", help="mode demo: semua layanan buka / always open"
    )
    run.add_argument(
        "--setup", action="store_true", help="buka wizard penyiapan dahulu / setup wizard first"
    )
    run.set_defaults(handler=_run)
    setup = commands.add_parser(
        "setup", help="wizard penyiapan stasiun / the station's setup wizard (technicians)"
    )
    setup.add_argument(
        "--window", action="store_true", help="jendela biasa / a normal window, not full screen"
    )
    setup.set_defaults(handler=_setup)


def _add_ticket(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ticket = commands.add_parser("ticket", help="nomor antrian / queue tickets")
    sub = ticket.add_subparsers(dest="action", metavar="ACTION", required=True)
    issue = sub.add_parser("issue", help="ambil nomor / issue a ticket")
    issue.add_argument("--service", required=True, help="kode layanan / service code")
    issue.add_argument("--priority", choices=[p.value for p in PriorityClass])
    issue.add_argument("--json", action="store_true", help="satu objek JSON / one JSON object")
    issue.set_defaults(handler=_ticket_issue)
    reprint = sub.add_parser("reprint", help="cetak ulang (SALINAN) / print a copy")
    reprint.add_argument("number", help="nomor antrian hari ini / today's number, e.g. A1-012")
    reprint.set_defaults(handler=_ticket_reprint)
    receipt = sub.add_parser("receipt", help="cetak tanda terima / print the proof of submission")
    receipt.add_argument("number", help="nomor antrian hari ini / today's number")
    receipt.add_argument("--officer", default="-", help="nama petugas / officer's name")
    receipt.add_argument("--printer", help="alamat lain / another printer address")
    receipt.set_defaults(handler=_ticket_receipt)
    restore = sub.add_parser("restore", help="kembalikan ke antrean / put back in the queue")
    restore.add_argument("number", help="nomor yang dibatalkan / a cancelled or no-show number")
    restore.set_defaults(handler=_ticket_restore)
    listing = sub.add_parser("list", help="nomor hari ini / today's tickets")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_ticket_list)
    add_call_command(sub)


def _add_catalog(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    catalog = commands.add_parser("catalog", help="katalog layanan / service catalogue")
    sub = catalog.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = sub.add_parser("show", help="instansi dan layanan / agencies and services")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_catalog_show)
    validate = sub.add_parser("validate", help="periksa berkas katalog / check a catalogue file")
    validate.add_argument("file", type=Path)
    validate.set_defaults(handler=_catalog_validate)


def _add_db(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = commands.add_parser("db", help="basis data stasiun / station database")
    sub = db.add_subparsers(dest="action", metavar="ACTION", required=True)
    sub.add_parser("upgrade", help="migrasi ke skema terbaru / migrate").set_defaults(
        handler=_db_upgrade
    )
    sub.add_parser("backup", help="salin basis data / back up").set_defaults(handler=_db_backup)


def _add_printing(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    test = commands.add_parser("print-test", help="cetak halaman uji / print a test page")
    test.add_argument("--printer", required=True, help="alamat / address, e.g. tcp://HOST:9100")
    test.add_argument("--paper", type=int, choices=[58, 80], default=80, help="mm")
    test.set_defaults(handler=_print_test)
    printer = commands.add_parser("printer", help="printer stasiun / the station's printer")
    sub = printer.add_subparsers(dest="action", metavar="ACTION", required=True)
    status = sub.add_parser("status", help="keadaan printer / printer state")
    status.add_argument("--printer", help="alamat lain / another address")
    status.set_defaults(handler=_printer_status)


def _add_admin(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    admin = commands.add_parser("admin", help="menu admin / admin menu")
    sub = admin.add_subparsers(dest="action", metavar="ACTION", required=True)
    set_pin = sub.add_parser("set-pin", help="atur PIN admin / set the admin PIN")
    set_pin.add_argument(
        "--pin-stdin", action="store_true", help="baca PIN dari stdin / read the PIN from stdin"
    )
    set_pin.set_defaults(handler=_admin_set_pin)


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """Entry point of `mpp-kiosk`; returns the exit code (0 ok, 1 refused, 2 bad input)."""
    args = build_parser().parse_args(argv)
    out = Out(_language(args), sys.stdout, sys.stderr)
    handler: Handler = args.handler
    try:
        return handler(args, out, clock or SystemClock())
    except KioskError as error:
        out.error(error.message)
        return error_code(error)
    except AddressError as error:
        out.error(Text(error.message_id, error.message_en))
        return 2


def error_code(error: KioskError) -> int:
    """Bad input (config, catalogue, unknown code) is 2; a refusal by the rules is 1."""
    from kiosk.errors import CatalogueError, ConfigError, UnknownService

    return 2 if isinstance(error, CatalogueError | ConfigError | UnknownService) else 1


def _language(args: argparse.Namespace) -> Lang:
    if args.lang:
        return "en" if args.lang == "en" else "id"
    try:
        return load_config(Paths.from_env()).language
    except KioskError:
        return "id"


def _station(clock: Clock) -> Station:
    return open_station(Paths.from_env(), clock=clock)


def _run(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    # Imported here so the other commands start without loading Qt.
    from mpp.logs import setup_logging
    from ui.app import NOT_SET_UP, RESTART, RESTART_WITH_SETUP, run

    setup_logging(Paths.from_env())
    code = run(role=args.role, config_file=args.config, demo=args.demo, setup=args.setup)
    if code in (RESTART, RESTART_WITH_SETUP):
        argv = restart_argv(sys.orig_argv, setup=code == RESTART_WITH_SETUP)
        os.execv(sys.executable, argv)  # the same program, a fresh process
    if code == NOT_SET_UP:
        out.error(
            Text(
                "Stasiun belum disiapkan (penyiapan dibatalkan). Jalankan: mpp-kiosk setup",
                "The station is not set up (setup was cancelled). Run: mpp-kiosk setup",
            )
        )
    return code


def restart_argv(argv: Sequence[str], *, setup: bool) -> list[str]:
    """The command line that started this program, again; with `--setup` when asked."""
    again = [a for a in argv if a != "--setup"]
    return [*again, "--setup"] if setup else again


def _setup(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    from mpp.logs import setup_logging
    from ui.app import setup_only

    paths = Paths.from_env()
    setup_logging(paths)
    code = setup_only(full_screen=not args.window)
    if code == 0:
        out.line(
            Text(
                f"Konfigurasi disimpan di {paths.config_file}. Mulai ulang stasiun agar dipakai "
                "(systemctl --user restart mpp-kiosk).",
                f"Config saved in {paths.config_file}. Restart the station to use it "
                "(systemctl --user restart mpp-kiosk).",
            )
        )
    else:
        out.line(
            Text("Dibatalkan; konfigurasi tidak diubah.", "Cancelled; the config is unchanged.")
        )
    return code


def _ticket_issue(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    with _station(clock) as station:
        priority = PriorityClass(args.priority) if args.priority else None
        ticket = station.tickets.issue(args.service, priority)
    if args.json:
        out.json(ticket.to_json())
    else:
        out.line(ticket_line(ticket))
    return 0


def _ticket_list(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    with _station(clock) as station:
        tickets = station.tickets.today()
    if args.json:
        out.json([t.to_json() for t in tickets])
    elif not tickets:
        out.line(Text("Belum ada nomor antrian hari ini.", "No tickets today yet."))
    for ticket in [] if args.json else tickets:
        out.line(ticket_line(ticket))
    return 0


def _catalog_show(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    with _station(clock) as station:
        catalogue = station.catalogues.current()
        statuses = station.queues.statuses()
    if args.json:
        from mpp.cli_output import catalogue_json

        out.json(catalogue_json(catalogue, statuses))
        return 0
    for line in service_lines(catalogue, statuses):
        out.line(line)
    return 0


def _catalog_validate(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    catalogue, _ = load_file(args.file)
    out.line(
        Text(
            f"{args.file}: katalog valid — versi {catalogue.version}, "
            f"{len(catalogue.agencies)} instansi, {len(catalogue.services)} layanan, "
            f"{len(catalogue.counters)} loket.",
            f"{args.file}: catalogue is valid — version {catalogue.version}, "
            f"{len(catalogue.agencies)} agencies, {len(catalogue.services)} services, "
            f"{len(catalogue.counters)} counters.",
        )
    )
    return 0


def _db_upgrade(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    paths = Paths.from_env()
    engine = make_engine(paths.database)
    try:
        result = upgrade(engine, paths.database, paths.backups, clock.now())
    finally:
        engine.dispose()
    if result.from_revision == result.to_revision:
        out.line(
            Text(
                f"Skema sudah terbaru ({result.to_revision}).",
                f"Schema is current ({result.to_revision}).",
            )
        )
    else:
        out.line(
            Text(
                f"Skema dimigrasi {result.from_revision or '(kosong)'} → {result.to_revision}.",
                f"Schema migrated {result.from_revision or '(empty)'} → {result.to_revision}.",
            )
        )
    if result.backup:
        out.line(Text(f"Cadangan: {result.backup}", f"Backup: {result.backup}"))
    return 0


def _db_backup(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    paths = Paths.from_env()
    if not paths.database.exists():
        out.error(
            Text(
                f"Belum ada basis data di {paths.database}.",
                f"No database at {paths.database} yet.",
            )
        )
        return 1
    target = backup_database(paths.database, paths.backups, clock.now())
    out.line(Text(f"Cadangan ditulis: {target}", f"Backup written: {target}"))
    return 0


def _print_test(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    printer = Printer(parse_address(args.printer), _profile(args.paper))
    now = clock.now()
    stamp = f"{long_date(service_day(now)).get(out.lang)} {clock_time(now).get(out.lang)}"
    job = printer.test_page(labels=LABELS_EN if out.lang == "en" else LABELS_ID, printed_text=stamp)
    result = printer.print_job(job)
    out.line(
        Text(f"{printer.address}: {result.message_id}", f"{printer.address}: {result.message_en}")
    )
    return 0 if result.ok else 1


def _printer_status(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    with _station(clock) as station:
        printing = TicketPrinting(station, station_printer(station, args.printer))
        status = printing.status()
        failures = station.printing.failures_today()
    address = printing.printer.address
    out.line(Text(f"{address}: {status.message_id}", f"{address}: {status.message_en}"))
    out.line(
        Text(
            f"Tiket gagal cetak hari ini: {failures}",
            f"Tickets whose printing failed today: {failures}",
        )
    )
    return 0 if status.state.can_print else 1


def _ticket_reprint(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    with _station(clock) as station:
        ticket = station.tickets.find(args.number)
        outcome = TicketPrinting(station, station_printer(station)).reprint(ticket.id, out.lang)
    out.line(
        Text(
            f"{ticket.number} (SALINAN): {outcome.message.id}",
            f"{ticket.number} (COPY): {outcome.message.en}",
        )
    )
    return 0 if outcome.ok else 1


def _ticket_receipt(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    with _station(clock) as station:
        ticket = station.tickets.find(args.number)
        printing = TicketPrinting(station, station_printer(station, args.printer))
        outcome = printing.print_receipt(ticket.id, args.officer, out.lang)
    out.line(
        Text(
            f"Tanda terima {ticket.number}: {outcome.message.id}",
            f"Proof of submission {ticket.number}: {outcome.message.en}",
        )
    )
    return 0 if outcome.ok else 1


def _ticket_restore(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    with _station(clock) as station:
        ticket = station.tickets.restore(station.tickets.find(args.number).id)
    out.line(ticket_line(ticket))
    return 0


def _profile(paper_mm: int) -> PrinterProfile:
    return PrinterProfile(paper=PAPER_58MM if paper_mm == 58 else PAPER_80MM)


def _admin_set_pin(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    pin = read_new_pin(args.pin_stdin, out, Text("PIN admin baru", "New admin PIN"))
    if pin is None:
        return 2
    path = Paths.from_env().config_file
    set_admin_pin_hash(path, hash_pin(pin))
    out.line(
        Text(
            f"PIN admin disimpan (sebagai hash) di {path}.",
            f"Admin PIN saved (as a hash) in {path}.",
        )
    )
    return 0
