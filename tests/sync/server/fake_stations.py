"""Stations as the server's tests need them: enrolled through the API, making numbered events."""

from __future__ import annotations

import itertools
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from kiosk.clock import WIT
from sync.protocol import API_PREFIX
from sync.server.enrolment import add_station
from sync.server.state import ServerState

if TYPE_CHECKING:
    from fastapi.testclient import TestClient

DAY = date(2026, 11, 23)
OPENING = datetime(2026, 11, 23, 9, 0, tzinfo=WIT)


class TickingClock:
    """A fake clock that moves 1 ms every time it is read, so calls have distinct times."""

    def __init__(self, start: datetime = OPENING) -> None:
        self._now = start.astimezone(UTC)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            self._now += timedelta(milliseconds=1)
            return self._now

    def advance(self, delta: timedelta) -> None:
        """Jump ahead."""
        with self._lock:
            self._now += delta


@dataclass
class FakeStation:
    """An enrolled station: its id, token and the next sequence number of its events."""

    station_id: str
    token: str
    role: str
    slot: int | None
    name: str
    _seqs: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def headers(self) -> dict[str, str]:
        """The bearer header of this station."""
        return {"Authorization": f"Bearer {self.token}"}

    def event(
        self, event_type: str, payload: dict[str, Any], *, seq: int | None = None
    ) -> dict[str, Any]:
        """An outbox event of this station, as JSON (its next seq unless given)."""
        at = OPENING.astimezone(UTC)
        return {
            "id": str(uuid.uuid4()),
            "station_id": self.station_id,
            "seq": seq if seq is not None else next(self._seqs),
            "type": event_type,
            "payload": payload,
            "occurred_at": at.isoformat(),
            "occurred_local": OPENING.isoformat(),
        }


def ticket(
    number: str = "A-001",
    *,
    service: str = "KTP-EL",
    status: str = "waiting",
    priority: str | None = None,
    queued_minute: int = 0,
    counter: int | None = None,
    ticket_id: str | None = None,
    day: date = DAY,
) -> dict[str, Any]:
    """A ticket state payload as a station writes it."""
    queued = OPENING + timedelta(minutes=queued_minute)
    called = queued + timedelta(minutes=1) if status in ("called", "serving", "done") else None
    return {
        "ticket_id": ticket_id or str(uuid.uuid4()),
        "number": number,
        "service": service,
        "service_day": day.isoformat(),
        "status": status,
        "priority": priority,
        "issued_at": queued.isoformat(),
        "queued_at": queued.isoformat(),
        "called_at": called.isoformat() if called else None,
        "counter": counter,
        "recall_count": 0,
        "print_failed": False,
        "serving_at": None,
        "finished_at": None,
    }


def enrol(client: TestClient, name: str, role: str) -> FakeStation:
    """Add a station on the server and enrol it through the API."""
    state: ServerState = client.app.state.server  # type: ignore[attr-defined]
    with state.db.session() as session:
        code = add_station(session, name, role, state.now())  # type: ignore[arg-type]
    station_id = str(uuid.uuid4())
    reply = client.post(
        f"{API_PREFIX}/enrol", json={"code": code.code, "station_id": station_id, "name": name}
    )
    assert reply.status_code == 200, reply.text
    body = reply.json()
    return FakeStation(station_id, body["token"], role, body["slot"], name)


def push(client: TestClient, station: FakeStation, *events: dict[str, Any]) -> dict[str, Any]:
    """POST a batch; return the reply body (any status)."""
    reply = client.post(
        f"{API_PREFIX}/events", json={"events": list(events)}, headers=station.headers
    )
    body: dict[str, Any] = reply.json()
    return body


def queue_tickets(
    client: TestClient, kiosk: FakeStation, count: int, *, service: str = "KTP-EL", start: int = 1
) -> list[dict[str, Any]]:
    """`count` waiting tickets of one service, pushed by a kiosk in one batch."""
    prefix = "A" if service == "KTP-EL" else "B"
    states = [
        ticket(f"{prefix}-{start + i:03d}", service=service, queued_minute=start + i)
        for i in range(count)
    ]
    body = push(client, kiosk, *(kiosk.event("ticket.issued", s) for s in states))
    assert all(r["outcome"] == "stored" for r in body["results"]), body
    return states
