"""A ticket and its event are written together or not at all, even when the process is killed."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.paths import Paths
from tests.conftest import SMALL_CATALOGUE

pytestmark = pytest.mark.slow

_OPEN = f"""
import os, signal, sys
from kiosk.config import StationConfig
from kiosk.paths import Paths
from kiosk.station import open_station
from pathlib import Path
paths = Paths.from_env()
base = StationConfig.demo_default(paths)
config = StationConfig("Kiosk Uji", "kiosk", "id", True, Path({str(SMALL_CATALOGUE)!r}),
                       base.printer, 80, None)
station = open_station(paths, config)
"""

#: Dies between writing the ticket row and writing its event, inside the transaction.
_DIE_BETWEEN = (
    _OPEN
    + """
from kiosk.storage.tickets import TicketRepository
original = TicketRepository.add
def add_then_die(self, ticket):
    original(self, ticket)
    self._session.flush()  # the ticket row is in SQLite, uncommitted
    os.kill(os.getpid(), signal.SIGKILL)
TicketRepository.add = add_then_die
station.tickets.issue("KK")
"""
)

#: Issues tickets as fast as it can until it is killed.
_ISSUE_FOREVER = (
    _OPEN
    + """
while True:
    print(station.tickets.issue("KK").number, flush=True)
"""
)


def run_script(code: str, home: Paths) -> subprocess.Popen[str]:
    env = {**os.environ, "MPP_KIOSK_HOME": str(home.config_dir.parent)}
    return subprocess.Popen(
        [sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True
    )


def consistency(db: Path) -> tuple[list[int], int]:
    """Ticket numbers in the store, after checking each has exactly one event and vice versa."""
    with sqlite3.connect(db) as conn:
        tickets = dict(conn.execute("SELECT id, number FROM ticket WHERE service_code='KK'"))
        issued = [
            json.loads(p)["ticket_id"]
            for (p,) in conn.execute("SELECT payload FROM event WHERE type='ticket.issued'")
        ]
        counter = conn.execute(
            "SELECT COALESCE(MAX(last_number), 0) FROM daily_counter WHERE service_code='KK'"
        ).fetchone()[0]
    assert sorted(issued) == sorted(tickets), "a ticket without its event, or an event alone"
    return sorted(tickets.values()), counter


def test_killed_between_ticket_and_event_leaves_neither(home: Paths) -> None:
    process = run_script(_DIE_BETWEEN, home)
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    numbers, counter = consistency(home.database)
    assert numbers == [] and counter == 0
    follow = run_script(_OPEN + 'print(station.tickets.issue("KK").number)', home)
    out, _ = follow.communicate(timeout=60)
    assert out.strip() == "B-001", "the interrupted number was not taken"


def test_killed_at_random_moments_never_splits_a_ticket_from_its_event(home: Paths) -> None:
    rng = random.Random(20261122)
    printed: list[str] = []
    for _ in range(5):
        process = run_script(_ISSUE_FOREVER, home)
        assert process.stdout is not None
        printed.append(process.stdout.readline().strip())  # running, and issuing
        time.sleep(rng.uniform(0.01, 0.25))
        process.send_signal(signal.SIGKILL)
        rest, _ = process.communicate(timeout=60)
        printed += rest.split()
        numbers, counter = consistency(home.database)
        assert numbers == list(range(1, len(numbers) + 1)), "numbers are gapless and unique"
        assert counter == len(numbers)
    confirmed = {int(n.split("-")[1]) for n in printed}
    assert confirmed <= set(numbers), "every number a citizen saw is in the store"
    assert len(numbers) >= 5
