"""`mpp-kiosk report …`: this station's performance report, printed and as CSV and PDF."""

from __future__ import annotations

import argparse

from kiosk.clock import Clock
from kiosk.domain.text import Text
from kiosk.paths import Paths
from kiosk.reports.options import ReportOptions, add_report_options, summary_lines, write_outputs
from kiosk.services.report_service import ReportService
from kiosk.station import open_station
from mpp.cli_output import Out


def add_report_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `report`."""
    report = commands.add_parser(
        "report",
        help="laporan kinerja stasiun ini / this station's performance report",
        description="Laporan per hari, minggu atau bulan dari basis data stasiun ini; "
        "laporan seluruh MPP: mpp-server report. A report from this station's database; "
        "the whole hall's: mpp-server report.",
    )
    add_report_options(report)
    report.set_defaults(handler=_report)


def _report(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    options = ReportOptions.of(args)
    with open_station(Paths.from_env(), clock=clock) as station:
        surveys = station.surveys
        service = ReportService(
            station.store,
            station.catalogues,
            clock,
            station.config.name,
            surveys=lambda period: surveys.records(period.first, period.last),
        )
        report = service.report(service.period(options.period, options.day), options.by)
    for line in summary_lines(report, out.lang):
        out.line(line)
    try:
        written = write_outputs(report, options, out.lang)
    except OSError as exc:
        out.error(
            Text(
                f"Laporan tidak dapat ditulis: {exc}. Periksa folder dan haknya.",
                f"The report could not be written: {exc}. Check the folder and its permissions.",
            )
        )
        return 1
    for path in written:
        out.line(Text(f"Ditulis: {path}", f"Written: {path}"))
    return 0
