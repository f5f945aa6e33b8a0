"""From "issue ticket" to the last byte accepted by a TCP printer, with 100,000 tickets stored.

Run: `python -m bench.print_latency [--tickets 500] [--history 100000]`.
The floor is sending the same bytes alone (no store, no status query).
Targets: median ≤ 30 ms, p99 ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from kiosk.clock import SystemClock, service_day
from kiosk.config import StationConfig
from kiosk.paths import Paths
from kiosk.station import Station, open_station
from kiosk.storage.models import TicketRow
from mpp.printing import TicketPrinting
from printers import PAPER_58MM, PAPER_80MM, Paper, Printer, PrinterProfile
from tests.printers.fake_printer import FakePrinter, Mode

# Services without a daily quota, so 1,000 tickets in one day are allowed.
SERVICES = ("KK", "AKTA-LAHIR", "AKTA-MATI", "NIB", "PBG", "KIA")


def seed_history(station: Station, count: int) -> None:
    """`count` finished tickets spread over the previous days, written in bulk."""
    start = datetime.now(UTC) - timedelta(days=200)
    rows = []
    for i in range(count):
        when = start + timedelta(minutes=i * 2)
        rows.append(
            {
                "id": str(uuid.uuid4()),
                "service_code": SERVICES[i % len(SERVICES)],
                "service_day": service_day(when),
                "prefix": "Z",
                "number": i + 1,
                "status": "done",
                "priority": None,
                "print_failed": False,
                "station_id": station.store.station_id,
                "issued_at": when,
                "queued_at": when,
                "recall_count": 0,
            }
        )
    with station.store.sessions.begin() as session:
        session.execute(insert(TicketRow), rows)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(station: Station, paper: Paper, tickets: int) -> tuple[list[float], list[float]]:
    """Milliseconds per ticket issued-and-printed, and per send of the same bytes alone."""
    with FakePrinter(Mode.READY) as device:
        printer = Printer(device.address, PrinterProfile(paper=paper))
        printing = TicketPrinting(station, printer)
        issue_ms, floor_ms = [], []
        for i in range(tickets):
            began = time.perf_counter()
            outcome = printing.issue_and_print(SERVICES[i % len(SERVICES)], None, "id")
            issue_ms.append((time.perf_counter() - began) * 1000)
            assert outcome.ok, outcome.message.en
            assert outcome.ticket.print_job_id is not None
            data = station.printing.job(outcome.ticket.print_job_id).data
            began = time.perf_counter()
            printer.backend.send(data, printer.timeout, "floor")
            floor_ms.append((time.perf_counter() - began) * 1000)
    return issue_ms, floor_ms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tickets", type=int, default=500)
    parser.add_argument("--history", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths(Path(tmp) / "config", Path(tmp) / "data")
        config = StationConfig.demo_default(paths)
        station = open_station(paths, config, SystemClock())
        seeded = time.perf_counter()
        seed_history(station, args.history)
        print(f"stored history: {args.history} tickets in {time.perf_counter() - seeded:.1f} s")
        heads = ("paper", "median", "p99", "floor med", "floor p99", "ratio")
        print(" ".join(f"{h:>{w}}" for h, w in zip(heads, (6, 9, 9, 10, 10, 6), strict=True)))
        for paper in (PAPER_58MM, PAPER_80MM):
            issue_ms, floor_ms = measure(station, paper, args.tickets)
            median, floor = statistics.median(issue_ms), statistics.median(floor_ms)
            print(
                f"{paper.name:>6} {median:8.1f}ms {percentile(issue_ms, 0.99):8.1f}ms "
                f"{floor:9.2f}ms {percentile(floor_ms, 0.99):9.2f}ms {median / floor:5.1f}x"
            )
        station.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
