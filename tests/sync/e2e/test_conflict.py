"""An offline call that loses against another counter is reported, not hidden."""

from __future__ import annotations

from sync.client.calls import call_ticket
from sync.server.commands import database
from sync.server.conflicts import list_conflicts
from tests.sync.e2e.hall import Hall
from tests.sync.e2e.proxy import FlakyProxy


def test_a_double_call_made_offline_reaches_the_supervisor(hall: Hall) -> None:
    kiosk = hall.station("Kiosk 1")
    online = hall.station("Loket 1", "counter")
    with FlakyProxy(hall.server.port) as line:
        offline = hall.station("Loket 2", "counter", url=line.url)
        ticket = kiosk.tickets.issue("KTP-EL")
        hall.runner(kiosk).run_once()
        hall.runner(offline, line.url).run_once()
        line.cut()
        # The citizen shows the QR at counter 2 while counter 1 calls the same ticket.
        scanned = call_ticket(offline, hall.api(offline, line.url), 2, ["KTP-EL"], ticket.id)
        assert scanned.offline
        won = call_ticket(online, hall.api(online), 1, ["KTP-EL"], ticket.id)
        assert won.ticket is not None and won.ticket.counter_number == 1
        line.mend()
        hall.runner(offline, line.url).run_once()
    with database(hall.server.db_url) as db, db.read() as conn:
        conflicts = list_conflicts(conn)
    assert [c.kind for c in conflicts] == ["double_call"]
    assert conflicts[0].ticket_id == ticket.id
    # Counter 2 learned the winning state from the feed.
    assert offline.tickets.get(ticket.id).counter_number == 1
