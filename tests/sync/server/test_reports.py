"""The hall's report on the server: tickets and sign-ins pushed by stations as events,
read back over `GET /admin/reports` (JSON, CSV, PDF) and `mpp-server report`."""

from __future__ import annotations

import csv
import dataclasses
import io
import uuid
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pypdf import PdfReader

from kiosk.catalog.loader import load_file
from kiosk.catalog.source import SEED_CATALOGUE
from kiosk.domain.ticket import TicketStatus
from kiosk.services.ticket_events import ticket_payload
from sync.protocol import API_PREFIX, ErrorBody
from sync.server.catalogue import import_catalogue
from sync.server.cli import main as server_main
from sync.server.state import ServerState
from tests.kiosk.reports import expected as ex
from tests.kiosk.reports.month_data import Month, Planned, Shift, generate, working_days
from tests.sync.server.fake_stations import FakeStation, enrol, push

REPORTS = f"{API_PREFIX}/admin/reports"
WEEK = {"period": "week", "date": "2026-11-23"}


def _event(station: FakeStation, kind: str, payload: dict[str, Any], at: Any) -> dict[str, Any]:
    event = station.event(kind, payload)
    event["occurred_at"] = at.isoformat()
    return event


def _issued(plan: Planned, kiosk: FakeStation) -> dict[str, Any]:
    """The kiosk's `ticket.issued` (waiting, at the service it was issued for)."""
    waiting = dataclasses.replace(
        plan.ticket(kiosk.station_id),
        service_code=plan.origin or plan.service,
        status=TicketStatus.WAITING,
        called_at=None,
        counter_number=None,
        serving_at=None,
        finished_at=None,
        outcome=None,
        origin_service=None,
    )
    return _event(kiosk, "ticket.issued", ticket_payload(waiting), plan.issued)


def _signed(shift: Shift, counter: FakeStation) -> list[dict[str, Any]]:
    payload = {
        "attendance_id": str(uuid.uuid4()),
        "officer_id": shift.officer,
        "officer": shift.officer,
        "counter": shift.counter,
        "services": [],
        "signed_in_at": shift.start.isoformat(),
        "at": shift.start.isoformat(),
    }
    events = [_event(counter, "officer.signed_in", payload, shift.start)]
    if shift.end is not None:
        out = {**payload, "at": shift.end.isoformat()}
        events.append(_event(counter, "officer.signed_out", out, shift.end))
    return events


def _push_all(client: TestClient, station: FakeStation, events: list[dict[str, Any]]) -> None:
    for i in range(0, len(events), 500):
        body = push(client, station, *events[i : i + 500])
        assert all(r["outcome"] == "stored" for r in body["results"]), body


@pytest.fixture
def week(client: TestClient, state: ServerState, kiosk: FakeStation) -> Month:
    """Three days of eight services pushed by a kiosk and a counter station, with sign-ins."""
    with state.db.write() as conn:
        import_catalogue(conn, SEED_CATALOGUE.read_bytes(), state.now())
    catalogue, _ = load_file(SEED_CATALOGUE)
    days = working_days(date(2026, 11, 23), date(2026, 11, 25))
    month = generate(catalogue, days, per_service=(4, 8), seed=3)
    counter = enrol(client, "Loket 3", "counter")
    _push_all(client, kiosk, [_issued(p, kiosk) for p in month.tickets])
    finals = []
    for plan in month.tickets:
        if plan.status is TicketStatus.WAITING:
            continue
        payload = ticket_payload(plan.ticket(kiosk.station_id))
        at = plan.finished or plan.issued
        station = kiosk if plan.status is TicketStatus.CANCELLED else counter
        finals.append((station, _event(station, f"ticket.{plan.status.value}", payload, at)))
    _push_all(client, kiosk, [e for s, e in finals if s is kiosk])
    signs = [e for shift in month.shifts for e in _signed(shift, counter)]
    _push_all(client, counter, signs + [e for s, e in finals if s is counter])
    return month


def test_the_report_as_json_has_the_figures_of_every_station(
    client: TestClient, admin_headers: dict[str, str], week: Month
) -> None:
    reply = client.get(REPORTS, params={**WEEK, "by": "officer"}, headers=admin_headers)
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["hall"]["name"] == "Mal Pelayanan Publik Kabupaten Mimika"
    assert body["period"] == {
        "kind": "week",
        "first": "2026-11-23",
        "last": "2026-11-29",
        "label": "Minggu ke-48 2026 (23–29 November 2026)",
    }
    total = body["total"]
    assert {k: total[k] for k in ex.counts(week.tickets)} == ex.counts(week.tickets)
    waits = ex.wait_minutes(week.tickets)
    assert total["wait_minutes"]["median"] == pytest.approx(ex.median(waits), abs=0.005)
    assert total["wait_minutes"]["p90"] == pytest.approx(ex.p90(waits), abs=0.005)
    hits, judged = ex.within(week.tickets, 15)
    assert total["within_15_minutes"]["hits"] == hits
    assert total["within_15_minutes"]["total"] == judged
    served = Counter(p.officer or "-" for p in week.tickets if p.status is TicketStatus.DONE)
    officers = {r["key"]: r["served"] for r in body["rows"]["officer"]}
    assert all(officers[k] == served[k] for k in officers) and served.keys() <= officers.keys()
    assert "Andi" in officers or "Berta" in officers  # names came from the sign-in events
    cells = ex.cells(week.tickets)
    hours = body["hours"]
    for d, row in zip(hours["days"], hours["counts"], strict=True):
        for h, n in zip(hours["hours"], row, strict=True):
            assert n == cells[(date.fromisoformat(d), h)]


def test_the_report_as_csv_and_pdf(
    client: TestClient, admin_headers: dict[str, str], week: Month
) -> None:
    reply = client.get(
        REPORTS, params={**WEEK, "format": "csv", "table": "tickets"}, headers=admin_headers
    )
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith("text/csv")
    assert "laporan-2026-W48-tickets.csv" in reply.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(reply.content.decode("utf-8-sig"))))
    assert len(rows) == len(week.tickets)
    assert sum(r["status"] == "done" for r in rows) == ex.counts(week.tickets)["served"]
    pdf = client.get(REPORTS, params={**WEEK, "format": "pdf"}, headers=admin_headers)
    assert pdf.headers["content-type"] == "application/pdf"
    text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert "Mal Pelayanan Publik Kabupaten Mimika" in text and "Minggu ke-48 2026" in text
    assert "Server MPP (semua stasiun)" in text


def test_survey_answers_kept_by_the_server_make_the_ikm(
    client: TestClient, admin_headers: dict[str, str], kiosk: FakeStation, week: Month
) -> None:
    served = [p for p in week.tickets if p.status is TicketStatus.DONE][:12]
    answers = [[(i + k) % 4 + 1 for k in range(9)] for i in range(len(served))]
    events = []
    for plan, scores in zip(served, answers, strict=True):
        assert plan.finished is not None
        payload = {
            "survey_id": str(uuid.uuid4()),
            "ticket": plan.id,
            "number": f"{plan.prefix}-{plan.number:03d}",
            "service": plan.service,
            "agency": None,
            "counter": plan.counter,
            "officer": plan.officer,
            "service_day": plan.day.isoformat(),
            "answered_at": plan.finished.isoformat(),
            "scores": scores,
            "profile": {"age_group": None, "sex": None, "education": None, "occupation": None},
            "sealed": None,
        }
        events.append(_event(kiosk, "survey.answered", payload, plan.finished))
    _push_all(client, kiosk, events)
    body = client.get(REPORTS, params=WEEK, headers=admin_headers).json()
    ikm = body["total"]["ikm"]
    every = [x for scores in answers for x in scores]
    assert ikm["respondents"] == len(served)
    assert ikm["ikm"] == pytest.approx(sum(every) / len(every) * 25, abs=0.005)
    by_service = {r["key"]: r["ikm"] for r in body["rows"]["service"]}
    first = served[0].service
    mine = [x for p, a in zip(served, answers, strict=True) if p.service == first for x in a]
    assert by_service[first]["ikm"] == pytest.approx(sum(mine) / len(mine) * 25, abs=0.005)


def test_only_the_admin_gets_reports_and_bad_dates_are_refused(
    client: TestClient, kiosk: FakeStation, admin_headers: dict[str, str]
) -> None:
    assert client.get(REPORTS).status_code == 401
    assert client.get(REPORTS, headers=kiosk.headers).status_code == 401
    reply = client.get(REPORTS, params={"date": "1999-12-31"}, headers=admin_headers)
    assert reply.status_code == 422
    assert ErrorBody.model_validate(reply.json()).field == "date"
    empty = client.get(REPORTS, params={"period": "day"}, headers=admin_headers)
    assert empty.status_code == 200 and empty.json()["total"]["tickets"] == 0


def test_mpp_server_report_writes_the_files(
    server_db: str, week: Month, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, folder = tmp_path / "minggu.pdf", tmp_path / "csv"
    argv = ["report", "--db", server_db, *("--period", "week", "--date", "2026-11-25")]
    code = server_main([*argv, "--by", "counter", "--pdf", str(pdf), "--csv", str(folder)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert f"Tiket {len(week.tickets)} · dilayani {ex.counts(week.tickets)['served']}" in out
    assert pdf.read_bytes().startswith(b"%PDF")
    assert len(list(folder.glob("laporan-2026-W48-*.csv"))) == 5
    assert server_main(["report", "--db", server_db, "--period", "year"]) == 2
