"""The demo hall script: a kiosk's ticket, called at a counter, reaches the board."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_demo_hall_carries_a_ticket_from_kiosk_to_counter_to_board(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "demo_hall.py"),
            "--check",
            "--dir",
            str(tmp_path),
            "--port",
            str(_free_port()),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "A1-001 → loket 1 → papan / board: OK" in done.stdout
