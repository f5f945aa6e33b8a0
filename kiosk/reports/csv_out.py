"""A report as CSV: UTF-8 (with a BOM, so Excel reads the letters right), a header row,
times in WIT with their offset, minutes with one decimal, empty cells for "no value".

`--csv FILE.csv` writes one file, the summary (the hall and the rows of `--by`).
`--csv DIR` writes five: the summary of every grouping, one row per ticket, tickets
per day and hour, the IKM per element, and one row per survey questionnaire (its nine
answers, anonymous), from which the IKM can be worked out again. The column names are documented in
docs/reports.md; scripts may rely on them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from kiosk.clock import local
from kiosk.domain.ikm import ELEMENTS, IkmResult
from kiosk.domain.text import Lang
from kiosk.domain.ticket import Outcome
from kiosk.reports.facts import SurveyAnswer, TicketFacts
from kiosk.reports.figures import Figures, Grouping, Report, Share, Spread

ENCODING = "utf-8-sig"

SUMMARY_COLUMNS = (
    "group", "key", "name", "tickets", "served", "no_show", "cancelled", "unfinished",
    "transferred", "print_failed",
    *(f"outcome_{o.value}" for o in Outcome),
    "wait_count", "wait_median_min", "wait_p90_min",
    "service_count", "service_median_min", "service_p90_min",
    "visit_median_min", "visit_p90_min",
    "within_standard", "standard_judged", "within_standard_pct",
    "within_15", "within_15_judged", "within_15_pct",
    "visit_within_15", "visit_within_15_judged", "visit_within_15_pct",
    "ikm_respondents", "ikm", "ikm_grade",
)  # fmt: skip

TICKET_COLUMNS = (
    "number", "day", "service", "origin_service", "agency", "counter", "officer", "priority",
    "status", "outcome", "print_failed", "transferred", "recall_count",
    "issued_at", "called_at", "started_at", "finished_at", "wait_min", "service_min", "visit_min",
)  # fmt: skip


def write_csv(report: Report, target: Path, *, prefix: str | None = None) -> list[Path]:
    """Write the report to `target` (a `.csv` file, or a folder for all five files)."""
    if target.suffix.lower() == ".csv":
        target.parent.mkdir(parents=True, exist_ok=True)
        groups = [Grouping.HALL] if report.by is Grouping.HALL else [Grouping.HALL, report.by]
        target.write_text(summary_csv(report, groups), encoding=ENCODING, newline="")
        return [target]
    target.mkdir(parents=True, exist_ok=True)
    stem = prefix or f"laporan-{report.period.slug}"
    files = {
        "summary": summary_csv(report, list(Grouping)),
        "tickets": tickets_csv(report.tickets),
        "hours": hours_csv(report),
        "ikm": ikm_csv(report),
        "surveys": surveys_csv(report.surveys),
    }
    written = []
    for name, text in files.items():
        path = target / f"{stem}-{name}.csv"
        path.write_text(text, encoding=ENCODING, newline="")
        written.append(path)
    return written


def summary_csv(report: Report, groupings: Sequence[Grouping], lang: Lang = "id") -> str:
    """One row per group of each grouping: counts, minutes, shares, IKM."""
    rows = (
        [g.value, row.key, row.label.get(lang), *_figure_cells(row.figures)]
        for g in groupings
        for row in report.rows[g]
    )
    return _csv(SUMMARY_COLUMNS, rows)


def tickets_csv(tickets: Iterable[TicketFacts]) -> str:
    """One row per ticket: no personal data, only the queue's own facts."""
    return _csv(TICKET_COLUMNS, (_ticket_cells(t) for t in tickets))


def hours_csv(report: Report) -> str:
    """Tickets issued per day (rows) and WIT hour (columns), with totals."""
    matrix = report.hours
    heads = ("day", *(f"{h:02d}" for h in matrix.hours), "total")
    rows: list[list[object]] = [
        [d.isoformat(), *(matrix.cell(d, h) for h in matrix.hours), matrix.day_total(d)]
        for d in matrix.days
    ]
    totals = [matrix.hour_total(h) for h in matrix.hours]
    rows.append(["total", *totals, sum(totals)])
    return _csv(heads, rows)


def ikm_csv(report: Report, lang: Lang = "id") -> str:
    """The IKM of the hall, each agency and each service: NRR per element, index, grade."""
    heads = (
        "group", "key", "name", "respondents",
        *(f"nrr_{e.code.lower()}" for e in ELEMENTS),
        "unit_index", "ikm", "grade", "grade_words",
    )  # fmt: skip
    rows = []
    for g in (Grouping.HALL, Grouping.AGENCY, Grouping.SERVICE):
        for row in report.rows[g]:
            result = row.figures.ikm
            if result is not None:
                rows.append([g.value, row.key, row.label.get(lang), *_ikm_cells(result, lang)])
    return _csv(heads, rows)


def surveys_csv(surveys: Iterable[SurveyAnswer]) -> str:
    """One row per questionnaire: when (WIT), which service, the answers U1 … U9."""
    heads = ("answered_at", "service", *(e.code.lower() for e in ELEMENTS))
    rows = ([_time(s.answered_at), s.service_code, *s.answers.scores] for s in surveys)
    return _csv(heads, rows)


def _ikm_cells(result: IkmResult, lang: Lang) -> list[object]:
    return [
        result.respondents,
        *(f"{n:.3f}" for n in result.nrr),
        f"{result.unit_index:.4f}",
        f"{result.ikm_rounded}",
        result.grade.letter,
        result.grade.words.get(lang),
    ]


def _figure_cells(f: Figures) -> list[object]:
    ikm = f.ikm
    return [
        f.tickets, f.served, f.no_show, f.cancelled, f.unfinished, f.transferred,
        f.print_failed, *(f.outcomes[o.value] for o in Outcome),
        f.wait.count, *_spread(f.wait),
        f.service.count, *_spread(f.service),
        *_spread(f.visit),
        *_share(f.within_standard), *_share(f.within_promise), *_share(f.visit_within_promise),
        ikm.respondents if ikm else 0,
        f"{ikm.ikm_rounded}" if ikm else "",
        ikm.grade.letter if ikm else "",
    ]  # fmt: skip


def _ticket_cells(t: TicketFacts) -> list[object]:
    return [
        t.number, t.day.isoformat(), t.service_code, t.origin_service or "",
        t.agency_code or "", t.counter if t.counter is not None else "", t.officer or "",
        t.priority.value if t.priority else "", t.status.value,
        t.outcome.value if t.outcome else "", int(t.print_failed), int(t.transferred),
        t.recall_count, _time(t.issued_at), _time(t.called_at), _time(t.started_at),
        _time(t.finished_at), _minutes(t.wait_seconds), _minutes(t.service_seconds),
        _minutes(t.visit_seconds),
    ]  # fmt: skip


def _spread(s: Spread) -> list[str]:
    return [_one(s.median), _one(s.p90)]


def _share(s: Share) -> list[object]:
    return [s.hits, s.total, _one(s.ratio * 100 if s.ratio is not None else None)]


def _one(value: float | None) -> str:
    return f"{value:.1f}" if value is not None else ""


def _minutes(seconds: float | None) -> str:
    return f"{seconds / 60:.1f}" if seconds is not None else ""


def _time(when: datetime | None) -> str:
    return local(when).isoformat(timespec="seconds") if when is not None else ""


def _csv(heads: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(heads)
    writer.writerows(rows)
    return out.getvalue()
