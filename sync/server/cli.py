"""`mpp-server`: the command line of the central server (also `python -m sync.server`).

Every command takes `--db URL` (default: the SQLite file under the server's data
folder, see `sync.server.settings`) and brings the database to the newest schema
before it does anything. Exit status: 0 done, 1 failed (one line on stderr says
why), 2 the command line itself was wrong.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

from kiosk import __version__
from kiosk.reports.options import add_report_options
from sync.server import commands
from sync.server.complaint_commands import add_complaint_parsers
from sync.server.errors import ApiError, ServerError
from sync.server.settings import DEFAULT_HOST, DEFAULT_PORT, HOME_VARIABLE, default_db_url


def build_parser() -> argparse.ArgumentParser:
    """The server's command line."""
    parser = argparse.ArgumentParser(
        prog="mpp-server",
        description="Server pusat MPP Kiosk: stasiun (kiosk, loket, papan) menyinkronkan antrean "
        "ke server ini. Central server of MPP Kiosk that the hall's stations sync with.",
        epilog=f"The default database is a SQLite file under ${HOME_VARIABLE} "
        "(or the platform's data folder for mpp-server).",
    )
    parser.add_argument("--version", action="version", version=f"mpp-server {__version__}")
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="database URL: sqlite:///PATH or postgresql+psycopg://USER@HOST/NAME",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _serve_parser(sub, db)
    _station_parsers(sub, db)
    _catalog_parsers(sub, db)
    sub.add_parser(
        "admin-token", parents=[db], help="create an admin token and print it (shown once)"
    ).set_defaults(run=commands.admin_token)
    conflicts = sub.add_parser("conflicts", parents=[db], help="list merge conflicts")
    conflicts.add_argument("--all", action="store_true", help="resolved ones too")
    conflicts.set_defaults(run=commands.conflicts)
    report = sub.add_parser(
        "report", parents=[db], help="the hall's performance report (text, CSV, PDF)"
    )
    add_report_options(report)
    report.add_argument("--lang", choices=("id", "en"), default="id", help="language (id)")
    report.set_defaults(run=commands.report)
    add_complaint_parsers(sub, db)
    return parser


def _serve_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], db: argparse.ArgumentParser
) -> None:
    serve = sub.add_parser("serve", parents=[db], help="run the HTTP API (one process)")
    serve.add_argument(
        "--host", default=DEFAULT_HOST, help=f"address to listen on ({DEFAULT_HOST})"
    )
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port ({DEFAULT_PORT})")
    serve.add_argument("--access-log", action="store_true", help="log every request line")
    serve.set_defaults(run=commands.serve)


def _station_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], db: argparse.ArgumentParser
) -> None:
    station = sub.add_parser("station", help="add, list and revoke the hall's stations")
    actions = station.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", parents=[db], help="add a station; prints its one-time code")
    add.add_argument("--name", required=True, help="the station's name, e.g. 'Loket 3'")
    add.add_argument("--role", required=True, choices=("kiosk", "counter", "display"))
    add.set_defaults(run=commands.station_add)
    actions.add_parser("list", parents=[db], help="list the stations").set_defaults(
        run=commands.station_list
    )
    revoke = actions.add_parser("revoke", parents=[db], help="revoke a station's token")
    revoke.add_argument("station", metavar="NAME_OR_ID", help="the station's name or station id")
    revoke.set_defaults(run=commands.station_revoke)


def _catalog_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], db: argparse.ArgumentParser
) -> None:
    catalog = sub.add_parser("catalog", help="import or export the hall's catalogue")
    actions = catalog.add_subparsers(dest="action", required=True, metavar="ACTION")
    imp = actions.add_parser("import", parents=[db], help="check a TOML catalogue and use it")
    imp.add_argument("file", metavar="FILE")
    imp.set_defaults(run=commands.catalog_import)
    exp = actions.add_parser("export", parents=[db], help="write the current catalogue as TOML")
    exp.add_argument("file", metavar="FILE", nargs="?", help="default: standard output")
    exp.set_defaults(run=commands.catalog_export)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `mpp-server`."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version (0) or a usage error (2)
        return int(exc.code or 0)
    if args.db is None:
        args.db = default_db_url()
    try:
        result: int = args.run(args)
    except (ServerError, OSError) as exc:
        return _fail(str(exc))
    except ApiError as exc:
        return _fail(exc.message)
    except SQLAlchemyError as exc:
        return _fail(f"database error: {str(exc).splitlines()[0]}")
    return result


def _fail(message: str) -> int:
    print(f"mpp-server: {message}", file=sys.stderr)
    return 1
