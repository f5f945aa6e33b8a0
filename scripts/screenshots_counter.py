"""Write PNGs of the counter desk at a busy moment, in Indonesian and English, two sizes.

Run: `.venv/bin/python scripts/screenshots_counter.py [OUTDIR [SCENE]]` (default
docs/screenshots/counter; SCENE: only the scenes whose name holds it). Each picture
comes from a fresh station on the seed catalogue with a fixed clock: Loket 2
(Disdukcapil: KTP-el and KIA) on Monday 23 November 2026 at 10.15 WIT, with a
queue, a citizen being served and the morning's figures, so the pictures are the
same on every machine.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtWidgets import QApplication

from kiosk.clock import WIT, FakeClock
from kiosk.config import StationConfig
from kiosk.domain.ticket import Outcome, PriorityClass
from kiosk.domain.ticket_token import TicketClaim, sign
from kiosk.paths import Paths
from kiosk.station import Station, open_station
from mpp.counter_calls import CounterCalls
from mpp.printing import TicketPrinting
from printers import Printer
from sync.client.calls import CallOutcome
from sync.client.worker import SyncState
from sync.protocol import LostCall
from ui.counter.actions import Action
from ui.counter.window import CounterWindow
from ui.sync_bridge import SyncBridge
from ui.theme import apply_theme

SIZES = {"small": (1366, 768), "landscape": (1920, 1080)}
MORNING = datetime(2026, 11, 23, 8, 0, tzinfo=WIT)
NOW = datetime(2026, 11, 23, 10, 15, tzinfo=WIT)
OFFICER, PIN, COUNTER = "Siti Rahma", "2468", 2
EARLY = ("KTP-EL", "KIA", "KTP-EL", "KTP-EL", "KIA", "KTP-EL", "KTP-EL")
WAITING: list[tuple[str, PriorityClass | None, bool]] = [
    ("KTP-EL", None, True),
    ("KIA", None, False),
    ("KTP-EL", PriorityClass.LANSIA, True),
    ("KTP-EL", None, False),
    ("KIA", PriorityClass.IBU_HAMIL, False),
    ("KTP-EL", None, True),
    ("KTP-EL", None, False),
    ("KIA", None, False),
    ("KTP-EL", None, True),
    ("KTP-EL", None, False),
    ("KIA", None, False),
    ("KTP-EL", None, True),
]
KTP_FORM = {
    "nik": "9409010101900001",
    "nama": "Yohanes Beanal",
    "telepon": "081234567890",
    "keperluan": "hilang",
    "surat_kehilangan": "yes",
}


def open_busy(home: Path) -> Station:
    """Loket 2 at 10.15: six served this morning, one absent, a dozen waiting, one served now."""
    paths = Paths(home / "config", home / "data")
    config = dataclasses.replace(StationConfig.demo_default(paths), demo=False, role="counter")
    clock = FakeClock(MORNING)
    station = open_station(paths, config, clock)
    station.officers.save(OFFICER, PIN)
    # Signed in at Loket 2 since the morning: the sign-in screen offers that counter again.
    station.officers.sign_in(OFFICER, PIN, COUNTER, ["KTP-EL", "KIA"])
    tickets = station.tickets
    early = [_issue(station, code, minutes=4) for code in EARLY]  # 08.00–08.28
    for i, ticket in enumerate(early):  # 08.28–09.38, ten minutes each
        _serve(station, ticket, absent=i == 4, short=i == 2)
    waiting: list[str] = []
    for code, priority, form in WAITING:  # one every three minutes from 09.38
        waiting.append(_issue(station, code, priority, form, minutes=3))
        if len(waiting) == 6:  # 09.56: the mother of A7-001 went to copy her family card
            tickets.call(waiting[1], COUNTER)
            station.desk.hold(waiting[1])
        if len(waiting) == 9:  # 10.05: the first of them is at the desk
            tickets.call(waiting[0], COUNTER)
            tickets.start_serving(waiting[0])
    _print_failed(station, "KTP-EL")
    moved = _issue(station, "KK", minutes=1)
    tickets.call(moved, 3)
    station.desk.transfer(moved, "KTP-EL", COUNTER, "Data KK sudah diperbarui; lanjut rekam KTP-el")
    clock.set(NOW)
    return station


def _serve(station: Station, ticket: str, *, absent: bool, short: bool) -> None:
    clock = station.clock
    assert isinstance(clock, FakeClock)
    station.tickets.call(ticket, COUNTER)
    clock.advance(timedelta(minutes=2))
    if absent:
        station.tickets.no_show(ticket)
    else:
        station.tickets.start_serving(ticket)
        clock.advance(timedelta(minutes=7))
        outcome = Outcome.BERKAS_KURANG if short else Outcome.SELESAI
        station.tickets.finish(ticket, outcome)
    clock.advance(timedelta(minutes=1))


def _issue(
    station: Station,
    code: str,
    priority: PriorityClass | None = None,
    form: bool = False,
    *,
    minutes: int,
) -> str:
    answers = KTP_FORM if form and code == "KTP-EL" else None
    ticket = station.tickets.issue(code, priority, answers=answers)
    assert isinstance(station.clock, FakeClock)
    station.clock.advance(timedelta(minutes=minutes))
    return ticket.id


def _print_failed(station: Station, code: str) -> None:
    """A ticket whose print failed and which the citizen kept: it waits, flagged."""
    outcome = TicketPrinting(station, Printer("dummy:?state=paper_out")).issue_and_print(
        code, None, "id"
    )
    station.printing.keep(outcome.ticket.id)


class LostRace(CounterCalls):
    """Calls as a standalone counter would, but Loket 1 takes the head of the queue first:
    the picture of a lost race, without a server."""

    def __init__(self, station: Station) -> None:
        super().__init__(station)
        self.hall = station

    def call(
        self, counter: int, services: Sequence[str], ticket_id: str | None = None
    ) -> CallOutcome:
        lost = self.hall.desk.queue(counter, services)[0]
        self.hall.tickets.call(lost.id, 1)
        won = super().call(counter, services, ticket_id)
        race = LostCall(ticket_id=lost.id, number=lost.number, counter=1)
        return CallOutcome(won.ticket, race, offline=False)


# The scenes: each starts from a fresh window on a fresh busy station.
def signed_in(window: CounterWindow) -> None:
    window.sign_in.name.setText(OFFICER)
    window.sign_in.pin.setText(PIN)
    window.sign_in.submit()


def sign_in(window: CounterWindow) -> None:
    window.sign_in.name.setText(OFFICER)
    window.sign_in.pin.setText(PIN)


def sign_in_refused(window: CounterWindow) -> None:
    window.sign_in.name.setText(OFFICER)
    for _ in range(3):
        window.sign_in.pin.setText("1111")
        window.sign_in.submit()


def desk(window: CounterWindow) -> None:
    signed_in(window)
    window.desk.queue.table.selectRow(3)


def finish(window: CounterWindow) -> None:
    signed_in(window)
    window.desk.act(Action.FINISH)
    window.desk.sheets.outcome.note.setText("KTP-el jadi besok, ambil di loket 2")


def transfer(window: CounterWindow) -> None:
    signed_in(window)
    window.desk.act(Action.TRANSFER)
    sheet = window.desk.sheets.transfer
    sheet.search.setText("kartu keluarga")
    sheet.counter_buttons[1].setChecked(True)
    sheet.note.setText("Perlu perubahan data KK dulu")


def receipt(window: CounterWindow) -> None:
    signed_in(window)
    window.desk.act(Action.RECEIPT)
    for box in window.desk.sheets.receipt.checks[:2]:
        box.setChecked(True)


def forged_scan(window: CounterWindow) -> None:
    signed_in(window)
    claim = TicketClaim(
        "6b0f5a6e-1d3b-4f7e-9d55-2f1f4b0e9a11",
        "A1-042",
        "KTP-EL",
        window.station.clock.now(),
        "0d9c1f4e-5a6b-4c3d-8e2f-1a2b3c4d5e6f",
    )
    window.desk.scanned(sign(claim, b"not the hall key, not at all!!!!"))


def scanned(window: CounterWindow) -> None:
    signed_in(window)
    waiting = window.station.desk.queue(COUNTER, ["KTP-EL", "KIA"])[4]
    window.desk.scanned(waiting.qr_payload)


def lost_call(window: CounterWindow) -> None:
    signed_in(window)
    current = window.desk.state.current
    assert current is not None
    window.station.tickets.finish(current.id)
    window.desk.refresh()
    window.desk.act(Action.CALL_NEXT)
    window.worker.wait()


def no_show_offer(window: CounterWindow) -> None:
    signed_in(window)
    current = window.desk.state.current
    assert current is not None
    window.station.tickets.finish(current.id)
    window.desk.act(Action.CALL_NEXT)
    window.worker.wait()
    QApplication.processEvents()
    for _ in range(window.station.config.recall_limit):
        window.desk.act(Action.RECALL)


def walk_in(window: CounterWindow) -> None:
    signed_in(window)
    current = window.desk.state.current
    assert current is not None
    window.station.tickets.finish(current.id)
    window.desk.refresh()
    window.desk.act(Action.WALK_IN)
    sheet = window.desk.sheets.walk_in
    sheet.priority_buttons[PriorityClass.DISABILITAS].setChecked(True)


SCENES: list[tuple[str, Callable[[CounterWindow], None]]] = [
    ("01-sign-in", sign_in),
    ("02-sign-in-refused", sign_in_refused),
    ("03-desk", desk),
    ("04-finish-outcome", finish),
    ("05-transfer", transfer),
    ("06-form-and-receipt", receipt),
    ("07-forged-scan", forged_scan),
    ("08-lost-call", lost_call),
    ("09-no-show-offer", no_show_offer),
    ("10-walk-in", walk_in),
    ("11-scanned-ticket", scanned),
]


def link(app: QApplication, name: str) -> SyncBridge:
    """The server link as the header shows it: online, except in one scene, offline with
    a few events kept to send."""
    bridge = SyncBridge(app)
    offline = name.startswith("09")
    last = NOW - timedelta(minutes=6)
    bridge.listener(SyncState(not offline, 4 if offline else 0, 0, last))
    app.processEvents()  # the bridge hands states over through the event loop
    return bridge


def shoot(app: QApplication, window: CounterWindow, path: Path) -> None:
    """Save the window once layouts have settled (a 256-colour PNG: small)."""
    for _ in range(3):
        app.processEvents()
    window.grab().save(str(path))
    with Image.open(path) as picture:
        small = picture.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/counter")
    only = sys.argv[2] if len(sys.argv) > 2 else ""
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    apply_theme(app)
    for size, (width, height) in SIZES.items():
        for lang in ("id", "en"):
            for name, go_there in SCENES:
                if only not in name:
                    continue
                with tempfile.TemporaryDirectory() as home:
                    station = open_busy(Path(home))
                    calls = LostRace(station) if go_there is lost_call else CounterCalls(station)
                    printing = TicketPrinting(station, Printer("dummy:"))
                    sync = link(app, name)
                    window = CounterWindow(station, printing, calls, sync=sync)
                    window.resize(width, height)
                    window.show()
                    window.navigator.set_language("en" if lang == "en" else "id")
                    go_there(window)
                    shoot(app, window, out / f"{name}-{size}-{lang}.png")
                    window.close()
                    sync.deleteLater()
                    station.close()
    print(f"{len(SCENES)} scenes × {len(SIZES)} sizes × 2 languages written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
