"""What `mpp-kiosk report` and `mpp-server report` share: their options, the files they
write, and the summary they print."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kiosk.domain.text import Lang, Text
from kiosk.reports.figures import Figures, Grouping, Report
from kiosk.reports.formats import count, decimal, minutes, pair, percent
from kiosk.reports.periods import PeriodKind


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """The command line's choices."""

    period: PeriodKind
    day: date | None
    by: Grouping
    csv: Path | None
    pdf: Path | None

    @classmethod
    def of(cls, args: argparse.Namespace) -> ReportOptions:
        """The options parsed by a parser that `add_report_options` set up."""
        return cls(PeriodKind(args.period), args.date, Grouping(args.by), args.csv, args.pdf)


def add_report_options(parser: argparse.ArgumentParser) -> None:
    """`--period`, `--date`, `--by`, `--csv`, `--pdf`."""
    parser.add_argument(
        "--period",
        required=True,
        choices=[k.value for k in PeriodKind],
        help="hari, minggu (Senin–Minggu) atau bulan / day, week (Mon–Sun) or month",
    )
    parser.add_argument(
        "--date",
        type=_day,
        metavar="YYYY-MM-DD",
        help="satu hari dalam periode (bawaan: hari ini, WIT) / a day in the period (today)",
    )
    parser.add_argument(
        "--by",
        default=Grouping.HALL.value,
        choices=[g.value for g in Grouping],
        help="baris per … / one row per … (default: hall)",
    )
    parser.add_argument(
        "--csv",
        type=Path,
        metavar="FILE|DIR",
        help="FILE.csv: ringkasan / the summary; DIR: semua tabel / every table",
    )
    parser.add_argument("--pdf", type=Path, metavar="FILE", help="laporan PDF A4 / A4 PDF")


def write_outputs(report: Report, options: ReportOptions, lang: Lang) -> list[Path]:
    """Write the CSV and PDF asked for; the files written."""
    # Here, not at the top: every `mpp-kiosk` command loads this module, and reportlab
    # is for the report alone.
    from kiosk.reports.csv_out import write_csv
    from kiosk.reports.pdf_out import write_pdf

    written = []
    if options.csv is not None:
        written += write_csv(report, options.csv)
    if options.pdf is not None:
        written.append(write_pdf(report, options.pdf, lang))
    return written


def summary_lines(report: Report, lang: Lang) -> list[str]:
    """The report's gist for a terminal, and one line per group of `--by`."""
    t = report.total
    head = Text(
        f"{report.hall_name.id} — laporan {report.period.label.id} ({report.period.span.id})",
        f"{report.hall_name.en} — report, {report.period.label.en} ({report.period.span.en})",
    )
    source = Text(f"Sumber: {report.source.id}", f"Source: {report.source.en}")
    lines = [head.get(lang), source.get(lang), *_figure_lines(t, lang)]
    if report.by is not Grouping.HALL:
        lines.append("")
        for row in report.rows[report.by]:
            f = row.figures
            lines.append(
                f"{row.label.get(lang)[:40]:<40} {count(f.tickets):>7} {count(f.served):>7} "
                f"{pair(f.wait, lang):>13} {pair(f.service, lang):>13} "
                f"{percent(f.within_promise, lang):>7}"
            )
    return lines


def _figure_lines(f: Figures, lang: Lang) -> list[str]:
    ikm = f.ikm
    if ikm is None:
        satisfaction = Text("IKM: belum ada jawaban survei", "IKM: no survey answers yet")
    else:
        value = decimal(float(ikm.ikm_rounded), lang, 2)
        words = ikm.grade.words
        satisfaction = Text(
            f"IKM {value} ({ikm.grade.letter} {words.id}), {count(ikm.respondents)} responden",
            f"IKM {value} ({ikm.grade.letter} {words.en}), {count(ikm.respondents)} respondents",
        )
    return [
        Text(
            f"Tiket {count(f.tickets)} · dilayani {count(f.served)} · tidak hadir "
            f"{count(f.no_show)} · batal {count(f.cancelled)} · belum selesai "
            f"{count(f.unfinished)} · dialihkan {count(f.transferred)} · gagal cetak "
            f"{count(f.print_failed)}",
            f"Tickets {count(f.tickets)} · served {count(f.served)} · no-show "
            f"{count(f.no_show)} · cancelled {count(f.cancelled)} · unfinished "
            f"{count(f.unfinished)} · transferred {count(f.transferred)} · print failed "
            f"{count(f.print_failed)}",
        ).get(lang),
        Text(
            f"Tunggu (median / p90) {minutes(f.wait, 'id')} · layanan {minutes(f.service, 'id')}",
            f"Wait (median / p90) {minutes(f.wait, 'en')} · service {minutes(f.service, 'en')}",
        ).get(lang),
        Text(
            f"Dalam waktu standar {percent(f.within_standard, 'id')} · layanan maks. 15 menit "
            f"{percent(f.within_promise, 'id')} · ambil nomor s.d. selesai maks. 15 menit "
            f"{percent(f.visit_within_promise, 'id')}",
            f"Within standard time {percent(f.within_standard, 'en')} · service within 15 min "
            f"{percent(f.within_promise, 'en')} · ticket to done within 15 min "
            f"{percent(f.visit_within_promise, 'en')}",
        ).get(lang),
        satisfaction.get(lang),
    ]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None
