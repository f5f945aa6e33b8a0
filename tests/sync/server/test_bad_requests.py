"""Bad requests get a 4xx ErrorBody naming the field, never a 500, and change nothing."""

from __future__ import annotations

import json
import uuid

import pytest
from fastapi.testclient import TestClient

from sync.protocol import API_PREFIX, ErrorBody
from sync.server.error_handlers import MAX_BODY_BYTES
from sync.server.state import ServerState
from tests.sync.server.fake_stations import DAY, FakeStation, ticket
from tests.sync.server.row_counts import row_counts


@pytest.fixture
def before(state: ServerState, kiosk: FakeStation, counter: FakeStation) -> dict[str, int]:
    """Row counts once the stations are enrolled."""
    return row_counts(state)


def _error(reply: object, status: int) -> ErrorBody:
    assert reply.status_code == status, reply.text  # type: ignore[attr-defined]
    return ErrorBody.model_validate(reply.json())  # type: ignore[attr-defined]


def test_malformed_json(
    client: TestClient, state: ServerState, kiosk: FakeStation, before: dict[str, int]
) -> None:
    headers = {**kiosk.headers, "Content-Type": "application/json"}
    body = _error(
        client.post(f"{API_PREFIX}/events", content=b'{"events": [', headers=headers), 422
    )
    assert body.code == "invalid_json"
    assert row_counts(state) == before


def test_json_sent_as_another_content_type(
    client: TestClient, state: ServerState, kiosk: FakeStation, before: dict[str, int]
) -> None:
    event = kiosk.event("form.submitted", {})
    headers = {**kiosk.headers, "Content-Type": "text/plain"}
    reply = client.post(
        f"{API_PREFIX}/events", content=json.dumps({"events": [event]}), headers=headers
    )
    assert _error(reply, 415).code == "unsupported_media_type"
    assert row_counts(state) == before


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"counter": 10**30}, "counter"),
        ({"counter": "four"}, "counter"),
        ({"day": "2026-13-40"}, "day"),
        ({"request_id": "not-a-uuid"}, "request_id"),
        ({"services": ["A B"]}, "services.0"),
        ({"extra": 1}, "extra"),
    ],
)
def test_wrong_values_name_the_field(
    client: TestClient,
    state: ServerState,
    counter: FakeStation,
    before: dict[str, int],
    change: dict[str, object],
    field: str,
) -> None:
    body = {"request_id": str(uuid.uuid4()), "counter": 1, "services": ["KK"], "day": str(DAY)}
    reply = client.post(f"{API_PREFIX}/calls", json={**body, **change}, headers=counter.headers)
    error = _error(reply, 422)
    assert error.field == field
    assert field in error.message
    assert row_counts(state) == before


def test_a_wrong_type_deep_in_a_batch_names_its_place(
    client: TestClient, state: ServerState, kiosk: FakeStation, before: dict[str, int]
) -> None:
    events = [kiosk.event("form.submitted", {}), kiosk.event("form.submitted", {})]
    events[1]["seq"] = "abc"
    reply = client.post(f"{API_PREFIX}/events", json={"events": events}, headers=kiosk.headers)
    assert _error(reply, 422).field == "events.1.seq"
    assert row_counts(state) == before


def test_missing_auth(client: TestClient, state: ServerState, before: dict[str, int]) -> None:
    body = {
        "request_id": str(uuid.uuid4()),
        "day": str(DAY),
        "wants": [{"service": "KK", "count": 1}],
    }
    assert (
        _error(client.post(f"{API_PREFIX}/numbers/lease", json=body), 401).code == "token_missing"
    )
    assert row_counts(state) == before


def test_broken_unicode_and_nul_are_refused_not_a_crash(
    client: TestClient,
    state: ServerState,
    kiosk: FakeStation,
    before: dict[str, int],
    admin_headers: dict[str, str],
) -> None:
    bad = ticket("A-001")
    bad["ticket_id"] = "\ud800"
    events = [kiosk.event("ticket.issued", bad), kiosk.event("form.submitted", {"x": "\ud800"})]
    raw = json.dumps({"events": events})  # ensure_ascii keeps the lone surrogate as \ud800
    headers = {**kiosk.headers, "Content-Type": "application/json"}
    reply = client.post(f"{API_PREFIX}/events", content=raw, headers=headers)
    assert reply.status_code == 200
    assert [r["status"] for r in reply.json()["results"]] == [422, 422]
    enrol = {"code": "\ud800\u0000", "station_id": str(uuid.uuid4()), "name": "\u0000"}
    reply = client.post(
        f"{API_PREFIX}/enrol",
        content=json.dumps(enrol),
        headers={"Content-Type": "application/json"},
    )
    assert _error(reply, 422).field == "code"
    added = client.post(
        f"{API_PREFIX}/admin/stations",
        json={"name": "a\u0000b", "role": "kiosk"},
        headers=admin_headers,
    )
    assert _error(added, 422).field == "name"
    assert row_counts(state) == {**before, "admin_token": before["admin_token"] + 1}


def test_unknown_paths_and_methods(client: TestClient) -> None:
    assert _error(client.get(f"{API_PREFIX}/nothing"), 404).code == "not_found"
    assert _error(client.delete(f"{API_PREFIX}/health"), 405).code == "method_not_allowed"


def test_a_body_over_the_limit_is_refused_before_it_is_read(
    client: TestClient, state: ServerState, kiosk: FakeStation, before: dict[str, int]
) -> None:
    headers = {**kiosk.headers, "Content-Type": "application/json"}
    reply = client.post(
        f"{API_PREFIX}/events", content=b" " * (MAX_BODY_BYTES + 1), headers=headers
    )
    assert _error(reply, 413).code == "too_large"
    assert row_counts(state) == before
