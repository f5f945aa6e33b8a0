"""A station stopped by its service manager (SIGTERM) closes cleanly, for every role."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.station_process import READY, start_and_stop


@pytest.mark.parametrize("role", ["kiosk", "counter", "display"])
def test_sigterm_closes_the_station_cleanly(tmp_path: Path, role: str) -> None:
    command = [sys.executable, "-m", "mpp", "run", "--demo", "--role", role]
    code, log = start_and_stop(command, tmp_path / "home")
    assert f"{role} {READY}" in log, log
    assert code == 0, log
    assert "Traceback" not in log, log


def test_sigterm_during_the_first_setup_ends_it_without_writing_a_config(tmp_path: Path) -> None:
    home = tmp_path / "home"
    code, log = start_and_stop([sys.executable, "-m", "mpp", "run"], home)
    assert f"setup {READY}" in log, log
    assert code == 0, log
    assert not (home / "config" / "station.toml").exists()
