"""Starting a station program as its own process and stopping it as a service manager does."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

READY = "siap / ready"


def start_and_stop(command: Sequence[str], home: Path, seconds: float = 60) -> tuple[int, str]:
    """Run `command` offscreen until it says it is ready, then SIGTERM it; its exit code and
    what it wrote on stderr. A program that never gets ready is killed (code -9)."""
    env = {**os.environ, "MPP_KIOSK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        list(command), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    assert process.stderr is not None
    lines: list[str] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line and process.poll() is not None:
            break
        lines.append(line)
        if READY in line:
            process.send_signal(signal.SIGTERM)
            try:
                code = process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                code = -9
            return code, "".join(lines) + process.stderr.read()
    process.kill()
    process.wait()
    return -9, "".join(lines)
