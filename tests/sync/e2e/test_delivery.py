"""Guarantee 1: no event lost and none applied twice, whatever breaks in the middle."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter

import pytest

from sync.client.errors import SyncError, Unreachable
from tests.sync.e2e.hall import Hall, add_events, outbox_ids, server_events_of, server_station
from tests.sync.e2e.proxy import FlakyProxy


def assert_server_has_each_once(hall: Hall, name: str, station_id: str, ids: list[str]) -> None:
    held = server_events_of(hall.server, station_id)
    assert [i for i, n in Counter(held).items() if n > 1] == []
    assert sorted(held) == sorted(ids)
    seen = server_station(hall.server, name)
    assert seen.last_seq == len(ids)  # type: ignore[attr-defined]
    assert seen.gaps == []  # type: ignore[attr-defined]


def test_server_killed_mid_batch(hall: Hall) -> None:
    kiosk = hall.station("Kiosk 1")
    add_events(kiosk, 4000)
    runner = hall.runner(kiosk)
    failure: list[BaseException] = []

    def push() -> None:
        try:
            runner.push()
        except SyncError as exc:
            failure.append(exc)

    pusher = threading.Thread(target=push)
    pusher.start()
    deadline = time.monotonic() + 20
    while kiosk.sync.status().backlog > 3000 and time.monotonic() < deadline:
        time.sleep(0.005)
    hall.server.kill()  # somewhere in the next batches: before, during or after its commit
    pusher.join(30)
    assert failure and isinstance(failure[0], Unreachable)
    assert 0 < kiosk.sync.status().backlog < 4004
    hall.server.start()
    hall.runner(kiosk).push()
    assert kiosk.sync.status().backlog == 0
    assert_server_has_each_once(hall, "Kiosk 1", kiosk.store.station_id, outbox_ids(kiosk))


def test_reply_lost_after_the_server_committed(hall: Hall) -> None:
    with FlakyProxy(hall.server.port) as proxy:
        kiosk = hall.station("Kiosk 1", url=proxy.url)
        add_events(kiosk, 1200)
        runner = hall.runner(kiosk, proxy.url)
        proxy.drop_next_reply()
        with pytest.raises(Unreachable):
            runner.push()
        assert proxy.dropped == 1
        held_after_drop = server_events_of(hall.server, kiosk.store.station_id)
        assert len(held_after_drop) >= 500  # the server had stored the batch it never answered
        synced, refused = runner.push()
        assert (refused, kiosk.sync.status().backlog) == (0, 0)
        assert synced == len(outbox_ids(kiosk))  # the lost batch came back as duplicates
    assert_server_has_each_once(hall, "Kiosk 1", kiosk.store.station_id, outbox_ids(kiosk))


def test_station_killed_mid_push_and_restarted(hall: Hall) -> None:
    kiosk = hall.station("Kiosk 1")
    add_events(kiosk, 12000)
    total = kiosk.sync.status().backlog
    station_id = kiosk.store.station_id
    kiosk.close()
    env = {**os.environ, "MPP_KIOSK_HOME": str(hall.paths("Kiosk 1").config_dir.parent)}
    command = [sys.executable, "-m", "mpp", "sync", "now"]
    cut_in_the_middle = 0
    rng = random.Random(7)
    for _ in range(6):
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        time.sleep(rng.uniform(0.8, 2.0))
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        left = hall.reopen("Kiosk 1").sync.status().backlog
        cut_in_the_middle += 0 < left < total
        if left == 0:
            break
    assert cut_in_the_middle >= 1, "no kill landed while the push was under way"
    finished = subprocess.run(command, env=env, capture_output=True, timeout=120)
    assert finished.returncode == 0, finished.stderr.decode()
    kiosk = hall.reopen("Kiosk 1")
    assert kiosk.sync.status().backlog == 0
    assert kiosk.store.station_id == station_id
    assert_server_has_each_once(hall, "Kiosk 1", kiosk.store.station_id, outbox_ids(kiosk))


def test_a_gap_in_the_stations_sequence_is_reported(hall: Hall) -> None:
    from sqlalchemy import delete, func, select

    from kiosk.storage.models import EventRow

    kiosk = hall.station("Kiosk 1")
    add_events(kiosk, 3)
    with kiosk.store.uow(write=True) as uow:  # an event the store lost (an old backup restored)
        last = uow.session.scalar(select(func.max(EventRow.seq)))
        uow.session.execute(delete(EventRow).where(EventRow.seq == last - 1))
        uow.commit()
    runner = hall.runner(kiosk)
    runner.push()
    assert runner.gaps == ((last - 1, last - 1),)
    assert [(g.first, g.last) for g in server_station(hall.server, "Kiosk 1").gaps] == [  # type: ignore[attr-defined]
        (last - 1, last - 1)
    ]
