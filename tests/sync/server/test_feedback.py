"""Survey answers and complaints on the server: one answer per ticket, complaints for the
admin with the contact, for a station without it; neither ever on the feed."""

from __future__ import annotations

import base64
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from kiosk.domain.complaint import tracking_number
from kiosk.storage.hall_seal import HallSeal
from sync.protocol import API_PREFIX, ComplaintOut, ComplaintStatusOut
from sync.server.cli import main as server_main
from sync.server.feedback import survey_records
from sync.server.hall import hall_key
from sync.server.models import Complaint, Event, SurveyResponse
from sync.server.state import ServerState
from tests.sync.server.fake_stations import DAY, FakeStation, enrol, push

ANSWERED_AT = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)
TEXT = "Petugas loket 3 meninggalkan meja selama satu jam tanpa pemberitahuan."
PHONE = "+6281298765432"


def _seal(state: ServerState, data: dict[str, Any]) -> str:
    with state.db.read() as conn:
        return HallSeal(base64.b64decode(hall_key(conn))).seal(data)


def survey(
    ticket_id: str, comment: str | None = None, state: ServerState | None = None
) -> dict[str, Any]:
    """A `survey.answered` payload as a station writes it."""
    return {
        "survey_id": str(uuid.uuid4()),
        "ticket": ticket_id,
        "number": "A1-012",
        "service": "KTP-EL",
        "agency": "DUKCAPIL",
        "counter": 3,
        "officer": "Maria Kotorok",
        "service_day": DAY.isoformat(),
        "answered_at": ANSWERED_AT.isoformat(),
        "scores": [4, 3, 4, 4, 3, 4, 4, 3, 4],
        "profile": {"age_group": "30-39", "sex": "P", "education": None, "occupation": None},
        "sealed": _seal(state, {"comment": comment}) if comment and state else None,
    }


def complaint(state: ServerState, tracking: str, contact: str | None = PHONE) -> dict[str, Any]:
    """A `complaint.filed` payload as a station writes it."""
    return {
        "complaint_id": str(uuid.uuid4()),
        "tracking": tracking,
        "agency": "DUKCAPIL",
        "category": "petugas_tidak_ramah",
        "ticket": None,
        "ticket_number": "A1-012",
        "filed_at": ANSWERED_AT.isoformat(),
        "contact_kind": "phone" if contact else None,
        "sealed": _seal(state, {"text": TEXT, "contact": contact}),
    }


def _feed(client: TestClient, state: ServerState, station: FakeStation) -> list[dict[str, Any]]:
    state.sequencer.run_once()
    reply = client.get(f"{API_PREFIX}/feed", headers=station.headers)
    assert "98765432" not in reply.text and "meninggalkan meja" not in reply.text
    events: list[dict[str, Any]] = reply.json()["events"]
    return events


def test_the_first_answer_to_a_ticket_counts_and_a_second_is_a_conflict(
    client: TestClient,
    state: ServerState,
    kiosk: FakeStation,
    admin_headers: dict[str, str],
) -> None:
    tablet = enrol(client, "Tablet Loket 3", "kiosk")
    ticket_id = str(uuid.uuid4())
    first = kiosk.event("survey.answered", survey(ticket_id, "Ramah sekali", state))
    second = tablet.event("survey.answered", survey(ticket_id))
    assert push(client, kiosk, first)["results"][0]["outcome"] == "stored"
    lost = push(client, tablet, second)["results"][0]
    assert (lost["outcome"], lost["status"]) == ("conflict", 200)
    assert "sudah dinilai" in lost["detail"] and "Tablet Loket 3" in lost["detail"]
    again = push(client, kiosk, first)["results"][0]
    assert again["outcome"] == "duplicate"
    with state.db.read() as conn:
        rows = conn.execute(select(SurveyResponse.id, SurveyResponse.comment)).all()
        [record] = survey_records(conn, DAY, DAY)
    assert rows == [(first["payload"]["survey_id"], "Ramah sekali")]
    assert record.answers.scores == (4, 3, 4, 4, 3, 4, 4, 3, 4) and record.officer_name
    conflicts = client.get(f"{API_PREFIX}/admin/conflicts", headers=admin_headers).json()
    assert [(c["kind"], c["event_id"]) for c in conflicts] == [("survey_twice", second["id"])]
    # The feed tells every station that the ticket has its answer, and nothing more.
    feed = _feed(client, state, tablet)
    assert [e["type"] for e in feed] == ["survey.recorded"]
    assert feed[0]["payload"] == {"survey_id": first["payload"]["survey_id"], "ticket": ticket_id}
    assert "Ramah" not in str(feed)


def test_a_complaint_is_for_the_admin_with_its_contact_and_for_a_kiosk_without(
    client: TestClient,
    state: ServerState,
    kiosk: FakeStation,
    admin_headers: dict[str, str],
) -> None:
    tracking = tracking_number(1, 424242)
    result = push(client, kiosk, kiosk.event("complaint.filed", complaint(state, tracking)))
    assert result["results"][0]["outcome"] == "stored"
    assert _feed(client, state, kiosk) == []
    listed = client.get(
        f"{API_PREFIX}/admin/complaints", params={"status": "received"}, headers=admin_headers
    )
    [one] = [ComplaintOut.model_validate(c) for c in listed.json()]
    assert (one.tracking, one.text, one.contact, one.station) == (tracking, TEXT, PHONE, "Kiosk 1")
    shown = f"{tracking[:8]}-{tracking[8:]}".lower()
    status = client.get(f"{API_PREFIX}/complaints/{shown}", headers=kiosk.headers)
    assert status.status_code == 200
    assert "98765432" not in status.text and "meninggalkan" not in status.text
    assert ComplaintStatusOut.model_validate(status.json()).status == "received"
    answer = client.post(
        f"{API_PREFIX}/admin/complaints/{tracking}/answer",
        json={"answer": "Petugas sudah ditegur. Mohon maaf.", "status": "answered"},
        headers=admin_headers,
    )
    assert answer.status_code == 200 and answer.json()["status"] == "answered"
    closed = client.post(
        f"{API_PREFIX}/admin/complaints/{tracking}/answer",
        json={"status": "closed"},
        headers=admin_headers,
    ).json()
    assert (closed["status"], closed["answer"]) == ("closed", "Petugas sudah ditegur. Mohon maaf.")
    seen = client.get(f"{API_PREFIX}/complaints/{tracking}", headers=kiosk.headers).json()
    assert (seen["status"], seen["answer"]) == ("closed", "Petugas sudah ditegur. Mohon maaf.")
    assert set(seen) == {
        "tracking",
        "agency",
        "category",
        "status",
        "filed_at",
        "received_at",
        "answered_at",
        "answer",
    }


def test_complaint_lookups_that_cannot_be_answered(
    client: TestClient, state: ServerState, kiosk: FakeStation, admin_headers: dict[str, str]
) -> None:
    tracking = tracking_number(1, 7)
    push(client, kiosk, kiosk.event("complaint.filed", complaint(state, tracking, None)))
    board = enrol(client, "Papan 1", "display")
    assert (
        client.get(f"{API_PREFIX}/complaints/{tracking}", headers=board.headers).status_code == 403
    )
    for unknown in ("ADU-AAAAAAAA", "not-a-number", "x" * 100):
        reply = client.get(f"{API_PREFIX}/complaints/{unknown}", headers=kiosk.headers)
        assert (reply.status_code, reply.json()["code"]) == (404, "complaint_unknown")
    empty = client.post(
        f"{API_PREFIX}/admin/complaints/{tracking}/answer",
        json={"status": "answered"},
        headers=admin_headers,
    )
    assert (empty.status_code, empty.json()["field"]) == (422, "answer")
    assert client.get(f"{API_PREFIX}/admin/complaints", headers=kiosk.headers).status_code == 401


def test_a_clashing_tracking_number_and_an_unreadable_seal_are_kept_apart(
    client: TestClient, state: ServerState, kiosk: FakeStation, admin_headers: dict[str, str]
) -> None:
    tracking = tracking_number(0, 99)
    other = enrol(client, "Kiosk 2", "kiosk")
    foreign = dict(complaint(state, tracking), sealed=HallSeal(b"k" * 32).seal({"text": TEXT}))
    assert push(client, kiosk, kiosk.event("complaint.filed", foreign))["results"][0][
        "outcome"
    ] == ("stored")
    clash = push(client, other, other.event("complaint.filed", complaint(state, tracking)))
    assert clash["results"][0]["outcome"] == "conflict"
    kept = client.get(f"{API_PREFIX}/admin/complaints/{tracking}", headers=admin_headers).json()
    assert (kept["unreadable"], kept["text"], kept["contact"]) == (True, None, None)
    conflicts = client.get(f"{API_PREFIX}/admin/conflicts", headers=admin_headers).json()
    assert [c["kind"] for c in conflicts] == ["tracking_clash"]


@pytest.mark.parametrize(
    ("event_type", "change", "field"),
    [
        ("survey.answered", {"scores": [4] * 8}, "payload.scores"),
        ("survey.answered", {"scores": [4] * 8 + [5]}, "payload.scores.8"),
        ("survey.answered", {"profile": {"sex": "X"}}, "payload.profile.sex"),
        ("survey.answered", {"answered_at": "9999-12-31T23:00:00-05:00"}, "payload.answered_at"),
        ("complaint.filed", {"tracking": "ADU-00000000"}, "payload.tracking"),
        ("complaint.filed", {"category": "marah"}, "payload.category"),
        ("complaint.filed", {"sealed": ""}, "payload.sealed"),
        ("survey.recorded", {}, "type"),
    ],
)
def test_bad_feedback_is_rejected_and_stores_nothing(
    client: TestClient,
    state: ServerState,
    kiosk: FakeStation,
    event_type: str,
    change: dict[str, Any],
    field: str,
) -> None:
    base = complaint(state, tracking_number(1, 1)) if "complaint" in event_type else survey("t-1")
    result = push(client, kiosk, kiosk.event(event_type, {**base, **change}))["results"][0]
    assert (result["outcome"], result["status"]) == ("rejected", 422)
    assert result["detail"].startswith(field), result["detail"]
    with state.db.read() as conn:
        for table in (Event, SurveyResponse, Complaint):
            assert conn.scalar(select(func.count()).select_from(table)) == 0


def test_the_admin_answers_on_the_command_line(
    client: TestClient,
    state: ServerState,
    kiosk: FakeStation,
    server_db: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    tracking = tracking_number(1, 31337)
    push(client, kiosk, kiosk.event("complaint.filed", complaint(state, tracking)))
    shown = f"{tracking[:8]}-{tracking[8:]}"
    assert server_main(["complaint", "list", "--db", server_db]) == 0
    assert shown in capsys.readouterr().out
    assert server_main(["complaint", "show", shown.lower(), "--db", server_db]) == 0
    out = capsys.readouterr().out
    assert PHONE in out and TEXT in out and "received" in out
    code = server_main(
        ["complaint", "answer", shown, "--text", "Sudah ditangani.", "--db", server_db]
    )
    assert code == 0 and "Sudah ditangani." in capsys.readouterr().out
    assert server_main(["complaint", "list", "--status", "received", "--db", server_db]) == 0
    assert "tidak ada pengaduan" in capsys.readouterr().out
    too_long = "x" * 2001
    assert server_main(["complaint", "answer", shown, "--text", too_long, "--db", server_db]) == 1
    assert server_main(["complaint", "show", "ADU-AAAAAAAA", "--db", server_db]) == 1
    assert "no complaint" in capsys.readouterr().err
