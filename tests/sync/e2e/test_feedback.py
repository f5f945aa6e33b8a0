"""Survey and complaints through a real `mpp-server`: one answer per ticket when two
stations answered it while cut off, and a complaint's round trip from kiosk to admin and
back, with the citizen's contact nowhere but the admin's view."""

from __future__ import annotations

import logging
import zipfile
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from kiosk.clock import service_day
from kiosk.domain.survey import Refusal
from kiosk.services.export_service import write_export
from kiosk.station import Station
from sync.client.api import ServerApi
from sync.client.complaints import complaint_lookup
from sync.client.credentials import read_token
from sync.server.auth import create_admin_token
from sync.server.commands import database
from sync.server.conflicts import list_conflicts
from sync.server.models import SurveyResponse
from tests.kiosk.services.feedback_helpers import complaint_service, survey_service
from tests.sync.e2e.hall import Hall
from tests.sync.server_process import free_port

SCORES = (4, 4, 3, 4, 4, 4, 3, 4, 4)
TEXT = "Loket tutup sebelum jamnya; saya sudah datang sejak pagi buta dari Kwamki Narama."
PHONE, PHONE_DIGITS = "0812 9876 5432", "98765432"


def _served(hall: Hall, kiosk: Station, counter: Station) -> str:
    """A ticket of the kiosk, served at the counter; every station has heard of it."""
    hall.runner(kiosk).run_once()
    ticket = kiosk.tickets.issue("KTP-EL")
    hall.runner(kiosk).run_once()
    hall.runner(counter).run_once()
    counter.tickets.call(ticket.id, 1)
    counter.tickets.start_serving(ticket.id)
    counter.tickets.finish(ticket.id)
    hall.runner(counter).run_once()
    return ticket.id


def test_two_stations_answering_one_ticket_offline_count_once(hall: Hall) -> None:
    kiosk, tablet = hall.station("Kiosk 1"), hall.station("Tablet Survei")
    counter = hall.station("Loket 1", "counter")
    ticket_id = _served(hall, kiosk, counter)
    hall.runner(kiosk).run_once()
    hall.runner(tablet).run_once()
    at_kiosk, at_tablet = survey_service(kiosk), survey_service(tablet)
    number = kiosk.tickets.get(ticket_id).number
    # Neither syncs in between: both take the answer.
    assert at_kiosk.eligible(number).ok and at_tablet.eligible(number).ok
    first = at_kiosk.answer(ticket_id, SCORES)
    second = at_tablet.answer(ticket_id, SCORES, comment="Cepat")
    hall.runner(kiosk).run_once()
    hall.runner(tablet).run_once()
    with database(hall.server.db_url) as db, db.read() as conn:
        kept = conn.execute(select(SurveyResponse.id, SurveyResponse.ticket_id)).all()
        conflicts = list_conflicts(conn)
    assert kept == [(first.survey_id, ticket_id)]
    assert [c.kind for c in conflicts] == ["survey_twice"]
    day = service_day(first.answered_at)
    assert [r.survey_id for r in at_kiosk.records(day, day)] == [first.survey_id]
    assert at_tablet.records(day, day) == [], f"{second.survey_id} lost on the server"
    # A third station hears of the answer on the feed and refuses another.
    hall.runner(counter).run_once()
    assert survey_service(counter).eligible(number).refusal is Refusal.ANSWERED


def test_a_complaint_goes_to_the_admin_and_the_answer_comes_back_to_the_kiosk(
    hall: Hall, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.DEBUG)
    kiosk, counter = hall.station("Kiosk 1"), hall.station("Loket 1", "counter")
    complaints = complaint_service(kiosk)
    filed = complaints.file("DUKCAPIL", "pelayanan_lambat", TEXT, PHONE)
    token = read_token(kiosk.paths.station_token)
    dead = ServerApi(f"http://127.0.0.1:{free_port()}", token)
    offline = complaints.status(filed.tracking_shown, complaint_lookup(dead))
    assert (offline.source, offline.sent) == ("station", False)
    hall.runner(kiosk).run_once()
    assert complaints.status(filed.tracking, complaint_lookup(dead)).sent is True

    with database(hall.server.db_url) as db, db.write() as conn:
        admin = {"Authorization": f"Bearer {create_admin_token(conn, hall.clock.now())}"}
    api = hall.server.api
    listed = httpx.get(f"{api}/admin/complaints", headers=admin).json()
    assert [(c["tracking"], c["contact"], c["text"]) for c in listed] == [
        (filed.tracking, "+6281298765432", TEXT)
    ]
    answer = "Mohon maaf; jam layanan loket kini diawasi koordinator MPP."
    reply = httpx.post(
        f"{api}/admin/complaints/{filed.tracking}/answer",
        json={"answer": answer, "status": "answered"},
        headers=admin,
    )
    assert reply.status_code == 200

    view = complaints.status(filed.tracking_shown, complaint_lookup(hall.api(kiosk)))
    assert (view.source, view.status, view.answer) == ("server", "answered", answer)

    # The contact and the text are nowhere but in the admin's view.
    kiosk_auth = {"Authorization": f"Bearer {token}"}
    shown = httpx.get(f"{api}/complaints/{filed.tracking}", headers=kiosk_auth).text
    hall.runner(counter).run_once()
    counter_auth = {"Authorization": f"Bearer {read_token(counter.paths.station_token)}"}
    feed = httpx.get(f"{api}/feed", params={"after": 0}, headers=counter_auth).text
    export = write_export(kiosk, tmp_path / "usb")
    with zipfile.ZipFile(export) as archive:
        exported = b"".join(archive.read(name) for name in archive.namelist())
    stored = b"".join(p.read_bytes() for p in kiosk.paths.data_dir.rglob("*") if p.is_file())
    for where, text in (("status", shown), ("feed", feed), ("log", caplog.text)):
        assert PHONE_DIGITS not in text and "Kwamki" not in text, where
    for where, data in (("export", exported), ("station files", stored)):
        assert PHONE_DIGITS.encode() not in data and b"Kwamki" not in data, where
    assert "complaint.filed" not in feed
