"""`mpp-kiosk report …`: the station's report on the terminal, as CSV files and as a PDF."""

from __future__ import annotations

import argparse
import csv
import io
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.clock import FakeClock
from kiosk.paths import Paths
from kiosk.station import open_station
from mpp.cli_output import Out
from mpp.cli_report import add_report_commands
from tests.mpp.test_cli import use_small_catalogue


def run(capsys: pytest.CaptureFixture[str], clock: FakeClock, *argv: str) -> tuple[int, str, str]:
    """The command as `mpp-kiosk` runs it once `add_report_commands` is registered."""
    parser = argparse.ArgumentParser(prog="mpp-kiosk")
    add_report_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    code: int = args.handler(args, Out("id", sys.stdout, sys.stderr), clock)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def served_two(home: Paths, clock: FakeClock) -> None:
    """Two KTP-EL tickets on Monday 23 November 2026: one served in 6 minutes, one waiting."""
    use_small_catalogue(home, demo=False)
    with open_station(home, clock=clock) as station:
        first = station.tickets.issue("KTP-EL")
        station.tickets.issue("KTP-EL")
        clock.advance(timedelta(minutes=3))
        station.tickets.call(first.id, 1)
        station.tickets.start_serving(first.id)
        clock.advance(timedelta(minutes=6))
        station.tickets.finish(first.id)


@pytest.mark.usefixtures("served_two")
def test_report_prints_writes_csv_and_pdf(
    clock: FakeClock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, folder = tmp_path / "out" / "week.pdf", tmp_path / "csv"
    code, out, err = run(
        capsys, clock, "report", "--period", "week", "--by", "service",
        "--csv", str(folder), "--pdf", str(pdf),
    )  # fmt: skip
    assert code == 0, err
    assert "Minggu ke-48 2026 (23–29 November 2026)" in out
    assert "Tiket 2 · dilayani 1" in out
    assert "KTP Elektronik" in out  # the --by service line
    assert f"Ditulis: {pdf}" in out
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        f"laporan-2026-W48-{n}.csv" for n in ("hours", "ikm", "summary", "surveys", "tickets")
    ]
    tickets = (folder / "laporan-2026-W48-tickets.csv").read_text("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(tickets)))
    assert [r["status"] for r in rows] == ["done", "waiting"]
    assert rows[0]["wait_min"] == "3.0" and rows[0]["service_min"] == "6.0"
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Mal Pelayanan Publik Uji" in text and "Minggu ke-48 2026" in text


@pytest.mark.usefixtures("served_two")
def test_an_earlier_month_by_date_and_one_csv_file(
    clock: FakeClock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "oktober.csv"
    code, out, _ = run(
        capsys, clock, "report", "--period", "month", "--date", "2026-10-05", "--csv", str(target)
    )
    assert code == 0
    assert "Bulan Oktober 2026" in out and "Tiket 0" in out
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"))))
    assert [(r["group"], r["tickets"]) for r in rows] == [("hall", "0")]


@pytest.mark.usefixtures("served_two")
def test_a_bad_date_or_an_unwritable_file(
    clock: FakeClock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(capsys, clock, "report", "--period", "day", "--date", "23-11-2026")
    assert exit_info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code, _, err = run(capsys, clock, "report", "--period", "day", "--pdf", str(blocker / "r.pdf"))
    assert code == 1 and "tidak dapat ditulis" in err
