"""Write PNGs of the hall board at a busy moment: landscape, portrait, 1366×768, one zone.

Run: `.venv/bin/python scripts/screenshots_display.py [OUTDIR]` (default
docs/screenshots/display). The board runs offscreen on the seed catalogue with a
fixed clock (Monday 23 November 2026, 10:15 WIT): about a dozen calls at counters
of several agencies, people waiting, and the newest call flashing.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtWidgets import QApplication

from kiosk.clock import WIT, FakeClock
from kiosk.config import DisplayOptions, StationConfig
from kiosk.paths import Paths
from kiosk.services.board_service import BoardService
from kiosk.station import Station, open_station
from sync.client.worker import SyncState
from ui.display.board_window import DisplayWindow
from ui.sync_bridge import SyncBridge
from ui.theme import apply_theme

NOW = datetime(2026, 11, 23, 10, 15, tzinfo=WIT)
RUNNING_TEXT = (
    "Selamat datang di Mal Pelayanan Publik Kabupaten Mimika. "
    "Jam layanan Senin–Kamis 08.00–15.00 WIT, Jumat 08.00–11.30 WIT; nomor antrean "
    "dapat diambil sampai satu jam sebelum layanan tutup.  ·  Siapkan dokumen asli dan "
    "fotokopinya sebelum dipanggil.  ·  Layanan prioritas untuk lansia, penyandang "
    "disabilitas, ibu hamil dan orang tua dengan anak kecil."
)
#: (service, counter) in calling order; the last one is the call being presented.
CALLS = [
    ("KTP-EL", 1),
    ("NIB", 5),
    ("KTP-EL", 2),
    ("KK", 3),
    ("PKB-TAHUNAN", 10),
    ("SKCK-BARU", 13),
    ("PKB-TAHUNAN", 11),
    ("JKN-DAFTAR", 18),
    ("KTP-EL", 1),
    ("AKTA-LAHIR", 4),
    ("PASPOR-BARU", 16),
    ("SKCK-PERPANJANGAN", 14),
]
#: Tickets still waiting when the picture is taken.
WAITING = {
    "KTP-EL": 9,
    "KK": 4,
    "AKTA-LAHIR": 3,
    "NIB": 2,
    "PKB-TAHUNAN": 7,
    "SKCK-BARU": 5,
    "SKCK-PERPANJANGAN": 3,
    "PASPOR-BARU": 2,
    "JKN-DAFTAR": 4,
    "NPWP": 1,
    "DTSEN": 2,
}
SHOTS = [
    ("board-landscape", (1920, 1080), None),
    ("board-portrait", (1080, 1920), None),
    ("board-1366", (1366, 768), None),
    ("board-zone-a", (1920, 1080), "A"),
]


def open_board(home: Path, zone: str | None, *, busy: bool = True) -> Station:
    """A display station on the seed catalogue at 10:15 with a morning of calls behind it."""
    paths = Paths(home / "config", home / "data")
    base = StationConfig.demo_default(paths)
    display = DisplayOptions(zone=zone, running_text=RUNNING_TEXT)
    config = dataclasses.replace(base, role="display", demo=False, display=display)
    clock = FakeClock(NOW - timedelta(minutes=60))
    station = open_station(paths, config, clock)
    if busy:
        _morning(station, clock)
    clock.set(NOW)
    return station


def _morning(station: Station, clock: FakeClock) -> None:
    tickets = {code: [station.tickets.issue(code) for _ in range(12)] for code in WAITING}
    tickets.update(
        {c: [station.tickets.issue(c) for _ in range(3)] for c, _ in CALLS if c not in tickets}
    )
    clock.set(NOW - timedelta(minutes=24))
    for code, counter in CALLS[:-1]:
        station.tickets.call(tickets[code].pop(0).id, counter)
        clock.advance(timedelta(minutes=2))
    board = BoardService(station.store, station.catalogues, station.clock)
    board.mark_announced(board.snapshot().last_calls[0])  # all but the newest were heard
    board.close()
    clock.set(NOW)
    code, counter = CALLS[-1]
    station.tickets.call(tickets[code].pop(0).id, counter)
    for code, left in WAITING.items():
        for ticket in tickets[code][left:]:
            station.tickets.cancel(ticket.id)


def shoot(app: QApplication, window: DisplayWindow, path: Path) -> None:
    """Save the window once its layouts have settled (a 256-colour PNG: small)."""
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(path))
    with Image.open(path) as picture:
        small = picture.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def board_window(station: Station, size: tuple[int, int]) -> DisplayWindow:
    """The board shown at `size`, online, with its first read done."""
    bridge = SyncBridge()
    bridge.listener(SyncState(online=True, backlog=0, quarantined=0, last_success=NOW))
    QApplication.processEvents()
    window = DisplayWindow(station, sync=bridge)
    bridge.setParent(window)
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    window.poller.refresh()
    return window


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/display")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    apply_theme(app)
    for name, size, zone in SHOTS:
        with tempfile.TemporaryDirectory() as home:
            station = open_board(Path(home), zone)
            window = board_window(station, size)
            shoot(app, window, out / f"{name}.png")
            window.close()
            station.close()
    with tempfile.TemporaryDirectory() as home:
        station = open_board(Path(home), None, busy=False)
        window = board_window(station, (1920, 1080))
        shoot(app, window, out / "board-morning.png")
        window.close()
        station.close()
    print(f"{len(SHOTS) + 1} board pictures written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
