"""Write PNGs of every kiosk screen, in Indonesian and English, landscape and portrait.

Run: `.venv/bin/python scripts/screenshots.py [OUTDIR]` (default docs/screenshots/kiosk).
The screens run offscreen on the seed catalogue with a fixed clock (Monday
23 November 2026, 10:15 WIT) and a few tickets already waiting, so the pictures
are the same on every machine.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from kiosk.clock import WIT, FakeClock
from kiosk.config import StationConfig
from kiosk.domain.ticket import PriorityClass
from kiosk.paths import Paths
from kiosk.station import Station, open_station
from mpp.printing import TicketPrinting
from printers import Printer
from ui.kiosk.window import KioskWindow
from ui.theme import Look, apply_theme

SIZES = {"landscape": (1920, 1080), "small": (1366, 768), "portrait": (1080, 1920)}
NOW = datetime(2026, 11, 23, 10, 15, tzinfo=WIT)
AFTER_CUTOFF = datetime(2026, 11, 23, 14, 20, tzinfo=WIT)


def open_demo(home: Path) -> Station:
    """A station on the seed catalogue with real hours, at a fixed moment, with a queue."""
    paths = Paths(home / "config", home / "data")
    # Real opening hours (not the demo's always-open), so closed services look closed.
    config = dataclasses.replace(StationConfig.demo_default(paths), demo=False)
    station = open_station(paths, config, FakeClock(NOW))
    for code in ("KTP-EL", "KTP-EL", "KK", "KTP-EL", "AKTA-LAHIR"):
        station.tickets.issue(code)
    station.tickets.issue("KTP-EL", PriorityClass.LANSIA)
    return station


def shoot(app: QApplication, window: KioskWindow, out: Path, name: str) -> None:
    """Save the window as it looks once layouts have settled."""
    for _ in range(3):  # new widgets are laid out, then scroll areas adjust to them
        app.processEvents()
    window.grab().save(str(out / f"{name}.png"))


def agency(window: KioskWindow) -> None:
    window.home.cards[0].click()


def search(window: KioskWindow) -> None:
    window.home.search.setFocus()
    window.home.keyboard.attach(window.home.search)
    window.home.search.setText("akta")


def service(window: KioskWindow) -> None:
    agency(window)
    window.agency.cards[0].click()


def closed_service(window: KioskWindow) -> None:
    clock = window.station.clock
    assert isinstance(clock, FakeClock)
    clock.set(AFTER_CUTOFF)
    agency(window)
    window.agency.cards[0].click()


def priority(window: KioskWindow) -> None:
    service(window)
    window.service.priority_button.click()


def printed(window: KioskWindow) -> None:
    service(window)
    window.service.take_button.click()
    window.worker.wait()


def print_failed(window: KioskWindow) -> None:
    window.worker._printing.printer = Printer("dummy:?state=paper_out")
    printed(window)


def idle_warning(window: KioskWindow) -> None:
    service(window)
    window.overlay.show_seconds(7, window.navigator.lang)


def pin(window: KioskWindow) -> None:
    window.navigator.go(window.pin)


def admin(window: KioskWindow) -> None:
    window.navigator.go(window.admin)


def consent(window: KioskWindow) -> None:
    service(window)
    window.service.take_button.click()


def form_page(window: KioskWindow) -> None:
    consent(window)
    window.consent.agree_button.click()
    window.form.editors[0].set_answer("9409010101900001")  # shown masked, as once typed
    window.form.editors[1].set_answer("Yohanes Beanal")


def form_choice(window: KioskWindow) -> None:
    consent(window)
    window.consent.agree_button.click()
    window.form.answers.update({"nik": "9409010101900001", "nama": "Yohanes Beanal"})
    window.form.go_to(1)
    window.form.editors[0].set_answer("hilang")
    window.form._changed()  # the follow-up question joins the page


def form_error(window: KioskWindow) -> None:
    consent(window)
    window.consent.agree_button.click()
    window.form.editors[0].set_answer("94090101")
    window.form.next_button.click()


def review(window: KioskWindow) -> None:
    consent(window)
    window.consent.agree_button.click()
    window.form.answers.update(
        {"nik": "9409010101900001", "nama": "Yohanes Beanal", "telepon": "+6281234567890"}
    )
    window.form.answers.update({"keperluan": "hilang", "surat_kehilangan": "yes"})
    window.form.finished.emit()


#: Each screen, and how to get there from Home.
SCENES: list[tuple[str, Callable[[KioskWindow], None]]] = [
    ("01-home", lambda window: None),
    ("02-agency", agency),
    ("02b-search", search),
    ("03-service", service),
    ("04-service-closed", closed_service),
    ("05-priority", priority),
    ("06-ticket", printed),
    ("07-print-failed", print_failed),
    ("08-idle-warning", idle_warning),
    ("09-pin", pin),
    ("11-form-consent", consent),
    ("12-form-page", form_page),
    ("13-form-choice", form_choice),
    ("14-form-error", form_error),
    ("15-form-review", review),
    ("10-admin", admin),
]


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/kiosk")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    for size_name, (width, height) in SIZES.items():
        for lang in ("id", "en"):
            count = scenes_for(app, out, size_name, width, height, lang)
    looks = (("large-text", Look(large_text=True)), ("contrast", Look(high_contrast=True)))
    for look_name, look in looks:
        with tempfile.TemporaryDirectory() as home:
            station = open_demo(Path(home))
            window = KioskWindow(station, TicketPrinting(station, Printer("dummy:")))
            window.resize(1366, 768)
            window.show()
            window.set_look(look)
            shoot(app, window, out, f"home-{look_name}")
            service(window)
            shoot(app, window, out, f"service-{look_name}")
            window.close()
            station.close()
    apply_theme(app)
    print(f"{count} screens × {len(SIZES)} sizes × 2 languages (+ looks) written to {out}")
    return 0


def scenes_for(app: QApplication, out: Path, size: str, width: int, height: int, lang: str) -> int:
    """Shoot every scene at one size in one language, each from a fresh window."""
    with tempfile.TemporaryDirectory() as home:
        station = open_demo(Path(home))
        apply_theme(app)
        for name, go_there in SCENES:
            assert isinstance(station.clock, FakeClock)
            station.clock.set(NOW)
            window = _window(station, width, height)
            window.navigator.set_language("en" if lang == "en" else "id")
            go_there(window)
            shoot(app, window, out, f"{name}-{size}-{lang}")
            window.close()
        station.close()
    return len(SCENES)


def _window(station: Station, width: int, height: int) -> KioskWindow:
    window = KioskWindow(station, TicketPrinting(station, Printer("dummy:")))
    window.resize(width, height)
    window.show()
    return window


if __name__ == "__main__":
    sys.exit(main())
