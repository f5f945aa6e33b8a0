"""Form answers stored with their ticket: sealed at rest, corrected, purged, never half-saved."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from kiosk.catalog.loader import SEED_CATALOGUE, load_file
from kiosk.clock import FakeClock
from kiosk.domain.form_check import check_answers
from kiosk.domain.forms import Answer, FieldDef, FieldType, FormDef
from kiosk.errors import FormInvalid
from kiosk.paths import Paths
from kiosk.services.sync_service import RemoteEvent
from kiosk.station import Station, open_station
from kiosk.storage.models import EventRow, FormSubmissionRow
from tests.conftest import small_config

ANSWERS = {
    "nik": "9409010101900001",
    "nama": "Yohanes Beanal",
    "telepon": "0812 3456 7890",
    "alasan": "hilang",
    "surat_polisi": "yes",
    "tanggal_lahir": "1990-01-01",
}


def test_answers_are_stored_with_the_ticket_and_shown_masked(station: Station) -> None:
    ticket = station.tickets.issue("KTP-EL", answers=ANSWERS)
    submission = station.forms.latest(ticket.id)
    assert submission is not None
    assert submission.values["nik"] == "9409010101900001"
    assert submission.values["telepon"] == "+6281234567890"
    shown = {label.id: value.id for label, value in submission.shown}
    assert shown["NIK"] == "9409 •••• •••• 0001"
    assert shown["Nama lengkap"] == "Y••• B•••"
    receipt = [label.id for label, _ in submission.on_receipt]
    assert receipt == ["NIK", "Nama lengkap", "Keperluan"]


def test_the_database_file_does_not_reveal_personal_answers(station: Station) -> None:
    station.tickets.issue("KTP-EL", answers=ANSWERS)
    station.close()
    raw = station.paths.database.read_bytes()
    wal = station.paths.database.with_name("station.sqlite-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    for secret in (b"9409010101900001", b"Yohanes", b"81234567890"):
        assert secret not in raw
    assert b"hilang" in raw, "answers that are not personal stay readable for reports"


def test_the_event_for_sync_carries_no_personal_data(station: Station) -> None:
    station.tickets.issue("KTP-EL", answers=ANSWERS)
    with station.store.uow() as uow:
        payload = uow.session.scalars(
            select(EventRow.payload).where(EventRow.type == "form.submitted")
        ).one()
    # Nothing personal in clear: not a fragment of the NIK, the name, the phone number
    # or the birth date (their initials, prefixes and year included).
    for fragment in ("9409", "Yohanes", "Y•", "0812", "3456", "7890", "1990"):
        assert fragment not in payload, fragment
    assert '"alasan": "hilang"' in payload
    masked = json.loads(payload)["masked"]
    assert masked["nik"]["id"] == "•••• •••• •••• 0001", "the counter matches the card by it"
    assert {masked[k]["id"] for k in ("nama", "telepon", "tanggal_lahir")} == {"••••"}


def test_wrong_answers_issue_nothing(station: Station) -> None:
    with pytest.raises(FormInvalid) as refused:
        station.tickets.issue("KTP-EL", answers={**ANSWERS, "nik": "123", "nama": ""})
    assert set(refused.value.errors) == {"nik", "nama"}
    assert "NIK, Nama lengkap" in refused.value.message.id
    assert station.tickets.today() == [], "no ticket, no number, no half-saved form"
    assert station.tickets.issue("KTP-EL").number == "A-001"


def test_a_correction_is_a_new_submission_pointing_to_the_old(station: Station) -> None:
    ticket = station.tickets.issue("KTP-EL", answers=ANSWERS)
    first = station.forms.latest(ticket.id)
    service = station.catalogues.current().service("KTP-EL")
    assert service is not None and first is not None
    fixed = station.forms.correct(ticket.id, service, {**ANSWERS, "nama": "Yohanes B. Beanal"})
    assert fixed.replaces_id == first.id and fixed.values["nama"] == "Yohanes B. Beanal"
    with station.store.uow() as uow:
        rows = uow.session.scalars(select(FormSubmissionRow)).all()
    assert len(rows) == 2, "the first submission is kept unchanged"


def test_sealed_answers_are_purged_30_days_after_the_server_has_them(station: Station) -> None:
    ticket = station.tickets.issue("KTP-EL", answers=ANSWERS)
    clock = station.clock
    assert isinstance(clock, FakeClock)
    clock.advance(timedelta(days=40))
    assert station.forms.purge() == 0, "never before the server has acknowledged it"
    with station.store.uow(write=True) as uow:
        uow.session.execute(update(EventRow).values(synced_at=clock.now()))
        uow.commit()
    clock.advance(timedelta(days=29, hours=23))
    assert station.forms.purge() == 0
    clock.advance(timedelta(hours=1))
    assert station.forms.purge() == 1
    kept = station.forms.latest(ticket.id)
    assert kept is not None and kept.purged
    assert "nik" not in kept.values and kept.values["alasan"] == "hilang"
    with sqlite3.connect(station.paths.database) as db:
        assert db.execute(
            "SELECT count(*) FROM form_submission WHERE sealed_answers IS NOT NULL"
        ).fetchone() == (0,)


def sample(field: FieldDef) -> Answer:
    """A valid answer for any field of the seed forms."""
    by_type: dict[FieldType, Answer] = {
        FieldType.NIK: "9409010101900001",
        FieldType.KK: "9409011203200005",
        FieldType.PHONE: "081234567890",
        FieldType.EMAIL: "warga@contoh.id",
        FieldType.POSTAL_CODE: "99910",
        FieldType.DATE: "01/01/2020",
        FieldType.NUMBER: f"{field.min or 1:g}",
        FieldType.YES_NO: "yes",
    }
    if field.options:
        first = field.options[0].value
        return (first,) if field.type is FieldType.MULTI_CHOICE else first
    if field.pattern:
        return "pa 1234 xy"  # the plate number, typed in small letters
    return by_type.get(field.type, "Contoh isian")


def fill(form: FormDef) -> dict[str, Answer]:
    answers: dict[str, Answer] = {}
    for _ in form.fields:  # each round may reveal follow-up questions
        for field in form.visible(answers):
            answers.setdefault(field.id, sample(field))
    return answers


SEED, _ = load_file(SEED_CATALOGUE)


def test_the_seed_catalogue_has_forms_for_at_least_eight_services() -> None:
    with_forms = [s.code for s in SEED.services if SEED.form_of(s) is not None]
    assert len(with_forms) >= 8
    for code in ("KTP-EL", "KK", "AKTA-LAHIR", "SKCK-BARU", "NIB", "PKB-TAHUNAN"):
        assert code in with_forms


@pytest.mark.parametrize("form", SEED.forms, ids=lambda f: f.id)
def test_every_seed_form_can_be_filled(form: FormDef) -> None:
    result = check_answers(form, fill(form), date(2026, 11, 23))
    assert result.ok, {k: v.en for k, v in result.errors.items()}
    assert form.purpose.id and form.purpose.en
    for field in form.fields:
        if field.type in (FieldType.NIK, FieldType.KK, FieldType.PHONE):
            assert field.personal, f"{form.id}.{field.id} holds personal data"


def test_no_personal_data_reaches_the_logs(
    station: Station, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    # Everything, including every SQL statement with its parameters.
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.INFO, logger="sqlalchemy.engine")
    ticket = station.tickets.issue("KTP-EL", answers=ANSWERS)
    service = station.catalogues.current().service("KTP-EL")
    assert service is not None
    station.forms.correct(ticket.id, service, {**ANSWERS, "telepon": "0813 0000 1111"})
    station.forms.latest(ticket.id)
    with pytest.raises(FormInvalid):
        station.tickets.issue("KTP-EL", answers={**ANSWERS, "nama": "Yohanes 😀"})
    assert "INSERT INTO form_submission" in caplog.text, "the SQL log was really captured"
    for secret in ("9409010101900001", "Yohanes", "81234567890", "81300001111"):
        assert secret not in caplog.text


def test_the_station_purges_on_its_configured_schedule_at_start(home: Paths) -> None:
    import dataclasses
    from datetime import datetime

    from kiosk.clock import WIT
    from kiosk.station import open_station
    from tests.conftest import small_config

    clock = FakeClock(datetime(2026, 11, 23, 9, tzinfo=WIT))
    config = dataclasses.replace(small_config(home), form_retention_days=7)
    station = open_station(home, config, clock)
    ticket = station.tickets.issue("KTP-EL", answers=ANSWERS)
    with station.store.uow(write=True) as uow:
        uow.session.execute(update(EventRow).values(synced_at=clock.now()))  # the server has it
        uow.commit()
    station.close()
    clock.advance(timedelta(days=7))
    reopened = open_station(home, config, clock)
    kept = reopened.forms.latest(ticket.id)
    assert kept is not None and kept.purged and "nik" not in kept.values
    reopened.close()


def _counter_fed_by(kiosk: Station, clock: FakeClock, tmp_path: Path) -> Station:
    """A second station (a counter) that has applied everything the kiosk has sent."""
    feed = [
        RemoteEvent(i, e.id, e.station_id, e.seq, e.type, e.payload)
        for i, e in enumerate(kiosk.sync.outgoing(100), start=1)
    ]
    home = Paths(tmp_path / "counter" / "config", tmp_path / "counter" / "data")
    counter = open_station(home, small_config(home), clock)
    counter.sync.apply(feed, last=len(feed))
    return counter


def test_a_form_filled_at_a_kiosk_reaches_the_counter_with_personal_answers_masked(
    station: Station, clock: FakeClock, tmp_path: Path
) -> None:
    ticket = station.tickets.issue("KTP-EL", answers=ANSWERS)
    with _counter_fed_by(station, clock, tmp_path) as counter:
        seen = counter.forms.latest(ticket.id)
        assert counter.tickets.get(ticket.id).has_form
    assert seen is not None
    shown = {label.id: value.id for label, value in seen.shown}
    assert shown["NIK"] == "•••• •••• •••• 0001"
    assert shown["Nama lengkap"] == "••••"
    assert shown["Keperluan"] != "hilang" and shown["Keperluan"], "a choice shows its label"
    assert "nik" not in seen.values, "the counter never holds the real NIK"


def test_masked_answers_from_other_stations_are_purged_in_time(
    station: Station, clock: FakeClock, tmp_path: Path
) -> None:
    ticket = station.tickets.issue("KTP-EL", answers=ANSWERS)
    with _counter_fed_by(station, clock, tmp_path) as counter:
        clock.advance(timedelta(days=29))
        assert counter.forms.purge() == 0, "kept while the retention lasts"
        clock.advance(timedelta(days=2))
        assert counter.forms.purge() == 1
        seen = counter.forms.latest(ticket.id)
        assert seen is not None and seen.purged
        assert "NIK" not in {label.id for label, _ in seen.shown}
        assert {label.id for label, _ in seen.shown} >= {"Keperluan"}, "public answers stay"
