"""`GET /admin/reports`: the hall's report for the administrator, as JSON, CSV or PDF."""

from __future__ import annotations

import json
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response

from kiosk.clock import service_day
from kiosk.reports.csv_out import hours_csv, ikm_csv, summary_csv, surveys_csv, tickets_csv
from kiosk.reports.figures import Grouping, Report
from kiosk.reports.json_out import report_json
from kiosk.reports.periods import Period, PeriodKind
from sync.protocol import ErrorBody
from sync.server.reports import hall_report
from sync.server.routes.deps import Admin, Server

router = APIRouter(
    prefix="/admin",
    dependencies=[Admin],
    responses={
        401: {"model": ErrorBody, "description": "No admin token, or an unknown one"},
        422: {"model": ErrorBody, "description": "A field is not valid (named in `field`)"},
    },
)


class ReportFormat(StrEnum):
    """What the answer is."""

    JSON = "json"
    CSV = "csv"
    PDF = "pdf"


class CsvTable(StrEnum):
    """Which table a CSV answer holds."""

    SUMMARY = "summary"
    TICKETS = "tickets"
    HOURS = "hours"
    IKM = "ikm"
    SURVEYS = "surveys"


#: Days a report may be asked for (the ticket table holds years 2000–9998).
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(9998, 12, 1)


@router.get(
    "/reports",
    responses={
        200: {
            "description": "The report: JSON, or a CSV table, or an A4 PDF",
            "content": {
                "application/json": {"schema": {"type": "object"}},
                "text/csv": {"schema": {"type": "string"}},
                "application/pdf": {"schema": {"type": "string", "format": "binary"}},
            },
        }
    },
)
def get_report(
    state: Server,
    period: PeriodKind = PeriodKind.MONTH,
    day: Annotated[date | None, Query(alias="date", ge=FIRST_DAY, le=LAST_DAY)] = None,
    by: Grouping = Grouping.HALL,
    format: ReportFormat = ReportFormat.JSON,
    table: CsvTable = CsvTable.SUMMARY,
    lang: Literal["id", "en"] = "id",
) -> Response:
    """The report of the day, week (Monday–Sunday) or month holding `date` (today in WIT
    when not given), over every station's tickets; `by` chooses the rows of the CSV
    summary and the extra PDF table. Definitions: docs/reports.md."""
    now = state.now()
    chosen = Period.containing(period, day or service_day(now))
    with state.db.read() as conn:
        catalogue = state.catalogues.current(conn)
        report = hall_report(conn, catalogue, chosen, now, by)
    name = f"laporan-{chosen.slug}"
    if format is ReportFormat.PDF:
        from kiosk.reports.pdf_out import pdf_bytes  # reportlab loads with the first PDF

        return _file(pdf_bytes(report, lang), "application/pdf", f"{name}.pdf")
    if format is ReportFormat.CSV:
        text = _csv(report, table, lang)
        return _file(text.encode("utf-8-sig"), "text/csv; charset=utf-8", f"{name}-{table}.csv")
    return _json(report_json(report, lang))


def _csv(report: Report, table: CsvTable, lang: Literal["id", "en"]) -> str:
    if table is CsvTable.TICKETS:
        return tickets_csv(report.tickets)
    if table is CsvTable.HOURS:
        return hours_csv(report)
    if table is CsvTable.IKM:
        return ikm_csv(report, lang)
    if table is CsvTable.SURVEYS:
        return surveys_csv(report.surveys)
    groups = [Grouping.HALL] if report.by is Grouping.HALL else [Grouping.HALL, report.by]
    return summary_csv(report, groups, lang)


def _file(body: bytes, media: str, filename: str) -> Response:
    disposition = f'attachment; filename="{filename}"'
    return Response(body, media_type=media, headers={"Content-Disposition": disposition})


def _json(data: dict[str, Any]) -> Response:
    return Response(json.dumps(data, ensure_ascii=False), media_type="application/json")
