"""Complaints at a station: filed with a tracking number, personal parts sealed and purged,
status from the server or, when it cannot be reached, from the station's own record."""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from kiosk.clock import FakeClock
from kiosk.domain.complaint import (
    RANDOM_BITS,
    Category,
    ComplaintStatus,
    canonical_tracking,
    slot_of,
    tracking_number,
)
from kiosk.domain.text import Text
from kiosk.paths import Paths
from kiosk.services.complaint_service import (
    ComplaintNotAccepted,
    ComplaintNotFound,
    ComplaintService,
    RemoteComplaint,
    StatusUnavailable,
)
from kiosk.station import Station, open_station
from kiosk.storage.models import EventRow
from tests.conftest import small_config
from tests.kiosk.services.feedback_helpers import RETENTION_DAYS, complaint_service

TEXT = "Saya menunggu dua jam di loket 3 dan petugas tidak ada di tempat. Ibu Yuliana Magai"
PHONE = "0812 9876 5432"


@pytest.fixture
def complaints(station: Station) -> ComplaintService:
    return complaint_service(station)


def _events(station: Station) -> list[EventRow]:
    with station.store.uow() as uow:
        query = select(EventRow).where(EventRow.type == "complaint.filed")
        return list(uow.session.scalars(query))


def test_a_complaint_gets_a_tracking_number_and_its_contact_shown_masked(
    station: Station, complaints: ComplaintService
) -> None:
    ticket = station.tickets.issue("KTP-EL")
    filed = complaints.file("dukcapil", "pelayanan_lambat", TEXT, PHONE, ticket.number)
    assert canonical_tracking(filed.tracking) == filed.tracking
    assert filed.tracking_shown == f"{filed.tracking[:8]}-{filed.tracking[8:]}"
    assert filed.contact_masked == "•" * 11 + "432"
    assert (filed.agency_code, filed.category) == ("DUKCAPIL", Category.SLOW)
    assert filed.ticket_number == ticket.number
    [event] = _events(station)
    payload = json.loads(event.payload)
    assert payload["tracking"] == filed.tracking and payload["ticket"] == ticket.id
    assert payload["contact_kind"] == "phone" and payload["sealed"]
    assert complaints.contact_of(filed.tracking) is not None
    status = complaints.status(filed.tracking_shown.lower())
    assert (status.source, status.sent, status.status) == ("station", False, None)
    assert "Belum terkirim" in status.message.id


def test_text_and_contact_are_never_in_clear_in_the_store_or_the_log(
    station: Station, complaints: ComplaintService, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    complaints.file("DUKCAPIL", Category.RUDE, TEXT, "yuliana.magai@example.id")
    complaints.file("DUKCAPIL", Category.FEE, TEXT, PHONE)
    secrets = ("Yuliana", "yuliana.magai", "98765432", "menunggu dua jam")
    for event in _events(station):
        assert not any(s in event.payload for s in secrets)
    station.close()
    raw = station.paths.database.read_bytes()
    wal = station.paths.database.with_name("station.sqlite-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert not any(s.encode() in raw for s in secrets)
    assert not any(s in caplog.text for s in secrets)


@pytest.mark.parametrize(
    ("agency", "category", "text", "contact", "ticket", "says"),
    [
        ("NOPE", "lainnya", TEXT, None, None, "tidak ada di katalog"),
        ("DUKCAPIL", "bad", TEXT, None, None, "Kategori 'bad' tidak dikenal"),
        ("DUKCAPIL", "lainnya", "  terlalu  ", None, None, "paling sedikit 10"),
        ("DUKCAPIL", "lainnya", "x" * 1001, None, None, "paling banyak 1000"),
        ("DUKCAPIL", "lainnya", TEXT, "12345", None, "Nomor HP"),
        ("DUKCAPIL", "lainnya", TEXT, "nama@", None, "email tidak valid"),
        ("DUKCAPIL", "lainnya", TEXT, None, "kemarin", "bukan nomor antrean"),
        ("DUKCAPIL", "lainnya", TEXT, None, "MPP1.a.b.c.d.e.f", "bukan tiket MPP ini"),
    ],
)
def test_a_complaint_that_cannot_be_filed_changes_nothing(
    station: Station,
    complaints: ComplaintService,
    agency: str,
    category: str,
    text: str,
    contact: str | None,
    ticket: str | None,
    says: str,
) -> None:
    with pytest.raises(ComplaintNotAccepted) as refused:
        complaints.file(agency, category, text, contact, ticket)
    assert says in refused.value.message.id
    assert _events(station) == []


def test_the_status_comes_from_the_server_when_it_answers(
    station: Station, complaints: ComplaintService
) -> None:
    filed = complaints.file("DUKCAPIL", "lainnya", TEXT)
    at = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
    asked: list[str] = []

    def server(tracking: str) -> RemoteComplaint | None:
        asked.append(tracking)
        return RemoteComplaint(
            tracking, "DUKCAPIL", "lainnya", ComplaintStatus.ANSWERED, at, at, at, "Maaf."
        )

    view = complaints.status(filed.tracking_shown, server)
    assert asked == [filed.tracking]
    assert (view.source, view.status, view.answer) == ("server", ComplaintStatus.ANSWERED, "Maaf.")
    assert view.message.id == "Sudah dijawab"


def test_without_the_server_the_station_says_sent_or_not_sent(
    station: Station, complaints: ComplaintService
) -> None:
    filed = complaints.file("DUKCAPIL", "lainnya", TEXT)

    def unreachable(tracking: str) -> RemoteComplaint | None:
        raise StatusUnavailable(Text("server mati", "server down"))

    assert complaints.status(filed.tracking, unreachable).sent is False
    [event] = _events(station)
    station.sync.acknowledge([event.id], {})
    view = complaints.status(filed.tracking, unreachable)
    assert (view.source, view.sent, view.answer) == ("station", True, None)
    assert "Terkirim" in view.message.id and "no answer can be shown" in view.message.en
    with pytest.raises(ComplaintNotFound, match="not found on this station"):
        complaints.status("ADU-AAAAAAAA", unreachable)
    with pytest.raises(ComplaintNotFound, match="not found on the server or this station"):
        complaints.status("ADU-AAAAAAAA", lambda _: None)
    with pytest.raises(ComplaintNotFound, match="not a complaint tracking number"):
        complaints.status("A1-012")


def test_text_and_contact_are_purged_once_the_server_has_had_them_long_enough(
    station: Station, complaints: ComplaintService, clock: FakeClock
) -> None:
    filed = complaints.file("DUKCAPIL", "lainnya", TEXT, PHONE)
    clock.advance(timedelta(days=RETENTION_DAYS + 1))
    assert complaints.purge() == 0, "kept while the server does not have it"
    [event] = _events(station)
    station.sync.acknowledge([event.id], {})
    clock.advance(timedelta(days=RETENTION_DAYS - 1))
    assert complaints.purge() == 0
    assert complaints.contact_of(filed.tracking) is not None
    clock.advance(timedelta(days=1))
    assert complaints.purge() == 1
    assert complaints.contact_of(filed.tracking) is None
    [event] = _events(station)
    assert json.loads(event.payload)["sealed"] is None
    # The tracking number still answers "sent" at the kiosk.
    assert complaints.status(filed.tracking).sent is True


def test_two_kiosks_cut_off_together_never_give_the_same_tracking_number(
    home: Paths, clock: FakeClock
) -> None:
    # Both kiosks draw the very same random parts: only their slots keep them apart.
    numbers: list[str] = []
    for name, slot in (("a", 1), ("b", 2)):
        paths = Paths(home.config_dir / name, home.data_dir / name)
        with open_station(paths, small_config(paths), clock) as kiosk:
            kiosk.sync.save_enrolment(slot)
            service = complaint_service(kiosk, draw=_same_draws_each_time())
            for _ in range(150):
                numbers.append(service.file("DUKCAPIL", "lainnya", TEXT).tracking)
            assert {slot_of(n) for n in numbers[-150:]} == {slot}
    assert len(set(numbers)) == len(numbers) == 300


def _same_draws_each_time() -> Callable[[int | None], str]:
    draws = random.Random(7)
    return lambda slot: tracking_number(slot or 0, draws.getrandbits(RANDOM_BITS))


def test_a_station_redraws_a_number_it_already_gave(
    station: Station, complaints: ComplaintService
) -> None:
    first = complaints.file("DUKCAPIL", "lainnya", TEXT).tracking
    repeats = iter([first, first, tracking_number(0, 12345)])
    service = complaint_service(station, draw=lambda slot: next(repeats))
    second = service.file("DUKCAPIL", "lainnya", TEXT).tracking
    assert second == tracking_number(0, 12345) != first
