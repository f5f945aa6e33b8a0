"""`mpp-kiosk diagnostics` and `mpp-kiosk export-diagnostics`, as a technician runs them."""

from __future__ import annotations

import argparse
import json
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.clock import WIT, FakeClock
from kiosk.errors import KioskError
from kiosk.paths import Paths
from kiosk.station import open_station
from mpp.cli import error_code
from mpp.cli_diagnostics import add_diagnostics_commands
from mpp.cli_output import Out
from tests.conftest import SMALL_CATALOGUE

CLOCK = FakeClock(datetime(2026, 11, 23, 9, 0, tzinfo=WIT))


def configure(home: Paths) -> None:
    home.config_dir.mkdir(parents=True, exist_ok=True)
    home.config_file.write_text(
        f"[station]\nname = 'Kiosk Uji'\n[catalogue]\nfile = {json.dumps(str(SMALL_CATALOGUE))}\n"
        "[printer]\naddress = 'dummy:'\n",
        encoding="utf-8",
    )


def run(capsys: pytest.CaptureFixture[str], *argv: str, lang: str = "id") -> tuple[int, str, str]:
    """As `mpp-kiosk [--lang L] ARGV` runs once `add_diagnostics_commands` is registered."""
    parser = argparse.ArgumentParser(prog="mpp-kiosk")
    add_diagnostics_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    out = Out("en" if lang == "en" else "id", sys.stdout, sys.stderr)
    try:
        code: int = args.handler(args, out, CLOCK)
    except KioskError as error:
        out.error(error.message)
        code = error_code(error)
    printed, errors = capsys.readouterr()
    return code, printed, errors


def issue(home: Paths, count: int) -> int:
    with open_station(home, clock=CLOCK) as station:
        for _ in range(count):
            station.tickets.issue("KTP-EL")
        return station.sync.status().backlog


def test_diagnostics_in_plain_words(home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    configure(home)
    backlog = issue(home, 2)
    code, out, _ = run(capsys, "diagnostics")
    assert code == 0
    assert "Stasiun: Kiosk Uji · Kiosk warga" in out
    assert f"Antrean kirim: {backlog} kejadian" in out
    assert "Printer: dummy: — Printer siap." in out
    assert "Server: tidak ada (stasiun mandiri)" in out
    code, out, _ = run(capsys, "diagnostics", lang="en")
    assert f"Waiting to send: {backlog} events" in out


def test_diagnostics_as_json(home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    configure(home)
    backlog = issue(home, 1)
    code, out, _ = run(capsys, "diagnostics", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["role"] == "kiosk" and data["outbox_backlog"] == backlog
    assert len(data["station_id"]) == 36
    assert data["checks"]["printer"] == {"ok": True, "message": "The printer is ready."}
    assert data["checks"]["server"]["ok"] is None


def test_export_diagnostics_to_a_folder_and_by_default(
    home: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    configure(home)
    issue(home, 1)
    code, out, _ = run(capsys, "export-diagnostics", str(tmp_path / "usb"))
    [written] = (tmp_path / "usb").iterdir()
    assert code == 0 and str(written) in out and "tanpa data pribadi" in out
    with zipfile.ZipFile(written) as archive:
        report = json.loads(archive.read("diagnostics.json"))
    assert report["checks"]["printer"]["ok"] is True
    code, out, _ = run(capsys, "export-diagnostics", lang="en")
    assert code == 0 and "Diagnostics written (no personal data)" in out
    assert len(list(home.exports.glob("mpp-kiosk-diagnostik-*.zip"))) == 1


def test_an_unwritable_folder_is_refused_with_what_to_check(
    home: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    configure(home)
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    code, out, err = run(capsys, "export-diagnostics", str(blocker))
    assert code == 1 and out == ""
    assert "tidak dapat ditulis" in err
