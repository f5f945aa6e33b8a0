"""Admin endpoints: only with an admin token; stations added, listed with gaps, revoked."""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient

from sync.protocol import API_PREFIX, EnrolCode, StationOut
from tests.sync.server.fake_stations import FakeStation, push

ADMIN = f"{API_PREFIX}/admin"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/stations"),
        ("POST", "/stations"),
        ("DELETE", "/stations/Kiosk 1"),
        ("GET", "/conflicts"),
        ("PUT", "/catalogue"),
    ],
)
def test_admin_endpoints_need_the_admin_token(
    client: TestClient, kiosk: FakeStation, method: str, path: str
) -> None:
    for headers in ({}, kiosk.headers, {"Authorization": "Bearer wrong"}):
        reply = client.request(method, ADMIN + path, headers=headers, json={})
        assert reply.status_code == 401, (headers, reply.text)
        assert reply.json()["code"] in ("token_missing", "admin_token_invalid")


def test_an_admin_adds_a_station_and_it_enrols_with_the_code(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    reply = client.post(
        f"{ADMIN}/stations", json={"name": "Loket 4", "role": "counter"}, headers=admin_headers
    )
    assert reply.status_code == 201
    code = EnrolCode.model_validate(reply.json())
    assert (code.role, code.slot) == ("counter", 1)
    body = {"code": code.code, "station_id": str(uuid.uuid4()), "name": "Loket 4"}
    assert client.post(f"{API_PREFIX}/enrol", json=body).status_code == 200
    taken = client.post(
        f"{ADMIN}/stations", json={"name": "Loket 4", "role": "counter"}, headers=admin_headers
    )
    assert (taken.status_code, taken.json()["code"]) == (409, "station_name_taken")


def test_the_station_list_shows_last_seq_and_gaps(
    client: TestClient, kiosk: FakeStation, admin_headers: dict[str, str]
) -> None:
    push(client, kiosk, *(kiosk.event("form.submitted", {}, seq=n) for n in (1, 2, 5)))
    stations = [
        StationOut.model_validate(s)
        for s in client.get(f"{ADMIN}/stations", headers=admin_headers).json()
    ]
    [listed] = [s for s in stations if s.station_id == kiosk.station_id]
    assert listed.last_seq == 5
    assert [(g.first, g.last) for g in listed.gaps] == [(3, 4)]
    assert listed.last_seen_at is not None


def test_revoking_an_unknown_station_is_a_404(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    reply = client.delete(f"{ADMIN}/stations/nobody", headers=admin_headers)
    assert (reply.status_code, reply.json()["code"]) == (404, "station_unknown")
