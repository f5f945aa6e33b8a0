"""Draining a station's outbox into a local `mpp-server`: batches against one request each.

Run: `python -m bench.sync_drain [--events 10000] [--single 1000]`. For SQLite and for a
throwaway PostgreSQL cluster (tests/pg_cluster.py), `mpp-server serve` runs in its own
process on 127.0.0.1; an enrolled kiosk has `--events` events in its outbox (a day of
2,500 tickets, each issued, called, served and finished) and pushes them with the real
sync client (batches of 500), timed from the first request to the last acknowledgement
stored. The baseline, in the same run and against the same server, sends `--single`
such events one request each — what systems that submit record by record do.
Targets: ≥ 5,000 events/s and ≥ 20× the one-by-one rate.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

from kiosk.domain.ticket import Ticket, TicketStatus
from kiosk.services.ticket_events import ticket_payload
from kiosk.station import Station
from sync.client.runner import SyncRunner
from tests.pg_cluster import PgCluster, find_bin_dir
from tests.sync.e2e.hall import Hall
from tests.sync.server_process import running_server

SERVICES = ["KTP-EL", "KK", "AKTA-LAHIR", "NIB", "PBG", "KIA"]
STEPS = (TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.DONE)


def fill_outbox(station: Station, events: int, numbers_from: int = 1) -> None:
    """Tickets through their whole day, four events each, written in one transaction."""
    now = station.clock.now()
    with station.store.uow(write=True) as uow:
        for i in range(events // 4):
            service = SERVICES[i % len(SERVICES)]
            ticket = Ticket(
                id=str(uuid.uuid4()),
                service_code=service,
                service_day=now.date(),
                prefix=service[:3],
                number=numbers_from + i // len(SERVICES),
                status=TicketStatus.WAITING,
                priority=None,
                issued_at=now,
                queued_at=now,
                station_id=station.store.station_id,
            )
            uow.outbox.add("ticket.issued", ticket_payload(ticket), now)
            for step in STEPS:
                ticket = dataclasses.replace(
                    ticket, status=step, called_at=now + timedelta(minutes=5), counter_number=3
                )
                uow.outbox.add(f"ticket.{step.value}", ticket_payload(ticket), now)
        uow.commit()


def drain(hall: Hall, name: str, events: int, batch: int, numbers_from: int) -> float:
    """Events per second of pushing `events` in batches of `batch`."""
    kiosk = hall.station(name)
    fill_outbox(kiosk, events, numbers_from)
    total = kiosk.sync.status().backlog
    runner = SyncRunner(kiosk, hall.api(kiosk), batch=batch)
    start = time.perf_counter()
    synced, refused = runner.push()
    elapsed = time.perf_counter() - start
    if (synced, refused, kiosk.sync.status().backlog) != (total, 0, 0):
        raise SystemExit(f"drain incomplete: {synced} synced, {refused} refused of {total}")
    return total / elapsed


def run(db_url: str, label: str, events: int, single: int) -> None:
    with tempfile.TemporaryDirectory() as root, running_server(db_url) as server:
        hall = Hall(server, Path(root))
        try:
            batched = drain(hall, "Kiosk batch", events, 500, 1)
            one_by_one = drain(hall, "Kiosk single", single, 1, 5000)
        finally:
            hall.close()
    print(
        f"{label:<11} batches of 500: {batched:8.0f} events/s   "
        f"one per request: {one_by_one:6.0f} events/s   ratio {batched / one_by_one:5.1f}×"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--single", type=int, default=1_000)
    args = parser.parse_args()
    print(f"{args.events} events in batches, {args.single} one per request, same server")
    with tempfile.TemporaryDirectory() as root:
        run(f"sqlite:///{root}/server.sqlite", "SQLite", args.events, args.single)
    bin_dir = find_bin_dir()
    if bin_dir is None:
        print("PostgreSQL: no initdb/pg_ctl found, skipped", file=sys.stderr)
        return 0
    cluster = PgCluster(bin_dir)
    cluster.start()
    try:
        run(cluster.database(), "PostgreSQL", args.events, args.single)
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
