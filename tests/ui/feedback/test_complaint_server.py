"""The kiosk's status screen with a real `mpp-server`: the hall's answer reaches the citizen,
and a server that went away leaves the kiosk's own record, not an error."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mpp.printing import TicketPrinting
from printers import Printer
from sync.server.auth import create_admin_token
from sync.server.commands import database
from tests.sync.e2e.hall import Hall
from tests.sync.server_process import running_server
from tests.ui.feedback.helpers import activate, touch, type_keys
from ui.kiosk.window import KioskWindow
from ui.theme import apply_theme

TEXT = "Loket tutup sebelum jamnya padahal saya sudah menunggu sejak pagi."
ANSWER = "Mohon maaf; jam layanan loket kini diawasi koordinator MPP."


@pytest.fixture
def hall(tmp_path: Path) -> Iterator[Hall]:
    """A real server on SQLite and a hall of stations enrolled with it."""
    with running_server(f"sqlite:///{tmp_path / 'server.sqlite'}") as server:
        made = Hall(server, tmp_path / "hall")
        yield made
        made.close()


def test_the_status_screen_shows_the_halls_answer(
    qapp: QApplication, qtbot: QtBot, hall: Hall
) -> None:
    kiosk = hall.station("Kiosk 1")
    filed = kiosk.complaints.file("DUKCAPIL", "pelayanan_lambat", TEXT, "0812 9876 5432")
    hall.runner(kiosk).run_once()  # the complaint reaches the server
    with database(hall.server.db_url) as db, db.write() as conn:
        admin = {"Authorization": f"Bearer {create_admin_token(conn, hall.clock.now())}"}
    reply = httpx.post(
        f"{hall.server.api}/admin/complaints/{filed.tracking}/answer",
        json={"answer": ANSWER, "status": "answered"},
        headers=admin,
    )
    assert reply.status_code == 200

    apply_theme(qapp)
    window = KioskWindow(kiosk, TicketPrinting(kiosk, Printer("dummy:")))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    activate(window)
    touch(qtbot, window.home.feedback.complaint_button)
    flow = window.complaints
    touch(qtbot, flow.start.status_card)
    touch(qtbot, flow.status.field)
    assert flow.status.keyboard is not None
    type_keys(qtbot, flow.status.keyboard, filed.tracking_shown)
    with qtbot.waitSignal(flow.worker.looked_up, timeout=10_000):
        touch(qtbot, flow.status.keyboard.key("ok"))
    assert flow.status.status.text() == "Sudah dijawab"
    assert flow.status.answer.isVisible() and flow.status.answer.text() == ANSWER
    assert flow.status.rows["answered"][1].text().startswith("Senin, 23 November 2026")
    shown = " ".join(w.text() for w in flow.status.findChildren(type(flow.status.answer)))
    assert "98765432" not in shown and "sejak pagi" not in shown, "no contact, no text"

    hall.server.kill()  # the server goes away: the kiosk tells what it knows
    with qtbot.waitSignal(flow.worker.looked_up, timeout=15_000):
        touch(qtbot, flow.status.check_button)
    assert flow.status.status.text().startswith("Terkirim ke server; belum ada jawaban")
    window.leave()
