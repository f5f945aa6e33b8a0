"""Start to an interactive Home screen, and peak memory, beside a bare PySide6 window.

Run: `python -m bench.kiosk_startup [--runs 5]` (offscreen unless QT_QPA_PLATFORM says
otherwise). Each start is a fresh process; the clock runs from spawning it to the
moment its window has been shown and painted. Targets: start ≤ 1.5× the bare window
and ≤ 2 s; peak RSS ≤ bare + 80 MB. The kiosk is started as `mpp-kiosk run` does it
(Home from the catalogue snapshot, then the full window); its RSS is read once fully loaded.

A third program shows what no kiosk code can go below: the bare window plus what any
Home of this look needs from Qt alone (the `Qt` namespace, whose first use builds about
90 enums, the bundled fonts and stylesheet, and a widget tree the size of Home: header,
search field, 18 agency cards of three lines in a scroll area, two buttons). The three
start in turn, round after round, so a busy moment of the machine falls on all alike.
`--instructions` counts each program's instructions to "ready" with valgrind instead:
the same on every run, so it tells apart changes of a few per cent.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
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

FLOOR = """
import resource, sys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QGridLayout, QLabel, QLineEdit, QMainWindow, QPushButton, QScrollArea,
    QVBoxLayout, QWidget,
)
import ui
from ui.theme import apply_theme
app = QApplication(sys.argv)
apply_theme(app)
window = QMainWindow()
central = QWidget()
window.setCentralWidget(central)
column = QVBoxLayout(central)
for line in ("MPP Mimika", "10.00 WIT", "Senin, 23 November 2026", "Pilih instansi"):
    column.addWidget(QLabel(line), 0, Qt.AlignmentFlag.AlignLeft)
column.addWidget(QLineEdit())
scroll = QScrollArea()
cards = QWidget()
grid = QGridLayout(cards)
for index in range(18):
    card = QPushButton(cards)
    lines = QVBoxLayout(card)
    for line in range(3):
        lines.addWidget(QLabel(f"Instansi {index} baris {line}", card))
    grid.addWidget(card, index // 3, index % 3)
scroll.setWidget(cards)
scroll.setWidgetResizable(True)
column.addWidget(scroll, 1)
for text in ("Survei kepuasan", "Pengaduan"):
    column.addWidget(QPushButton(text))
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


def exit_at_ready(code: str) -> str:
    """The program, ending (without tidying up) the moment it would report "ready"."""
    return re.sub(r'print\("ready".*\)', "import os; os._exit(0)", code)


def instructions(code: str, home: str) -> float:
    """Millions of instructions from spawn to "ready", counted by valgrind (callgrind).

    Unlike time, the count comes out the same on every run, even on a busy machine: it
    tells apart changes of a few per cent.
    """
    env = {**os.environ, "MPP_KIOSK_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    done = subprocess.run(
        [*command, sys.executable, "-c", exit_at_ready(code)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    assert found is not None, done.stderr[-2000:]
    return int(found.group(1)) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions (valgrind) instead"
    )
    args = parser.parse_args()
    programs = {"bare window": BARE, "Qt floor": FLOOR, "kiosk Home": KIOSK}
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in programs}
    with tempfile.TemporaryDirectory() as home:
        start(KIOSK, home)  # the first start creates and migrates the store: not measured
        if args.instructions:
            if shutil.which("valgrind") is None:
                print("--instructions needs valgrind", file=sys.stderr)
                return 2
            counts = {name: instructions(code, home) for name, code in programs.items()}
            bare = counts["bare window"]
            for name, count in counts.items():
                print(f"{name:12} {count:7.0f} M instructions {count / bare:6.2f}x")
            return 0
        for _ in range(args.runs):
            for name, code in programs.items():
                runs[name].append(start(code, home))
    results = {
        name: (statistics.median(t for t, _ in done), max(rss for _, rss in done))
        for name, done in runs.items()
    }
    bare_s, bare_mb = results["bare window"]
    print(f"{'':12} {'start':>8} {'ratio':>7} {'peak RSS':>10} {'extra':>8}")
    for name, (seconds, mb) in results.items():
        print(
            f"{name:12} {seconds:7.3f}s {seconds / bare_s:6.2f}x {mb:8.0f} MB"
            f" {mb - bare_mb:+6.0f} MB"
        )
    print(f"({args.runs} runs each, median start, highest peak RSS)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
