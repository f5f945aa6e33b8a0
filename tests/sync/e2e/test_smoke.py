"""A ticket travels from a kiosk through the server to a counter."""

from __future__ import annotations

from tests.sync.e2e.hall import Hall


def test_a_kiosk_ticket_reaches_a_counter(hall: Hall) -> None:
    kiosk = hall.station("Kiosk 1", "kiosk")
    counter = hall.station("Loket 1", "counter")
    assert kiosk.sync.status().slot == 1
    first = hall.runner(kiosk).run_once()
    assert first.leased > 0
    ticket = kiosk.tickets.issue("KTP-EL")
    assert ticket.number == "A1-001"
    hall.runner(kiosk).run_once()
    hall.runner(counter).run_once()
    assert [t.number for t in counter.tickets.today()] == [ticket.number]
