"""Number leases: blocks never overlap, stay at most 999, and a retry gets the same blocks."""

from __future__ import annotations

import threading
import uuid

from fastapi.testclient import TestClient

from sync.protocol import API_PREFIX, LeaseReply
from tests.conftest import SMALL_CATALOGUE
from tests.sync.server.fake_stations import DAY, FakeStation, enrol

LEASE = f"{API_PREFIX}/numbers/lease"


def _lease(
    client: TestClient, station: FakeStation, *wants: tuple[str, int], request_id: str | None = None
) -> tuple[int, dict]:
    body = {
        "request_id": request_id or str(uuid.uuid4()),
        "day": DAY.isoformat(),
        "wants": [{"service": s, "count": c} for s, c in wants],
    }
    reply = client.post(LEASE, json=body, headers=station.headers)
    return reply.status_code, reply.json()


def test_racing_stations_get_blocks_that_never_overlap(client: TestClient) -> None:
    stations = [enrol(client, f"Kiosk {n}", "kiosk") for n in range(4)]
    blocks: list[tuple[int, int]] = []
    lock = threading.Lock()

    def take(station: FakeStation) -> None:
        for _ in range(15):
            status, body = _lease(client, station, ("KTP-EL", 7), ("KK", 3))
            assert status == 200
            with lock:
                blocks.extend(
                    (b["first"], b["last"]) for b in body["blocks"] if b["service"] == "KTP-EL"
                )

    threads = [threading.Thread(target=take, args=(s,)) for s in stations]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    numbers = [n for first, last in blocks for n in range(first, last + 1)]
    assert sorted(numbers) == list(range(1, 4 * 15 * 7 + 1))


def test_leases_stop_at_999_and_leave_out_a_service_with_none_left(
    client: TestClient, kiosk: FakeStation
) -> None:
    for _ in range(9):
        assert _lease(client, kiosk, ("KK", 100))[0] == 200
    _, body = _lease(client, kiosk, ("KK", 100), ("KTP-EL", 5))
    assert [(b["service"], b["first"], b["last"]) for b in body["blocks"]] == [
        ("KK", 901, 999),
        ("KTP-EL", 1, 5),
    ]
    _, body = _lease(client, kiosk, ("KK", 1), ("KTP-EL", 1))
    assert [b["service"] for b in body["blocks"]] == ["KTP-EL"]


def test_a_retried_request_returns_the_same_blocks(
    client: TestClient, kiosk: FakeStation, counter: FakeStation
) -> None:
    request_id = str(uuid.uuid4())
    first = _lease(client, kiosk, ("KK", 10), request_id=request_id)
    again = _lease(client, kiosk, ("KK", 10), request_id=request_id)
    assert first == again
    assert LeaseReply.model_validate(first[1]).blocks[0].first == 1
    assert _lease(client, kiosk, ("KK", 10))[1]["blocks"][0]["first"] == 11
    status, body = _lease(client, counter, ("KK", 10), request_id=request_id)
    assert status == 409
    assert body["code"] == "request_id_reused"


def test_a_display_may_not_lease(client: TestClient) -> None:
    board = enrol(client, "Papan 1", "display")
    status, body = _lease(client, board, ("KK", 1))
    assert status == 403
    assert body["code"] == "role_forbidden"


def test_with_a_catalogue_an_unknown_service_is_named(
    client: TestClient, kiosk: FakeStation, admin_headers: dict[str, str]
) -> None:
    imported = client.put(
        f"{API_PREFIX}/admin/catalogue",
        content=SMALL_CATALOGUE.read_bytes(),
        headers={**admin_headers, "Content-Type": "application/toml"},
    )
    assert imported.status_code == 200
    status, body = _lease(client, kiosk, ("KK", 1), ("NOPE", 1))
    assert status == 422
    assert body["field"] == "wants.1.service"
    assert _lease(client, kiosk, ("kk", 2))[1]["blocks"][0]["service"] == "KK"
