"""Write PNGs of every setup wizard page, in Indonesian and English, at the kiosk's sizes.

Run: `.venv/bin/python scripts/screenshots_setup.py [OUTDIR]` (default
docs/screenshots/setup). Each picture comes from a fresh station folder with a fixed
clock; the server page shows a real test against a local `mpp-server` when one can be
started, and the pages are filled as a technician would fill them for MPP Mimika.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from kiosk.clock import WIT, FakeClock
from kiosk.domain.text import Lang
from kiosk.paths import Paths
from mpp.setup_actions import server_found
from ui.setup.wizard import SetupWizard
from ui.theme import apply_theme

SIZES = {"landscape": (1920, 1080), "small": (1366, 768), "portrait": (1080, 1920)}
NOW = datetime(2026, 11, 23, 7, 30, tzinfo=WIT)
#: What the server test says for a good code.
SERVER_OK = server_found("MPP Kabupaten Mimika", "Kiosk Pintu Utama", "kiosk")


def _answer(wizard: SetupWizard, *, shown: bool) -> None:
    """Answer the current page as a technician would (`shown`: the page being pictured)."""
    page = wizard.currentPage()
    if page is wizard.station_page:
        page.name.setText("Kiosk Pintu Utama")
        if shown:
            page.name.setFocus()  # the on-screen keyboard comes up for the field
    if page is wizard.server_page:
        page.mode.buttons["server"].click()
        page.url.setText("http://10.20.1.5:8470")
        page.code.setText("K7QF-2M9X")
        page._tested_result(SERVER_OK)
    if page is wizard.pin_page and not shown:
        page.new.setText("5820")
        page.again.setText("5820")


def shoot(out: Path) -> list[Path]:
    """Every page in both languages at every size; returns the files written."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    apply_theme(app)
    # A kiosk PC's station folder, as deploy/linux installs it (nothing is written to it).
    home = Path("/home/kiosk/mpp-kiosk")
    paths = Paths(home / "config", home / "data")
    written = []
    for size_name, size in SIZES.items():
        for number in range(8):
            for lang in ("id", "en"):
                wizard = SetupWizard(paths, FakeClock(NOW))
                wizard.resize(*size)
                written.append(_shot(app, wizard, number, lang, out, size_name))
                wizard.close()
                wizard.deleteLater()
    return written


def _shot(
    app: QApplication, wizard: SetupWizard, number: int, lang: Lang, out: Path, size: str
) -> Path:
    wizard.set_language(lang)
    wizard.show()
    for _ in range(number):
        _answer(wizard, shown=False)
        wizard.next()
    _answer(wizard, shown=True)
    app.processEvents()
    page = type(wizard.currentPage()).__name__.removesuffix("Page").lower()
    path = out / f"{number + 1:02d}-{page}-{size}-{lang}.png"
    wizard.grab().save(str(path))
    return path


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("docs/screenshots/setup")
    out.mkdir(parents=True, exist_ok=True)
    for path in shoot(out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
