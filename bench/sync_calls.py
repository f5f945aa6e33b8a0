"""50 counters calling "next" at once against a real `mpp-server` on PostgreSQL.

Run: `python -m bench.sync_calls [--counters 50] [--calls 40]`. A throwaway PostgreSQL
cluster is started (tests/pg_cluster.py), `mpp-server serve` runs on it in its own
process, a kiosk pushes enough waiting tickets (timed: the ingest rate), then each
counter, a thread with its own HTTP connection, calls the next ticket of two services
in a loop. The baseline is the same number of `GET /health` requests from the same
threads in the same run. Afterwards every called ticket is checked: none twice.
Targets: ≥ 500 calls/s, p99 ≤ 50 ms, zero double calls.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import func, select

from sync.protocol import API_PREFIX
from sync.server.commands import database
from sync.server.enrolment import add_station
from sync.server.models import Ticket
from tests.pg_cluster import PgCluster, find_bin_dir
from tests.sync.server_process import ServerHandle, running_server

SERVICES = ["KTP-EL", "KK"]
DAY = date(2026, 11, 23)
BATCH = 500


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def enrol(server: ServerHandle, name: str, role: str) -> dict[str, str]:
    """Add a station, enrol it through the API, return its bearer header."""
    with database(server.db_url) as db, db.session() as session:
        code = add_station(session, name, role, datetime.now(UTC))  # type: ignore[arg-type]
    body = {"code": code.code, "station_id": str(uuid.uuid4()), "name": name}
    reply = httpx.post(f"{server.api}/enrol", json=body, timeout=10).json()
    return {"Authorization": f"Bearer {reply['token']}", "X-Station": reply["station_id"]}


def ticket_event(station_id: str, seq: int, n: int) -> dict[str, Any]:
    service = SERVICES[n % 2]
    queued = datetime(2026, 11, 23, tzinfo=UTC) + timedelta(seconds=n)
    state = {
        "ticket_id": str(uuid.uuid4()),
        "number": f"{'A' if service == 'KTP-EL' else 'B'}-{n + 1:03d}",
        "service": service,
        "service_day": DAY.isoformat(),
        "status": "waiting",
        "priority": "lansia" if n % 10 == 0 else None,
        "issued_at": queued.isoformat(),
        "queued_at": queued.isoformat(),
        "called_at": None,
        "counter": None,
        "recall_count": 0,
        "print_failed": False,
    }
    return {
        "id": str(uuid.uuid4()),
        "station_id": station_id,
        "seq": seq,
        "type": "ticket.issued",
        "payload": state,
        "occurred_at": queued.isoformat(),
        "occurred_local": queued.isoformat(),
    }


def seed(server: ServerHandle, kiosk: dict[str, str], tickets: int) -> float:
    """Push `tickets` waiting tickets in batches of 500; return events per second."""
    station_id = kiosk.pop("X-Station")
    events = [ticket_event(station_id, n + 1, n) for n in range(tickets)]
    with httpx.Client(headers=kiosk, timeout=60) as client:
        began = time.perf_counter()
        for start in range(0, tickets, BATCH):
            reply = client.post(
                f"{server.api}/events", json={"events": events[start : start + BATCH]}
            )
            assert reply.status_code == 200, reply.text
        return tickets / (time.perf_counter() - began)


class Connection:
    """One keep-alive HTTP/1.1 connection of one station.

    The load comes from the same machine as the server, so it is generated with the
    lightest client at hand (http.client): httpx would take more of the CPU both share.
    """

    def __init__(self, server: ServerHandle, headers: dict[str, str]) -> None:
        self._http = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        self._headers = {**headers, "Content-Type": "application/json"}

    def request(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        """Status and decoded JSON reply."""
        data = json.dumps(body).encode() if body is not None else None
        self._http.request(method, API_PREFIX + path, body=data, headers=self._headers)
        reply = self._http.getresponse()
        return reply.status, json.loads(reply.read())

    def close(self) -> None:
        self._http.close()


def run_threads(
    server: ServerHandle,
    stations: list[dict[str, str]],
    requests: int,
    send: Callable[[Connection, int, int], Any],
) -> tuple[list[float], float, list[Any]]:
    """Each station's thread sends `requests` requests; latencies (ms), wall time, results."""
    barrier = threading.Barrier(len(stations) + 1)
    latencies: list[float] = []
    results: list[Any] = []
    lock = threading.Lock()

    def work(index: int, headers: dict[str, str]) -> None:
        mine, got = [], []
        connection = Connection(server, headers)
        send(connection, index, -1)  # open the connection before the clock starts
        barrier.wait()
        for n in range(requests):
            began = time.perf_counter()
            got.append(send(connection, index, n))
            mine.append((time.perf_counter() - began) * 1000)
        connection.close()
        with lock:
            latencies.extend(mine)
            results.extend(got)

    threads = [threading.Thread(target=work, args=(i, h)) for i, h in enumerate(stations)]
    for thread in threads:
        thread.start()
    barrier.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    return latencies, time.perf_counter() - began, results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--counters", type=int, default=50)
    parser.add_argument("--calls", type=int, default=40, help="calls per counter")
    args = parser.parse_args()
    bin_dir = find_bin_dir()
    if bin_dir is None:
        print("PostgreSQL server binaries (initdb, pg_ctl) not found", file=sys.stderr)
        return 1
    cluster = PgCluster(bin_dir)
    cluster.start()
    try:
        with running_server(cluster.database()) as server:
            return measure(server, args.counters, args.calls)
    finally:
        cluster.stop()


def measure(server: ServerHandle, counters: int, calls: int) -> int:
    kiosk = enrol(server, "Kiosk 1", "kiosk")
    stations = [enrol(server, f"Loket {n}", "counter") for n in range(1, counters + 1)]
    for headers in stations:
        headers.pop("X-Station")
    tickets = counters * calls + 2 * BATCH
    rate = seed(server, kiosk, tickets)
    print(f"ingest: {tickets} ticket.issued events in batches of {BATCH}: {rate:,.0f} events/s")

    def health(connection: Connection, _index: int, _n: int) -> None:
        assert connection.request("GET", "/health")[0] == 200

    def call(connection: Connection, index: int, n: int) -> str | None:
        if n < 0:
            health(connection, index, n)
            return None
        body = {
            "request_id": str(uuid.uuid4()),
            "counter": index + 1,
            "services": SERVICES,
            "day": DAY.isoformat(),
        }
        status, reply = connection.request("POST", "/calls", body)
        assert status == 200, reply
        called = reply["called"]
        return called["ticket_id"] if called else None

    base_ms, base_wall, _ = run_threads(server, stations, calls, health)
    call_ms, call_wall, called = run_threads(server, stations, calls, call)
    ids = [c for c in called if c is not None]
    twice = sum(1 for _, n in Counter(ids).items() if n > 1)
    with database(server.db_url) as db, db.read() as conn:
        in_db = conn.scalar(
            select(func.count()).select_from(Ticket).where(Ticket.status == "called")
        )
    heads = ("", "requests", "per s", "median", "p99")
    print(" ".join(f"{h:>{w}}" for h, w in zip(heads, (12, 9, 8, 9, 9), strict=True)))
    for name, ms, wall in (
        ("GET /health", base_ms, base_wall),
        ("POST /calls", call_ms, call_wall),
    ):
        print(
            f"{name:>12} {len(ms):9d} {len(ms) / wall:8.0f} {statistics.median(ms):7.1f}ms "
            f"{percentile(ms, 0.99):7.1f}ms"
        )
    ratio = (len(call_ms) / call_wall) / (len(base_ms) / base_wall)
    p99_ratio = percentile(call_ms, 0.99) / percentile(base_ms, 0.99)
    print(f"calls ÷ health: throughput {ratio:.2f}×, p99 {p99_ratio:.1f}×")
    print(
        f"tickets called: {len(ids)} (server: {in_db} called), called twice: {twice}, "
        f"empty replies: {len(called) - len(ids)}"
    )
    return 0 if twice == 0 and in_db == len(ids) else 1


if __name__ == "__main__":
    sys.exit(main())
