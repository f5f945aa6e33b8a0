"""An enrolled station started with `mpp-kiosk run` syncs in the background by itself."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.clock import SystemClock
from kiosk.config import update_config
from kiosk.paths import Paths
from mpp.cli import main
from sync.server.commands import database
from sync.server.enrolment import add_station
from sync.server.models import Event
from tests.sync.server_process import ServerHandle, running_server
from ui.app import run
from ui.kiosk.window import KioskWindow


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerHandle]:
    with running_server(f"sqlite:///{tmp_path / 'server.sqlite'}") as handle:
        yield handle


def server_has(server: ServerHandle, ticket_id: str) -> bool:
    from sqlalchemy import select

    with database(server.db_url) as db, db.read() as conn:
        found = conn.scalars(select(Event.payload).where(Event.type == "ticket.issued"))
        return any(ticket_id in payload for payload in found)


def test_a_ticket_issued_at_the_kiosk_reaches_the_server_while_it_runs(
    qapp: QApplication, home: Paths, server: ServerHandle
) -> None:
    with database(server.db_url) as db, db.session() as session:
        code = add_station(session, "Kiosk Lobi", "kiosk", SystemClock().now()).code
    assert main(["enrol", "--server", server.url, "--code", code]) == 0
    update_config(home.config_file, {"station": {"demo": True}})  # open at any hour
    seen: dict[str, object] = {}

    def watch(app: QApplication) -> int:
        deadline = time.monotonic() + 30
        window = None
        while window is None and time.monotonic() < deadline:
            app.processEvents()
            window = next(
                (w for w in app.topLevelWidgets() if isinstance(w, KioskWindow) and w.isVisible()),
                None,
            )
        assert window is not None and window.sync is not None
        ticket = window.station.tickets.issue("KK")
        while time.monotonic() < deadline and not (
            server_has(server, ticket.id) and window.sync.state and window.sync.state.online
        ):
            app.processEvents()
            time.sleep(0.02)
        seen["arrived"] = server_has(server, ticket.id)
        seen["state"] = window.sync.state
        window.close()
        return 0

    assert run(role="kiosk", event_loop=watch) == 0
    assert seen["arrived"], "the background pusher sent the ticket"
    state = seen["state"]
    assert state is not None and state.online  # type: ignore[attr-defined]
    assert not any(t.name == "sync-push" and t.is_alive() for t in threading.enumerate())
