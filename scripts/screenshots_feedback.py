"""Write PNGs of every survey and complaint screen, in Indonesian and English.

Run: `.venv/bin/python scripts/screenshots_feedback.py [OUTDIR [SCENE]]` (default
docs/screenshots/feedback; SCENE: only the pictures whose name holds it). Every scene is
shot at 1920×1080 (`landscape`) and 1080×1920 (`portrait`); a question, the two pages with
the keyboard and the tracking number also at 1366×768 (`small`). Each picture comes from
a fresh window on the seed catalogue with a fixed clock (Monday 23 November 2026, 10.15
WIT), three tickets already served at counter 1 and a fixed tracking number, so the
pictures are the same on every machine.
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
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from kiosk.clock import WIT, FakeClock
from kiosk.config import StationConfig
from kiosk.domain.complaint import Category, ComplaintStatus
from kiosk.domain.text import Text
from kiosk.files import secret_file
from kiosk.hall_key import load_hall_key
from kiosk.paths import Paths
from kiosk.services.complaint_service import ComplaintService, ComplaintStatusView
from kiosk.station import Station, open_station
from kiosk.storage.sealing import KEY_BYTES, Sealer
from mpp.complaint_slip import SlipOutcome
from mpp.printing import TicketPrinting
from printers import Printer
from ui.feedback.feedback_worker import Lookup
from ui.feedback.survey_window import SurveyWindow
from ui.kiosk.window import KioskWindow
from ui.theme import apply_theme

SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920), "small": (1366, 768)}
NOW = datetime(2026, 11, 23, 10, 15, tzinfo=WIT)
SERVED_AT = datetime(2026, 11, 23, 9, 40, tzinfo=WIT)
COMMENT = "Petugas ramah dan cepat. Mohon tambah kursi di ruang tunggu lantai 3."
COMPLAINT = (
    "Saya menunggu lebih dari satu jam di loket 2 walaupun nomor saya sudah dipanggil. "
    "Petugas mengatakan berkas saya kurang, padahal persyaratan di kiosk tidak menyebut "
    "surat pengantar RT."
)
TRACKING = "ADU-K7QF2M9X"
ANSWER = (
    "Terima kasih atas laporan Anda. Daftar persyaratan di kiosk sudah diperbaiki dan "
    "petugas loket 2 telah diberi arahan. Silakan datang kembali; Anda akan dilayani "
    "tanpa antre ulang."
)


def open_demo(home: Path) -> Station:
    """A station on the seed catalogue with real hours, at a fixed moment; three tickets
    served at counter 1 by 09.40 (A1-001 … A1-003), one still waiting (A1-004)."""
    paths = Paths(home / "config", home / "data")
    config = dataclasses.replace(StationConfig.demo_default(paths), demo=False)
    clock = FakeClock(SERVED_AT)
    station = open_station(paths, config, clock)
    for _ in range(3):
        ticket = station.tickets.issue("KTP-EL")
        station.tickets.call(ticket.id, 1)
        station.tickets.start_serving(ticket.id)
        station.tickets.finish(ticket.id)
    station.tickets.issue("KTP-EL")
    clock.set(NOW)
    return dataclasses.replace(station, complaints=fixed_tracking(station))


def fixed_tracking(station: Station) -> ComplaintService:
    """The station's complaint service, drawing the same tracking number every time (a
    real one is random): the pictures stay the same from one run to the next."""
    paths, config = station.paths, station.config
    return ComplaintService(
        station.store,
        station.catalogues,
        station.clock,
        Sealer(secret_file(paths.form_key, KEY_BYTES)),
        load_hall_key(config.hall_key, paths.hall_key),
        config.form_retention_days,
        draw=lambda slot: TRACKING,
    )


def shoot(app: QApplication, window: QMainWindow, out: Path, name: str) -> None:
    """Save the window once layouts have settled (a 256-colour PNG: small)."""
    for _ in range(3):
        app.processEvents()
    path = out / f"{name}.png"
    window.grab().save(str(path))
    with Image.open(path) as picture:
        small = picture.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


# The survey
def survey_entry(window: KioskWindow) -> None:
    window.home.survey_requested.emit()


def survey_refused(window: KioskWindow) -> None:
    survey_entry(window)
    window.survey.entry.number.setText("A1-004")  # still waiting: not served yet
    window.survey.entry.check()


def survey_typing(window: KioskWindow) -> None:
    survey_entry(window)
    entry = window.survey.entry
    entry.number.setFocus()
    assert entry.keyboard is not None
    entry.keyboard.attach(entry.number)
    entry.number.setText("A1-00")


def _rated(window: KioskWindow, answers: list[int]) -> None:
    survey_entry(window)
    window.survey.entry.number.setText("A1-002")
    window.survey.entry.check()
    for question, level in zip(window.survey.questions, answers, strict=False):
        assert window.navigator.current() is question
        question.choose(level)
        question._next()  # at once, not after the moment a citizen gets to see the choice


def question_first(window: KioskWindow) -> None:
    _rated(window, [])


def question_chosen(window: KioskWindow) -> None:
    _rated(window, [4, 3, 4, 4, 3, 4])
    question = window.survey.questions[6]
    question.choose(4)
    question._move_on.stop()  # the picture shows the choice, before moving on


def question_fee(window: KioskWindow) -> None:
    _rated(window, [4, 3, 4])


def profile(window: KioskWindow) -> None:
    _rated(window, [4, 3, 4, 4, 3, 4, 4, 3, 4])
    window.survey.draft.profile.update({"age_group": "40-49", "sex": "P"})
    window.survey.profile.refresh()


def comment(window: KioskWindow) -> None:
    profile(window)
    window.survey.profile.finished.emit()
    text = window.survey.comment.comment
    text.setFocus()
    keyboard = window.survey.comment.keyboard
    assert keyboard is not None
    keyboard.attach(text)
    text.set_text(COMMENT)


def thanks(window: KioskWindow) -> None:
    profile(window)
    window.survey.profile.finished.emit()
    window.survey.comment.send_button.click()


# Complaints
def complaint_start(window: KioskWindow) -> None:
    window.home.complaint_requested.emit()


def complaint_agency(window: KioskWindow) -> None:
    complaint_start(window)
    window.complaints.start.new_card.click()


def complaint_category(window: KioskWindow) -> None:
    complaint_agency(window)
    window.complaints.agency.cards[0].click()


def complaint_text(window: KioskWindow) -> None:
    complaint_category(window)
    window.complaints.category.buttons[Category.UNCLEAR].click()
    area = window.complaints.text.text
    area.setFocus()
    keyboard = window.complaints.text.keyboard
    assert keyboard is not None
    keyboard.attach(area)
    area.set_text(COMPLAINT)


def complaint_contact(window: KioskWindow) -> None:
    complaint_text(window)
    window.complaints.text.next_button.click()
    window.complaints.contact.field.setText("0812 4488 1923")
    window.complaints.contact.field.returnPressed.emit()  # checked, then shown masked


def complaint_ticket(window: KioskWindow) -> None:
    complaint_contact(window)
    window.complaints.contact.next_button.click()
    window.complaints.ticket.number.setText("A1-002")


def complaint_review(window: KioskWindow) -> None:
    complaint_ticket(window)
    window.complaints.ticket.next_button.click()


def complaint_filed(window: KioskWindow) -> None:
    complaint_review(window)
    window.complaints.review.send_button.click()
    window.complaints.worker.wait()
    QApplication.processEvents()  # the slip's outcome arrives as a queued signal


def complaint_print_failed(window: KioskWindow) -> None:
    complaint_review(window)
    window.complaints.review.send_button.click()
    window.complaints.worker.wait()
    QApplication.processEvents()
    paper_out = Text("Kertas habis.", "The printer is out of paper.")
    window.complaints.filed.slip(SlipOutcome(False, paper_out))


def complaint_status(window: KioskWindow) -> None:
    """An answer from the hall's server, as the lookup would bring it."""
    complaint_start(window)
    window.complaints.start.status_card.click()
    status = window.complaints.status
    dukcapil = window.station.catalogues.current().agency("DUKCAPIL")
    assert dukcapil is not None
    status.field.setText("ADU-B4TW-9QXM")
    status.waiting_for = "ADU-B4TW-9QXM"
    view = ComplaintStatusView(
        tracking="ADU-B4TW9QXM",
        tracking_shown="ADU-B4TW-9QXM",
        source="server",
        agency_code="DUKCAPIL",
        agency_name=dukcapil.name,
        category=Category.UNCLEAR,
        filed_at=datetime(2026, 11, 20, 11, 5, tzinfo=WIT),
        status=ComplaintStatus.ANSWERED,
        sent=True,
        answered_at=datetime(2026, 11, 21, 14, 30, tzinfo=WIT),
        answer=ANSWER,
        message=ComplaintStatus.ANSWERED.label,
    )
    status.show_lookup(Lookup("ADU-B4TW-9QXM", view))


def complaint_status_local(window: KioskWindow) -> None:
    """A complaint of this kiosk not yet sent: the station's own record."""
    filed = window.station.complaints.file("DUKCAPIL", Category.SLOW, COMPLAINT)
    complaint_start(window)
    window.complaints.start.status_card.click()
    status = window.complaints.status
    status.field.setText(filed.tracking_shown)
    status.check()
    window.complaints.worker.wait()
    QApplication.processEvents()


def complaint_not_found(window: KioskWindow) -> None:
    complaint_start(window)
    window.complaints.start.status_card.click()
    status = window.complaints.status
    status.field.setText("ADU-AAAA-BBBB")
    status.check()
    window.complaints.worker.wait()
    QApplication.processEvents()


Scene = tuple[str, Callable[[KioskWindow], None], bool]
#: Each screen, how to get there from Home, and whether to shoot it at 1366×768 too.
SCENES: list[Scene] = [
    ("00-home", lambda window: None, False),
    ("01-survey-ticket", survey_entry, False),
    ("02-survey-typing", survey_typing, False),
    ("03-survey-refused", survey_refused, False),
    ("04-survey-question", question_first, True),
    ("05-survey-answered", question_chosen, False),
    ("06-survey-fee", question_fee, False),
    ("07-survey-profile", profile, False),
    ("08-survey-comment", comment, True),
    ("09-survey-thanks", thanks, False),
    ("11-complaint-start", complaint_start, False),
    ("12-complaint-agency", complaint_agency, False),
    ("13-complaint-category", complaint_category, False),
    ("14-complaint-text", complaint_text, True),
    ("15-complaint-contact", complaint_contact, False),
    ("16-complaint-ticket", complaint_ticket, False),
    ("17-complaint-review", complaint_review, False),
    ("18-complaint-filed", complaint_filed, True),
    ("19-complaint-print-failed", complaint_print_failed, False),
    ("20-complaint-status", complaint_status, False),
    ("21-complaint-status-unsent", complaint_status_local, False),
    ("22-complaint-not-found", complaint_not_found, False),
]


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/feedback")
    only = sys.argv[2] if len(sys.argv) > 2 else ""
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    apply_theme(app)
    written = 0
    for size, (width, height) in SIZES.items():
        for lang in ("id", "en"):
            for name, go_there, small_too in SCENES:
                picture = f"{name}-{size}-{lang}"
                if only not in picture or (size == "small" and not small_too):
                    continue
                with tempfile.TemporaryDirectory() as home:
                    station = open_demo(Path(home))
                    window = KioskWindow(station, TicketPrinting(station, Printer("dummy:")))
                    window.resize(width, height)
                    window.show()
                    window.navigator.set_language("en" if lang == "en" else "id")
                    go_there(window)
                    shoot(app, window, out, picture)
                    dispose(window)
                    station.close()
                written += 1
            picture = f"30-tablet-start-{size}-{lang}"
            if only in picture and size != "small":
                written += tablet(app, out, picture, width, height, lang)
    print(f"{written} pictures written to {out}")
    return 0


def tablet(app: QApplication, out: Path, picture: str, width: int, height: int, lang: str) -> int:
    """The survey tablet's start screen (`--role survey`)."""
    with tempfile.TemporaryDirectory() as home:
        station = open_demo(Path(home))
        window = SurveyWindow(station)
        window.resize(width, height)
        window.show()
        window.navigator.set_language("en" if lang == "en" else "id")
        shoot(app, window, out, picture)
        dispose(window)
        station.close()
    return 1


def dispose(window: KioskWindow | SurveyWindow) -> None:
    """Close the window and delete it now, before its station closes."""
    window.leave()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


if __name__ == "__main__":
    sys.exit(main())
