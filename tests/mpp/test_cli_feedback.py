"""`mpp-kiosk survey …` and `mpp-kiosk complaint …` from a technician's terminal."""

from __future__ import annotations

import argparse
import json
import sys

import pytest

from kiosk.clock import FakeClock
from kiosk.errors import KioskError
from kiosk.paths import Paths
from kiosk.station import open_station
from mpp.cli import error_code
from mpp.cli_feedback import add_feedback_commands
from mpp.cli_output import Out
from tests.kiosk.services.feedback_helpers import served
from tests.mpp.test_cli import use_small_catalogue

SCORES = "4,3,4,4,3,4,4,3,4"
TEXT = "Antrean tidak bergerak selama satu jam di loket KTP."


def run(capsys: pytest.CaptureFixture[str], *argv: str, clock: FakeClock) -> tuple[int, str, str]:
    """The feedback commands as `mpp-kiosk` runs them (registered on their own parser)."""
    parser = argparse.ArgumentParser(prog="mpp-kiosk")
    add_feedback_commands(parser.add_subparsers(dest="command", required=True))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        out, err = capsys.readouterr()
        return int(exc.code or 0), out, err
    out_ = Out("id", sys.stdout, sys.stderr)
    try:
        code: int = args.handler(args, out_, clock)
    except KioskError as error:
        out_.error(error.message)
        code = error_code(error)
    out, err = capsys.readouterr()
    return code, out, err


def test_a_technician_rates_a_served_ticket_once(
    home: Paths, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    use_small_catalogue(home, demo=False)
    with open_station(home, clock=clock) as station:
        number = served(station).number
        waiting = station.tickets.issue("KTP-EL").number
    assert run(capsys, "survey", "check", number, clock=clock)[0] == 0
    code, out, _ = run(
        capsys, "survey", "answer", number, "--scores", SCORES, "--sex", "P", clock=clock
    )
    assert code == 0 and f"Survei untuk tiket {number} tersimpan" in out
    code, _, err = run(capsys, "survey", "answer", number, "--scores", SCORES, clock=clock)
    assert code == 1 and "sudah diisi" in err
    code, _, err = run(capsys, "survey", "answer", waiting, "--scores", SCORES, clock=clock)
    assert code == 1 and "belum tercatat selesai" in err
    assert run(capsys, "survey", "answer", number, "--scores", "4,4,5", clock=clock)[0] == 2


def test_a_complaint_is_filed_and_its_status_told_without_a_server(
    home: Paths, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    use_small_catalogue(home, demo=False)
    code, out, _ = run(
        capsys,
        "complaint",
        "file",
        "--agency",
        "DUKCAPIL",
        "--category",
        "pelayanan_lambat",
        "--text",
        TEXT,
        "--contact",
        "0812 1111 2345",
        clock=clock,
    )
    assert code == 0 and "Nomor pengaduan: ADU-" in out
    assert f"Kontak: {'•' * 11}345" in out and "11112345" not in out
    tracking = out.split("Nomor pengaduan: ")[1].split()[0]
    code, out, _ = run(capsys, "complaint", "status", tracking, "--json", clock=clock)
    shown = json.loads(out)
    assert code == 0 and (shown["source"], shown["sent"], shown["answer"]) == (
        "station",
        False,
        None,
    )
    code, _, err = run(
        capsys, "complaint", "file", "--agency", "X", "--category", "lainnya", "--text", TEXT,
        clock=clock,
    )  # fmt: skip
    assert code == 1 and "tidak ada di katalog" in err
    assert run(capsys, "complaint", "status", "ADU-AAAAAAAA", clock=clock)[0] == 1
