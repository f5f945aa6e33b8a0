"""Write PNGs of every kiosk screen and form page, in Indonesian and English, three sizes.

Run: `.venv/bin/python scripts/screenshots.py [OUTDIR]` (default docs/screenshots/kiosk;
the form pages go to the folder `forms` beside it).
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

from PIL import Image
from PySide6.QtWidgets import QApplication

from kiosk.clock import WIT, FakeClock
from kiosk.config import StationConfig
from kiosk.domain.forms import Answer, FieldType
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
    """Save the window as it looks once layouts have settled (a 256-colour PNG: small)."""
    for _ in range(3):  # new widgets are laid out, then scroll areas adjust to them
        app.processEvents()
    path = out / f"{name}.png"
    window.grab().save(str(path))
    with Image.open(path) as picture:
        small = picture.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


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
    if window.navigator.current() is window.consent:
        window.consent.skip_button.click()  # the form has its own pictures
    window.worker.wait()


def print_failed(window: KioskWindow) -> None:
    window.worker._printing.printer = Printer("dummy:?state=paper_out")
    printed(window)


def idle_warning(window: KioskWindow) -> None:
    service(window)
    window.overlay.show_seconds(7, window.navigator.lang)


def pin(window: KioskWindow) -> None:
    window.navigator.go(window.pin)


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


SAMPLE = {
    FieldType.NIK: "9409010101900001",
    FieldType.KK: "9409011203200005",
    FieldType.PHONE: "081234567890",
    FieldType.EMAIL: "warga@contoh.id",
    FieldType.DATE: "17/08/2025",
    FieldType.NUMBER: "3",
}


def form_page_with(service_code: str, kind: FieldType) -> Callable[[KioskWindow], None]:
    """The page of a service's form that holds a field of `kind`, earlier pages answered."""

    def go(window: KioskWindow) -> None:
        window.service.show_service(service_code)
        window.navigator.go(window.service)
        window.service.take_button.click()
        window.consent.agree_button.click()
        form = window.form.form
        assert form is not None
        # Choose the answers that bring follow-up questions, so every page can be shown.
        wanted = {v for f in form.fields if f.visible_when for v in f.visible_when.equals}
        answers: dict[str, Answer] = {}
        for _ in form.fields:  # answering may reveal follow-up questions
            for field in form.visible(answers):
                values = [o.value for o in field.options] or ["yes"]
                choice = next((v for v in values if v in wanted), values[-1])
                if field.type is FieldType.MULTI_CHOICE:
                    answers.setdefault(field.id, (field.options[0].value,))
                elif field.options or field.type is FieldType.YES_NO:
                    answers.setdefault(field.id, choice)
                else:
                    answers.setdefault(field.id, SAMPLE.get(field.type, "Contoh"))
        pages = form.steps(answers)
        page = next(i for i, fields in enumerate(pages) if any(f.type is kind for f in fields))
        window.form.answers.update(answers)
        window.form.go_to(page)

    return go


#: The form pages, one of each kind, and how to get there.
FORM_SCENES: list[tuple[str, Callable[[KioskWindow], None]]] = [
    ("01-consent", consent),
    ("02-text-and-nik", form_page),
    ("03-choice-with-follow-up", form_choice),
    ("04-date", form_page_with("AKTA-LAHIR", FieldType.DATE)),
    ("05-number", form_page_with("PINDAH-KELUAR", FieldType.NUMBER)),
    ("06-multiple-choice", form_page_with("KK", FieldType.MULTI_CHOICE)),
    ("07-mistake", form_error),
    ("08-review", review),
]

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
    ("12-form-review", review),
]


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/kiosk")
    forms_out = out.parent / "forms"
    for folder in (out, forms_out):
        folder.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    for size_name, (width, height) in SIZES.items():
        for lang in ("id", "en"):
            count = scenes_for(app, out, size_name, width, height, lang, SCENES)
            scenes_for(app, forms_out, size_name, width, height, lang, FORM_SCENES)
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
    print(
        f"{count} screens × {len(SIZES)} sizes × 2 languages (+ looks) written to {out}, "
        f"{len(FORM_SCENES)} form pages to {forms_out}"
    )
    return 0


def scenes_for(
    app: QApplication,
    out: Path,
    size: str,
    width: int,
    height: int,
    lang: str,
    scenes: list[tuple[str, Callable[[KioskWindow], None]]],
) -> int:
    """Shoot every scene at one size in one language, each from a fresh window."""
    with tempfile.TemporaryDirectory() as home:
        station = open_demo(Path(home))
        apply_theme(app)
        for name, go_there in scenes:
            assert isinstance(station.clock, FakeClock)
            station.clock.set(NOW)
            window = _window(station, width, height)
            window.navigator.set_language("en" if lang == "en" else "id")
            go_there(window)
            shoot(app, window, out, f"{name}-{size}-{lang}")
            window.close()
        station.close()
    return len(scenes)


def _window(station: Station, width: int, height: int) -> KioskWindow:
    window = KioskWindow(station, TicketPrinting(station, Printer("dummy:")))
    window.resize(width, height)
    window.show()
    return window


if __name__ == "__main__":
    sys.exit(main())
