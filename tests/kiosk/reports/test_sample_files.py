"""The sample monthly report in docs/reports/: its figures can be worked out again from
its CSV files (scripts/sample_report.py makes them)."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.kiosk.reports import expected as ex

SAMPLE = Path(__file__).resolve().parents[3] / "docs" / "reports"


def _read(name: str) -> list[dict[str, str]]:
    text = (SAMPLE / f"sample-month-{name}.csv").read_text(encoding="utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture(scope="module")
def hall() -> dict[str, str]:
    return next(r for r in _read("summary") if r["group"] == "hall")


@pytest.fixture(scope="module")
def tickets() -> list[dict[str, str]]:
    return _read("tickets")


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_counts_are_the_ticket_rows(hall: dict[str, str], tickets: list[dict[str, str]]) -> None:
    status = Counter(t["status"] for t in tickets)
    assert int(hall["tickets"]) == len(tickets) > 3000
    assert int(hall["served"]) == status["done"]
    assert int(hall["no_show"]) == status["no_show"]
    assert int(hall["cancelled"]) == status["cancelled"]
    assert int(hall["transferred"]) == sum(t["transferred"] == "1" for t in tickets)
    assert int(hall["print_failed"]) == sum(t["print_failed"] == "1" for t in tickets)
    per_agency = Counter(t["agency"] for t in tickets)
    for row in _read("summary"):
        if row["group"] == "agency":
            assert int(row["tickets"]) == per_agency[row["key"]], row["key"]


def test_times_and_the_15_minute_share_from_the_timestamps(
    hall: dict[str, str], tickets: list[dict[str, str]]
) -> None:
    waits = [
        (_at(t["called_at"]) - _at(t["issued_at"])).total_seconds() / 60
        for t in tickets
        if t["called_at"] and t["transferred"] == "0"
    ]
    assert hall["wait_median_min"] == f"{ex.median(waits):.1f}"
    assert hall["wait_p90_min"] == f"{ex.p90(waits):.1f}"
    spans = [
        _at(t["finished_at"]) - _at(t["started_at"] or t["called_at"])
        for t in tickets
        if t["status"] == "done"
    ]
    assert int(hall["within_15"]) == sum(s <= timedelta(minutes=15) for s in spans)
    assert int(hall["within_15_judged"]) == len(spans)


def test_heat_map_and_ikm_from_their_rows(tickets: list[dict[str, str]]) -> None:
    hours = _read("hours")
    per_cell = Counter((t["day"], t["issued_at"][11:13]) for t in tickets)
    for row in hours[:-1]:
        for hour, value in row.items():
            if hour not in ("day", "total"):
                assert int(value) == per_cell[(row["day"], hour)], (row["day"], hour)
    surveys = _read("surveys")
    every = [int(row[f"u{i}"]) for row in surveys for i in range(1, 10)]
    hall_ikm = next(r for r in _read("ikm") if r["group"] == "hall")
    assert float(hall_ikm["ikm"]) == pytest.approx(sum(every) / len(every) * 25, abs=0.005)
    assert int(hall_ikm["respondents"]) == len(surveys)


def test_the_pdf_shows_the_same_month(hall: dict[str, str]) -> None:
    reader = PdfReader(SAMPLE / "sample-month.pdf")
    text = reader.pages[0].extract_text()
    assert "Mal Pelayanan Publik Kabupaten Mimika" in text and "Bulan November 2026" in text
    assert f"{int(hall['tickets']):,}".replace(",", ".") in text
    assert f"IKM {hall['ikm'].replace('.', ',')} · mutu {hall['ikm_grade']}" in text
    pages = sorted(SAMPLE.glob("sample-month-page-*.png"))
    assert len(pages) == len(reader.pages)
