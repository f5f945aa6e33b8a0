"""The packaged station program (kiosk.spec): it builds, carries its data, starts and stops."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.station_process import READY, start_and_stop


def _run(program: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MPP_KIOSK_HOME": str(home)}
    return subprocess.run(
        [str(program), *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def test_the_build_issues_a_ticket_from_its_own_catalogue_and_migrations(
    frozen: Path, tmp_path: Path
) -> None:
    done = _run(frozen, tmp_path, "ticket", "issue", "--service", "KIA")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("A7-001"), done.stdout
    printed = _run(frozen, tmp_path, "print-test", "--printer", "dummy:")
    assert printed.returncode == 0, printed.stderr  # python-escpos's printer data is inside


def test_the_build_leaves_out_unused_qt_and_keeps_what_sound_needs(frozen: Path) -> None:
    internal = frozen.parent / "_internal"
    bundled = {p.name for p in internal.rglob("*.so*")}
    assert not any("WebEngine" in name or "VirtualKeyboard" in name for name in bundled)
    plugin = next(internal.rglob("libffmpegmediaplugin.so"))  # plays the announcements
    qt_lib = internal / "PySide6" / "Qt" / "lib"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{qt_lib}"}
    linked = subprocess.run(["ldd", str(plugin)], env=env, capture_output=True, text=True)
    assert "not found" not in linked.stdout, linked.stdout


@pytest.mark.parametrize("role", ["kiosk", "counter", "display"])
def test_the_build_starts_each_role_and_stops_cleanly(
    frozen: Path, tmp_path: Path, role: str
) -> None:
    code, log = start_and_stop([str(frozen), "run", "--demo", "--role", role], tmp_path)
    assert f"{role} {READY}" in log, log
    assert code == 0, log


def test_the_build_opens_setup_on_a_first_start_and_stops_cleanly(
    frozen: Path, tmp_path: Path
) -> None:
    code, log = start_and_stop([str(frozen), "run"], tmp_path)
    assert f"setup {READY}" in log, log
    assert code == 0, log
    assert not (tmp_path / "config" / "station.toml").exists()


def test_the_build_writes_a_report_pdf(frozen: Path, tmp_path: Path) -> None:
    assert _run(frozen, tmp_path, "ticket", "issue", "--service", "KIA").returncode == 0
    pdf = tmp_path / "month.pdf"
    done = _run(frozen, tmp_path, "report", "--period", "month", "--pdf", str(pdf))
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
