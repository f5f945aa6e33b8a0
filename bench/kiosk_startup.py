"""Start to an interactive Home screen, and peak memory, beside a bare PySide6 window.

Run: `python -m bench.kiosk_startup [--runs 5]` (offscreen unless QT_QPA_PLATFORM says
otherwise). Each start is a fresh process; the clock runs from spawning it to the
moment its window has been shown and painted. Targets: start ≤ 1.5× the bare window
and ≤ 2 s; peak RSS ≤ bare + 80 MB. The kiosk is started as `mpp-kiosk run` does it
(Home from the catalogue snapshot, then the full window); its RSS is read once fully loaded.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import resource, sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
window = QLabel("MPP")
window.resize(1366, 768)
window.show()
app.processEvents()
window.grab()
print("ready", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""

KIOSK = """
import resource, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
from ui.app import run

def watch(app):
    home = None
    while home is None:
        app.processEvents()
        home = next((w for w in app.topLevelWidgets() if isinstance(w, QMainWindow)
                     and w.isVisible()), None)
    home.grab()
    print("ready", flush=True)
    from ui.kiosk.window import KioskWindow
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        app.processEvents()
        if any(isinstance(w, KioskWindow) and w.isVisible() for w in app.topLevelWidgets()):
            break
    print("loaded", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    return 0

run(demo=True, event_loop=watch)
"""


def start(code: str, home: str) -> tuple[float, float]:
    """Seconds from spawn to "ready", and peak RSS in MB (once fully loaded)."""
    env = {**os.environ, "MPP_KIOSK_HOME": home}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # As installed (and as PyInstaller bundles it) the program starts from compiled
    # bytecode; a machine that forbids writing .pyc files would measure compiling.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    began = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - began
    if line.split()[0] == "ready" and len(line.split()) == 1:  # the kiosk: RSS once loaded
        line = "ready " + process.stdout.readline().split()[1]
    process.kill()
    process.wait()
    word, rss_kb = line.split()
    assert word == "ready", line
    return elapsed, int(rss_kb) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        start(KIOSK, home)  # the first start creates and migrates the store: not measured
        results = {}
        for name, code in (("bare window", BARE), ("kiosk Home", KIOSK)):
            runs = [start(code, home) for _ in range(args.runs)]
            results[name] = (
                statistics.median(t for t, _ in runs),
                max(rss for _, rss in runs),
            )
    (bare_s, bare_mb), (kiosk_s, kiosk_mb) = results["bare window"], results["kiosk Home"]
    print(f"{'':12} {'start':>8} {'peak RSS':>10}")
    print(f"{'bare window':12} {bare_s:7.2f}s {bare_mb:8.0f} MB")
    print(f"{'kiosk Home':12} {kiosk_s:7.2f}s {kiosk_mb:8.0f} MB")
    extra = kiosk_mb - bare_mb
    print(f"ratio {kiosk_s / bare_s:.2f}x, RSS +{extra:.0f} MB ({args.runs} runs each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
