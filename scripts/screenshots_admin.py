"""Write PNGs of the admin menu on every role: the PIN pad, the menu, the export chooser.

Run: `.venv/bin/python scripts/screenshots_admin.py [OUTDIR [SCENE]]` (default
docs/screenshots/setup; SCENE: only the pictures whose name holds it). Files are
named `admin-<role>-<scene>-<id|en>.png`; 1366×768 for every role, and the kiosk also
portrait 1080×1920 (`admin-kiosk-portrait-<scene>-…`). Each picture comes from a fresh
station on the seed catalogue with a fixed clock (Monday 23 November 2026, 10.15 WIT,
up since 08.10), enrolled with a server, a few events waiting to be sent and a USB
stick plugged in, so the pictures are the same on every machine (but for the free disk).
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.clock import WIT, FakeClock
from kiosk.config import StationConfig
from kiosk.domain.text import Lang, Text
from kiosk.paths import Paths
from kiosk.station import DEMO_PIN, DEMO_PIN_HASH, Station, open_station
from mpp.counter_calls import CounterCalls
from mpp.printing import TicketPrinting
from mpp.station_admin import Check
from printers import Printer
from sync.client.worker import SyncState
from ui.admin.admin_access import AdminAccess
from ui.admin.admin_menu import AdminMenu
from ui.admin.admin_worker import AdminWorker, Done
from ui.admin.station_control import StationControl
from ui.counter.window import CounterWindow
from ui.display.board_window import DisplayWindow
from ui.kiosk.window import KioskWindow
from ui.sync_bridge import SyncBridge
from ui.theme import apply_theme

STARTED = datetime(2026, 11, 23, 8, 10, tzinfo=WIT)
NOW = datetime(2026, 11, 23, 10, 15, tzinfo=WIT)
NAMES = {"kiosk": "Kiosk Lobi 1", "counter": "Loket 2 Disdukcapil", "display": "Papan Lantai 1"}
#: What the pictures show as the station's folders (nothing is written there).
SHOWN_HOME = Paths(Path("/home/mpp/.config/mpp-kiosk"), Path("/home/mpp/.local/share/mpp-kiosk"))
SERVER_ANSWER = Check(
    True, Text("Server menjawab (versi 0.1.0).", "Server answers (version 0.1.0).")
)
SIZES = {"": (1366, 768), "portrait-": (1080, 1920)}


def open_hall(home: Path, role: str) -> Station:
    """A station of `role` since 08.10, enrolled, a morning of tickets, three events unsent."""
    paths = Paths(home / "config", home / "data")
    base = StationConfig.demo_default(paths)
    config = dataclasses.replace(
        base,
        name=NAMES[role],
        role=role,  # type: ignore[arg-type]
        demo=role == "counter",
        printer="usb:0416:5011",
        server_url="http://127.0.0.1:9",  # refused at once; the picture shows an answer
        admin_pin_hash=DEMO_PIN_HASH,
    )
    clock = FakeClock(STARTED)
    station = open_station(paths, config, clock)
    station.sync.save_enrolment(2)
    for code in ("KTP-EL", "KIA", "KTP-EL", "AKTA-LAHIR", "KTP-EL"):
        station.tickets.issue(code)
        clock.advance(timedelta(minutes=9))
    clock.set(NOW - timedelta(minutes=3))
    station.sync.mark_success()
    clock.set(NOW)
    return station


def mounts_file(folder: Path) -> Path:
    """A table of mounts with one USB stick, as /proc/mounts has it."""
    path = folder / "mounts"
    path.write_text(
        "/dev/sda2 / ext4 rw,relatime 0 0\n"
        "/dev/sdb1 /media/teknisi/KINGSTON vfat rw,nosuid,nodev,relatime 0 0\n",
        encoding="utf-8",
    )
    return path


def link(app: QApplication) -> SyncBridge:
    """The sync worker's news: online, three events on their way."""
    bridge = SyncBridge(app)
    bridge.listener(SyncState(True, 3, 0, NOW - timedelta(minutes=3)))
    app.processEvents()
    return bridge


def settle(app: QApplication, menu: AdminMenu, worker: AdminWorker) -> None:
    """Let the checks come back, then show the server as answering."""
    worker.wait()
    for _ in range(3):
        app.processEvents()
    menu._done(Done("server", SERVER_ANSWER))
    for _ in range(3):
        app.processEvents()


def scene(app: QApplication, menu: AdminMenu, worker: AdminWorker, name: str, mounts: Path) -> None:
    """Bring the menu to `name` ("menu" or "export")."""
    settle(app, menu, worker)
    if name == "export":
        menu.export_page.mounts = mounts
        menu.export_page.paths = SHOWN_HOME
        menu.show_export()


def shoot(app: QApplication, widget: QWidget, path: Path) -> None:
    """Save the widget once layouts have settled (a 256-colour PNG: small)."""
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(path))
    with Image.open(path) as picture:
        small = picture.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def kiosk(
    app: QApplication,
    station: Station,
    sync: SyncBridge,
    size: tuple[int, int],
    lang: Lang,
    name: str,
    mounts: Path,
) -> QWidget:
    window = KioskWindow(
        station,
        TicketPrinting(station, Printer("dummy:")),
        kiosk_mode=True,
        sync=sync,
        control=StationControl(),
    )
    window.resize(*size)
    window.show()
    window.navigator.set_language(lang)
    window.navigator.go(window.pin)
    if name == "pin":
        window.pin.field.setText("135")
        return window
    window.pin.field.setText(DEMO_PIN)
    window.pin.submit()
    scene(app, window.admin.menu, window.admin.worker, name, mounts)
    return window


def counter(
    app: QApplication,
    station: Station,
    sync: SyncBridge,
    size: tuple[int, int],
    lang: Lang,
    name: str,
    mounts: Path,
) -> QWidget:
    window = CounterWindow(
        station,
        TicketPrinting(station, Printer("dummy:")),
        CounterCalls(station),
        sync=sync,
        control=StationControl(),
    )
    window.resize(*size)
    window.show()
    window.navigator.set_language(lang)
    return _staff_dialog(app, window, window.admin, name, mounts)


def display(
    app: QApplication,
    station: Station,
    sync: SyncBridge,
    size: tuple[int, int],
    lang: Lang,
    name: str,
    mounts: Path,
) -> QWidget:
    window = DisplayWindow(station, kiosk_mode=True, sync=sync, control=StationControl())
    window.resize(*size)
    window.show()
    window.admin.set_language(lang)
    return _staff_dialog(app, window, window.admin, name, mounts)


def _staff_dialog(
    app: QApplication, window: QWidget, access: AdminAccess, name: str, mounts: Path
) -> QWidget:
    access.open()
    dialog = access.dialog
    assert dialog is not None
    dialog.setGeometry(window.geometry())
    if name == "pin":
        dialog.pad.field.setText("135")
        return dialog
    dialog.pad.field.setText(DEMO_PIN)
    dialog.pad.submit()
    scene(app, dialog.menu, access.worker, name, mounts)
    return dialog


Maker = Callable[[QApplication, Station, SyncBridge, tuple[int, int], Lang, str, Path], QWidget]
ROLES: dict[str, Maker] = {"kiosk": kiosk, "counter": counter, "display": display}
SCENES = ("pin", "menu", "export")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/setup")
    only = sys.argv[2] if len(sys.argv) > 2 else ""
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    apply_theme(app)
    written = 0
    for role, make in ROLES.items():
        for prefix, size in SIZES.items():
            if prefix and role != "kiosk":
                continue
            for name in SCENES:
                for lang in ("id", "en"):
                    file = out / f"admin-{role}-{prefix}{name}-{lang}.png"
                    if only not in file.name:
                        continue
                    with tempfile.TemporaryDirectory() as home:
                        station = open_hall(Path(home), role)
                        sync = link(app)
                        widget = make(app, station, sync, size, lang, name, mounts_file(Path(home)))
                        shoot(app, widget, file)
                        top = (
                            widget.window()
                            if widget.parentWidget() is None
                            else widget.parentWidget()
                        )
                        assert top is not None
                        _close(app, top)
                        sync.deleteLater()
                        station.close()
                    written += 1
    print(f"{written} pictures written to {out}")
    return 0


def _close(app: QApplication, window: QWidget) -> None:
    if isinstance(window, KioskWindow):
        window.leave()
    else:
        window.close()
    app.processEvents()


if __name__ == "__main__":
    sys.exit(main())
