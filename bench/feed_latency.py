"""From `POST /events` returning to a long-polling reader holding the event, SQLite and PostgreSQL.

Run: `python -m bench.feed_latency [--events 200] [--readers 1]`. For each database a
real `mpp-server serve` runs in its own process (PostgreSQL: a throwaway cluster from
tests/pg_cluster.py). Reader threads long-poll `GET /feed?wait=…` with their cursor
while a kiosk pushes one event at a time, 20–60 ms apart; the figure is the time from
the push's reply to each reader having the event (negative: the reader had it before
the pusher had its reply). The baseline is a `GET /health` round trip in the same run.
Then the kiosk pushes 20 batches of 500 events: the ingest rate.
Targets: median ≤ 10 ms, p99 ≤ 1 s; ingest ≥ 5,000 events/s.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from bench.sync_calls import enrol, percentile
from tests.pg_cluster import PgCluster, find_bin_dir
from tests.sync.server_process import ServerHandle, running_server

BATCH = 500


class Reader(threading.Thread):
    """A board following the feed: notes when each event id reaches it."""

    def __init__(self, server: ServerHandle, headers: dict[str, str]) -> None:
        super().__init__(daemon=True)
        self.server, self.headers = server, headers
        self.seen: dict[str, float] = {}
        self.stopping = threading.Event()

    def run(self) -> None:
        after = 0
        with httpx.Client(headers=self.headers, timeout=30) as client:
            while not self.stopping.is_set():
                params = {"after": after, "wait": 2, "limit": 1000}
                page = client.get(f"{self.server.api}/feed", params=params).json()
                now = time.perf_counter()
                for event in page["events"]:
                    self.seen.setdefault(event["id"], now)
                after = page["last"]


def event(station_id: str, seq: int) -> dict[str, Any]:
    at = datetime.now(UTC).isoformat()
    payload = {"form": "ktp-el", "n": seq}
    return {
        "id": str(uuid.uuid4()),
        "station_id": station_id,
        "seq": seq,
        "type": "form.submitted",
        "payload": payload,
        "occurred_at": at,
        "occurred_local": at,
    }


def measure(server: ServerHandle, label: str, events: int, readers: int) -> None:
    kiosk = enrol(server, "Kiosk 1", "kiosk")
    station_id = kiosk.pop("X-Station")
    boards = []
    for n in range(readers):
        headers = enrol(server, f"Papan {n + 1}", "display")
        headers.pop("X-Station")
        boards.append(Reader(server, headers))
    for board in boards:
        board.start()
    pushed: dict[str, float] = {}
    health_ms: list[float] = []
    with httpx.Client(headers=kiosk, timeout=30) as client:
        for seq in range(1, events + 1):
            began = time.perf_counter()
            client.get(f"{server.api}/health")
            health_ms.append((time.perf_counter() - began) * 1000)
            one = event(station_id, seq)
            reply = client.post(f"{server.api}/events", json={"events": [one]})
            pushed[one["id"]] = time.perf_counter()
            assert reply.json()["results"][0]["outcome"] == "stored", reply.text
            time.sleep(random.uniform(0.02, 0.06))
        time.sleep(1.5)
        latency = [(board.seen[i] - at) * 1000 for board in boards for i, at in pushed.items()]
        missing = sum(1 for board in boards for i in pushed if i not in board.seen)
        rate = ingest_rate(client, server, station_id, events + 1)
    for board in boards:
        board.stopping.set()
    print(
        f"{label:>10} {statistics.median(latency):8.1f}ms {percentile(latency, 0.99):8.1f}ms "
        f"{max(latency):8.1f}ms {statistics.median(health_ms):8.2f}ms "
        f"{percentile(health_ms, 0.99):8.2f}ms {missing:7d} {rate:10,.0f}/s"
    )


def ingest_rate(client: httpx.Client, server: ServerHandle, station_id: str, first: int) -> float:
    """Events per second taken in, 20 batches of 500."""
    batches = [
        {"events": [event(station_id, first + b * BATCH + i) for i in range(BATCH)]}
        for b in range(20)
    ]
    began = time.perf_counter()
    for batch in batches:
        reply = client.post(f"{server.api}/events", json=batch)
        assert reply.status_code == 200, reply.text
    return 20 * BATCH / (time.perf_counter() - began)


@contextmanager
def postgresql() -> Iterator[str]:
    """A database on a throwaway PostgreSQL cluster."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise SystemExit("PostgreSQL server binaries (initdb, pg_ctl) not found")
    cluster = PgCluster(bin_dir)
    cluster.start()
    try:
        yield cluster.database()
    finally:
        cluster.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--readers", type=int, default=1)
    args = parser.parse_args()
    heads = ("database", "median", "p99", "max", "health", "health p99", "missed", "ingest")
    widths = (10, 10, 10, 10, 10, 10, 7, 12)
    print(" ".join(f"{h:>{w}}" for h, w in zip(heads, widths, strict=True)))
    with (
        tempfile.TemporaryDirectory() as tmp,
        running_server(f"sqlite:///{Path(tmp) / 'server.sqlite'}") as server,
    ):
        measure(server, "SQLite", args.events, args.readers)
    with postgresql() as url, running_server(url) as server:
        measure(server, "PostgreSQL", args.events, args.readers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
