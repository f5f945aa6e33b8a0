"""`mpp-kiosk officer …`: the admin adds, lists and removes counter officers; attendance."""

from __future__ import annotations

import io

import pytest

from kiosk.clock import FakeClock
from kiosk.paths import Paths
from kiosk.station import open_station
from tests.mpp.test_cli import run, use_small_catalogue


def test_an_officer_added_on_the_command_line_can_sign_in_at_a_counter(
    home: Paths,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_small_catalogue(home, demo=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("97531\n"))
    code, out, _ = run(capsys, "officer", "add", "Maria Kotorok", "--pin-stdin", clock=clock)
    assert code == 0 and "Maria Kotorok" in out
    code, out, _ = run(capsys, "officer", "list", clock=clock)
    assert "Maria Kotorok  (aktif)" in out
    with open_station(home, clock=clock) as station:
        station.officers.sign_in("maria kotorok", "97531", 2, ["KTP-EL"])
    code, out, _ = run(capsys, "officer", "attendance", clock=clock)
    assert "Loket 2  Maria Kotorok" in out
    code, out, _ = run(capsys, "officer", "remove", "Maria Kotorok", clock=clock)
    assert code == 0
    assert "(nonaktif)" in run(capsys, "officer", "list", clock=clock)[1]


def test_a_bad_pin_or_an_unknown_officer_changes_nothing(
    home: Paths,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_small_catalogue(home, demo=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    code, _, err = run(capsys, "officer", "add", "Maria Kotorok", "--pin-stdin", clock=clock)
    assert code == 2 and "4 sampai 8 angka" in err
    code, _, err = run(capsys, "officer", "remove", "Nobody", clock=clock)
    assert code == 1 and "Nobody" in err
    assert "Belum ada petugas" in run(capsys, "officer", "list", clock=clock)[1]
