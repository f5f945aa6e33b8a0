"""From a touch on "Ambil Nomor Antrian" to the number on screen (printer I/O excluded).

Run: `python -m bench.kiosk_touch [--touches 300]`. The printer is `dummy:` (it keeps
the bytes in memory), so the figure is the kiosk's own work: the issuing transaction,
rendering the ticket, the worker thread and the screen update. The baseline is the
same touch on a button that only changes a label, in the same window.
Target: p99 ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.clock import SystemClock
from kiosk.config import StationConfig
from kiosk.paths import Paths
from kiosk.station import open_station
from mpp.printing import TicketPrinting
from printers import Printer
from ui.kiosk.window import KioskWindow
from ui.theme import apply_theme

# Services without a daily quota or a form, so hundreds of tickets go straight through.
SERVICES = ("AKTA-MATI", "KIA", "PBG", "PBB-P2")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--touches", type=int, default=300)
    args = parser.parse_args()
    app = QApplication([])
    apply_theme(app)
    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths(Path(tmp) / "config", Path(tmp) / "data")
        station = open_station(paths, StationConfig.demo_default(paths), SystemClock())
        window = KioskWindow(station, TicketPrinting(station, Printer("dummy:")))
        window.resize(1366, 768)
        window.show()
        touch_ms, floor_ms = [], []
        for i in range(args.touches):
            window.service.show_service(SERVICES[i % len(SERVICES)])
            window.navigator.go(window.service)
            app.processEvents()
            before = window.ticket.panel.number.text()
            began = time.perf_counter()
            QTest.mouseClick(window.service.take_button, Qt.MouseButton.LeftButton)
            while window.ticket.panel.number.text() == before:
                app.processEvents()
            touch_ms.append((time.perf_counter() - began) * 1000)
            window.navigator.home()
            began = time.perf_counter()
            QTest.mouseClick(window.home.header.language_button, Qt.MouseButton.LeftButton)
            app.processEvents()
            floor_ms.append((time.perf_counter() - began) * 1000)
        window.close()
        station.close()
    print(
        f"touch → number on screen: median {statistics.median(touch_ms):.1f} ms, "
        f"p99 {percentile(touch_ms, 0.99):.1f} ms ({args.touches} touches)"
    )
    print(
        f"baseline (language switch, all screens): median {statistics.median(floor_ms):.1f} ms, "
        f"p99 {percentile(floor_ms, 0.99):.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
