"""Guarantee 2: kiosks cut off from the server never print the same number."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest

from sync.client.errors import Unreachable
from sync.server.commands import database
from sync.server.conflicts import list_conflicts
from tests.sync.e2e.hall import Hall
from tests.sync.e2e.proxy import FlakyProxy


def test_two_kiosks_offline_for_an_hour_never_share_a_number(hall: Hall) -> None:
    with FlakyProxy(hall.server.port) as line_a, FlakyProxy(hall.server.port) as line_b:
        kiosk_a = hall.station("Kiosk A", url=line_a.url)
        kiosk_b = hall.station("Kiosk B", url=line_b.url)
        board = hall.station("Papan", "display")
        kiosks = [kiosk_a, kiosk_b]
        runners = [hall.runner(kiosk_a, line_a.url), hall.runner(kiosk_b, line_b.url)]
        for runner in runners:
            runner.run_once()  # each holds a block of leased numbers
        before = kiosk_a.tickets.issue("KTP-EL").number
        line_a.cut()
        line_b.cut()
        numbers: list[str] = [before]
        for minute in range(0, 60, 2):  # one citizen per kiosk every two minutes
            for kiosk in kiosks:
                numbers.append(kiosk.tickets.issue("KTP-EL").number)
            hall.clock.advance(timedelta(minutes=2))
            if minute % 20 == 0:
                for runner in runners:
                    with pytest.raises(Unreachable):
                        runner.run_once()
        assert len(set(numbers)) == len(numbers) == 61
        offline = [n for n in numbers if int(n.rpartition("-")[2]) >= 1000]
        assert {n.rpartition("-")[2][0] for n in offline} == {"1", "2"}  # both slots' ranges
        line_a.mend()
        line_b.mend()
        for runner in runners:
            runner.run_once()
        hall.runner(board).run_once()
    on_board = Counter(t.number for t in board.tickets.today())
    assert sorted(on_board) == sorted(numbers)
    assert max(on_board.values()) == 1
    with database(hall.server.db_url) as db, db.read() as conn:
        assert list_conflicts(conn) == []
