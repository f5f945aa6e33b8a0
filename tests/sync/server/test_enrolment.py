"""Enrolment: a one-time code becomes a station token; revoked or unknown tokens get 401."""

from __future__ import annotations

import base64
import uuid
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select

from sync.protocol import API_PREFIX, EnrolReply, ErrorBody
from sync.server.enrolment import add_station
from sync.server.models import Ticket
from sync.server.state import ServerState
from tests.sync.server.fake_stations import TickingClock, enrol

ENROL = f"{API_PREFIX}/enrol"


def _code(state: ServerState, name: str = "Kiosk 1", role: str = "kiosk") -> str:
    with state.db.session() as session:
        return add_station(session, name, role, state.now()).code  # type: ignore[arg-type]


def _enrol(client: TestClient, code: str, station_id: str | None = None) -> tuple[int, dict]:
    body = {"code": code, "station_id": station_id or str(uuid.uuid4()), "name": "Mesin A"}
    reply = client.post(ENROL, json=body)
    return reply.status_code, reply.json()


def test_a_code_gives_a_token_the_role_the_slot_and_the_hall_key(
    client: TestClient, state: ServerState
) -> None:
    status, body = _enrol(client, _code(state))
    assert status == 200
    reply = EnrolReply.model_validate(body)
    assert reply.role == "kiosk"
    assert reply.slot == 1
    assert reply.hall_name == "MPP"
    assert len(base64.b64decode(reply.hall_key)) == 32
    health = client.get(f"{API_PREFIX}/feed", headers={"Authorization": f"Bearer {reply.token}"})
    assert health.status_code == 200


def test_the_code_may_be_typed_in_small_letters_without_the_dash(
    client: TestClient, state: ServerState
) -> None:
    code = _code(state)
    status, _ = _enrol(client, code.replace("-", "").lower())
    assert status == 200


def test_a_wrong_code_is_refused(client: TestClient, state: ServerState) -> None:
    _code(state)
    status, body = _enrol(client, "AAAA-BBBB")
    assert status == 403
    assert ErrorBody.model_validate(body).code == "enrolment_code_invalid"


def test_a_code_works_once(client: TestClient, state: ServerState) -> None:
    code = _code(state)
    assert _enrol(client, code)[0] == 200
    status, body = _enrol(client, code)
    assert status == 403
    assert body["code"] == "enrolment_code_invalid"


def test_a_code_expires_after_seven_days(
    client: TestClient, state: ServerState, ticking: TickingClock
) -> None:
    code = _code(state)
    ticking.advance(timedelta(days=7, minutes=1))
    assert _enrol(client, code)[0] == 403


def test_a_station_id_held_by_an_enrolled_station_is_refused(
    client: TestClient, state: ServerState
) -> None:
    station_id = str(uuid.uuid4())
    assert _enrol(client, _code(state, "Kiosk 1"), station_id)[0] == 200
    status, body = _enrol(client, _code(state, "Kiosk 2"), station_id)
    assert status == 409
    assert body["code"] == "station_id_taken"


def test_a_revoked_token_is_refused(
    client: TestClient, state: ServerState, admin_headers: dict[str, str]
) -> None:
    station = enrol(client, "Loket 2", "counter")
    assert client.get(f"{API_PREFIX}/feed", headers=station.headers).status_code == 200
    revoked = client.delete(f"{API_PREFIX}/admin/stations/Loket 2", headers=admin_headers)
    assert revoked.status_code == 200
    assert revoked.json()["revoked_at"] is not None
    reply = client.get(f"{API_PREFIX}/feed", headers=station.headers)
    assert reply.status_code == 401
    assert reply.json()["code"] == "token_invalid"


def test_unknown_and_missing_tokens_are_refused(client: TestClient) -> None:
    unknown = client.get(f"{API_PREFIX}/feed", headers={"Authorization": "Bearer nope"})
    assert unknown.status_code == 401
    assert unknown.json()["code"] == "token_invalid"
    missing = client.get(f"{API_PREFIX}/feed")
    assert missing.status_code == 401
    assert missing.json()["code"] == "token_missing"


def test_slots_are_never_given_twice_not_even_after_a_revoke(
    client: TestClient, state: ServerState, admin_headers: dict[str, str]
) -> None:
    first = enrol(client, "Kiosk 1", "kiosk")
    client.delete(f"{API_PREFIX}/admin/stations/{first.station_id}", headers=admin_headers)
    second = enrol(client, "Loket 1", "counter")
    board = enrol(client, "Papan 1", "display")
    assert (first.slot, second.slot, board.slot) == (1, 2, None)


def test_a_revoked_machine_may_enrol_again_with_its_own_id(
    client: TestClient, state: ServerState, admin_headers: dict[str, str]
) -> None:
    station_id = str(uuid.uuid4())
    assert _enrol(client, _code(state, "Kiosk 1"), station_id)[0] == 200
    client.delete(f"{API_PREFIX}/admin/stations/{station_id}", headers=admin_headers)
    status, body = _enrol(client, _code(state, "Kiosk 1"), station_id)
    assert status == 200
    assert body["slot"] == 2


def test_a_station_revoked_by_another_process_can_write_nothing_more(
    client: TestClient, state: ServerState
) -> None:
    from sync.server.enrolment import revoke
    from tests.sync.server.fake_stations import DAY, push, queue_tickets
    from tests.sync.server.row_counts import row_counts

    kiosk = enrol(client, "Kiosk 1", "kiosk")
    counter = enrol(client, "Loket 1", "counter")
    queue_tickets(client, kiosk, 1)
    for station in (kiosk, counter):  # both tokens are now believed without a query
        assert client.get(f"{API_PREFIX}/feed", headers=station.headers).status_code == 200
    with state.db.session() as session:  # as `mpp-server station revoke` would
        revoke(session, "Kiosk 1", state.now())
        revoke(session, "Loket 1", state.now())
    before = row_counts(state)
    body = push(client, kiosk, kiosk.event("form.submitted", {}))
    assert body["code"] == "token_invalid"
    call = {"request_id": str(uuid.uuid4()), "counter": 1, "services": ["KTP-EL"], "day": str(DAY)}
    reply = client.post(f"{API_PREFIX}/calls", json=call, headers=counter.headers)
    assert (reply.status_code, reply.json()["code"]) == (401, "token_invalid")
    lease = {
        "request_id": str(uuid.uuid4()),
        "day": str(DAY),
        "wants": [{"service": "KK", "count": 1}],
    }
    reply = client.post(f"{API_PREFIX}/numbers/lease", json=lease, headers=kiosk.headers)
    assert reply.status_code == 401
    assert row_counts(state) == before
    with state.db.read() as conn:
        assert conn.scalar(select(Ticket.status)) == "waiting"


CHECK = f"{API_PREFIX}/enrol/check"


def test_checking_a_code_names_its_station_and_leaves_the_code_usable(
    client: TestClient, state: ServerState
) -> None:
    code = _code(state, "Kiosk Pintu Utama", "kiosk")
    reply = client.post(CHECK, json={"code": code})
    assert reply.status_code == 200
    assert reply.json() == {"name": "Kiosk Pintu Utama", "role": "kiosk", "hall_name": "MPP"}
    assert _enrol(client, code)[0] == 200, "the check did not use the code up"


def test_checking_a_used_or_wrong_code_is_refused_like_enrolling(
    client: TestClient, state: ServerState
) -> None:
    code = _code(state)
    assert _enrol(client, code)[0] == 200
    for tried in (code, "AAAA-BBBB"):
        reply = client.post(CHECK, json={"code": tried})
        assert reply.status_code == 403
        assert reply.json()["code"] == "enrolment_code_invalid"
