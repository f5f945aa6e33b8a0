"""The background worker's own duties, with no server to talk to."""

from __future__ import annotations

import time
from datetime import timedelta

from sqlalchemy import update

from kiosk.clock import FakeClock
from kiosk.station import Station
from kiosk.storage.models import EventRow
from sync.client.worker import Backoff, SyncWorker
from tests.kiosk.services.test_form_service import ANSWERS
from tests.sync.server_process import free_port


def test_a_running_station_purges_old_personal_answers_even_while_offline(
    station: Station,
) -> None:
    ticket = station.tickets.issue("KTP-EL", answers=ANSWERS)
    with station.store.uow(write=True) as uow:  # the server acknowledged it long ago
        uow.session.execute(update(EventRow).values(synced_at=station.clock.now()))
        uow.commit()
    clock = station.clock
    assert isinstance(clock, FakeClock)
    clock.advance(timedelta(days=31))
    worker = SyncWorker(station, f"http://127.0.0.1:{free_port()}", "token", feed_wait=0.5)
    worker.start()
    try:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            kept = station.forms.latest(ticket.id)
            if kept is not None and kept.purged:
                break
            time.sleep(0.02)
        assert kept is not None and kept.purged
        assert "nik" not in kept.values
        assert not worker.state.online
    finally:
        worker.stop()


def test_backoff_grows_with_jitter_up_to_its_cap() -> None:
    backoff = Backoff(base=1.0, cap=8.0)
    waits = [backoff.next_wait() for _ in range(7)]
    ceilings = [1, 2, 4, 8, 8, 8, 8]
    assert all(c / 2 <= w <= c for w, c in zip(waits, ceilings, strict=True))
    assert len({round(w, 6) for w in waits}) == len(waits)  # randomised, not in lockstep
    backoff.reset()
    assert backoff.next_wait() <= 1.0
