"""The packaged station program, built once for every packaging test of a run."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/mpp-kiosk/mpp-kiosk, built by scripts/build_kiosk.sh (about 40 s)."""
    out = tmp_path_factory.mktemp("frozen")
    subprocess.run(
        ["bash", str(ROOT / "scripts" / "build_kiosk.sh"), str(out / "dist"), str(out / "work")],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return out / "dist" / "mpp-kiosk" / "mpp-kiosk"
