"""The satisfaction survey at a station: one answer per served ticket, anonymous, purged."""

from __future__ import annotations

import json
import logging
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from kiosk.clock import FakeClock, service_day
from kiosk.domain.ikm import SkmAnswers
from kiosk.domain.survey import AgeGroup, Occupation, Refusal, RespondentProfile, Sex
from kiosk.domain.ticket_token import TicketClaim, sign
from kiosk.services.survey_service import SurveyNotAccepted, SurveyService
from kiosk.services.sync_service import RemoteEvent
from kiosk.station import Station
from kiosk.storage.models import EventRow
from tests.kiosk.services.feedback_helpers import RETENTION_DAYS, served, survey_service

SCORES = (4, 3, 4, 4, 3, 4, 4, 3, 4)
COMMENT = "Antre cepat. Hubungi saya di 081298765432, Budi Kogoya"


@pytest.fixture
def surveys(station: Station) -> SurveyService:
    return survey_service(station)


def _survey_events(station: Station) -> list[EventRow]:
    with station.store.uow() as uow:
        query = select(EventRow).where(EventRow.type == "survey.answered")
        return list(uow.session.scalars(query))


def test_a_served_ticket_is_rated_once(station: Station, surveys: SurveyService) -> None:
    ticket = served(station)
    check = surveys.eligible(ticket.number.lower())
    assert check.ok and check.ticket is not None
    assert (check.ticket.number, check.ticket.counter_number) == (ticket.number, 1)
    assert check.ticket.agency_code == "DUKCAPIL"
    done = surveys.answer(check.ticket.ticket_id, SCORES, RespondentProfile(sex=Sex.FEMALE))
    again = surveys.eligible(ticket.number)
    assert again.refusal is Refusal.ANSWERED and again.message is not None
    assert "sudah diisi" in again.message.id and "answered already" in again.message.en
    with pytest.raises(SurveyNotAccepted) as refused:
        surveys.answer(ticket.id, SCORES)
    assert refused.value.reason is Refusal.ANSWERED
    [event] = _survey_events(station)
    payload = json.loads(event.payload)
    assert payload["survey_id"] == done.survey_id and payload["ticket"] == ticket.id
    assert payload["scores"] == list(SCORES) and payload["profile"]["sex"] == "P"
    # Not a change of the ticket: the feed's news of it is never held back by an answer.
    assert event.subject is None
    [record] = surveys.records(*[service_day(ticket.issued_at)] * 2)
    assert record.answers == SkmAnswers(SCORES) and record.service_code == "KTP-EL"


def test_tickets_not_served_and_unknown_numbers_are_refused(
    station: Station, surveys: SurveyService
) -> None:
    waiting = station.tickets.issue("KTP-EL")
    assert surveys.eligible(waiting.number).refusal is Refusal.NOT_SERVED
    absent = station.tickets.issue("KTP-EL")
    station.tickets.call(absent.id, 2)
    station.tickets.no_show(absent.id)
    assert surveys.eligible(absent.number).refusal is Refusal.NOT_SERVED
    for typed in ("A-999", "nonsense", ""):
        check = surveys.eligible(typed)
        assert check.refusal is Refusal.UNKNOWN and check.ticket is None
    with pytest.raises(SurveyNotAccepted) as refused:
        surveys.answer(waiting.id, SCORES)
    assert refused.value.reason is Refusal.NOT_SERVED
    assert _survey_events(station) == []


def test_a_forged_or_foreign_qr_is_refused_and_a_genuine_one_accepted(
    station: Station, surveys: SurveyService
) -> None:
    ticket = served(station)
    claim = TicketClaim(ticket.id, ticket.number, "KTP-EL", ticket.issued_at, ticket.station_id)
    other_hall = sign(claim, b"another hall's key, 32 bytes ..")
    for scanned in (other_hall, "MPP1.not.a.real.ticket.code.x", other_hall[:-2] + "AA"):
        check = surveys.eligible(scanned)
        assert check.refusal is Refusal.FORGED
        assert check.message is not None and "bukan tiket MPP ini" in check.message.id
    assert surveys.eligible(ticket.qr_payload).ok


def test_a_qr_rates_a_ticket_of_an_earlier_day_until_the_window_closes(
    station: Station, surveys: SurveyService, clock: FakeClock
) -> None:
    ticket = served(station)
    clock.advance(timedelta(days=3))
    assert surveys.eligible(ticket.qr_payload).ok
    # A number names today's ticket only: it repeats every day.
    assert surveys.eligible(ticket.number).refusal is Refusal.UNKNOWN
    clock.advance(timedelta(days=5))
    assert surveys.eligible(ticket.qr_payload).refusal is Refusal.TOO_OLD
    with pytest.raises(SurveyNotAccepted):
        surveys.answer(ticket.id, SCORES)


def test_the_officer_signed_in_at_the_counter_goes_with_the_answer(
    station: Station, surveys: SurveyService
) -> None:
    station.officers.save("Maria Kotorok", "97531")
    station.officers.sign_in("Maria Kotorok", "97531", 1, ["KTP-EL"])
    ticket = served(station, counter=1)
    check = surveys.eligible(ticket.number)
    assert check.ticket is not None and check.ticket.officer_name == "Maria Kotorok"
    surveys.answer(ticket.id, SCORES)
    [event] = _survey_events(station)
    assert json.loads(event.payload)["officer"] == "Maria Kotorok"


def test_the_comment_is_sealed_at_rest_and_never_logged(
    station: Station, surveys: SurveyService, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    ticket = served(station)
    done = surveys.answer(ticket.id, SCORES, comment=f"  {COMMENT}  ")
    assert surveys.comment(done.survey_id) == COMMENT
    [event] = _survey_events(station)
    assert "081298765432" not in event.payload and "Kogoya" not in event.payload
    assert json.loads(event.payload)["sealed"]  # it travels, sealed for the server
    station.close()
    raw = station.paths.database.read_bytes()
    wal = station.paths.database.with_name("station.sqlite-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert b"081298765432" not in raw and b"Kogoya" not in raw
    assert "081298765432" not in caplog.text and "Kogoya" not in caplog.text


def test_comments_go_once_the_server_has_had_them_for_the_retention_period(
    station: Station, surveys: SurveyService, clock: FakeClock
) -> None:
    ticket = served(station)
    done = surveys.answer(ticket.id, SCORES, comment=COMMENT)
    clock.advance(timedelta(days=RETENTION_DAYS + 5))
    assert surveys.purge() == 0, "not purged before the server has it"
    [event] = _survey_events(station)
    station.sync.acknowledge([event.id], {})
    clock.advance(timedelta(days=RETENTION_DAYS - 1))
    assert surveys.purge() == 0
    clock.advance(timedelta(days=1))
    assert surveys.purge() == 1
    assert surveys.comment(done.survey_id) is None
    [event] = _survey_events(station)
    assert json.loads(event.payload)["sealed"] is None
    # The anonymous answer itself stays for the station's reports.
    day = service_day(done.answered_at)
    assert [r.survey_id for r in surveys.records(day, day)] == [done.survey_id]


def test_a_ticket_answered_at_another_station_is_refused_here(
    station: Station, surveys: SurveyService
) -> None:
    ticket = served(station)
    _recorded(station, ticket.id, str(uuid.uuid4()))
    check = surveys.eligible(ticket.number)
    assert check.refusal is Refusal.ANSWERED


def test_an_answer_that_lost_on_the_server_is_no_longer_counted_here(
    station: Station, surveys: SurveyService
) -> None:
    ticket, other = served(station), served(station, counter=2)
    ours = surveys.answer(ticket.id, SCORES)
    kept = surveys.answer(other.id, SCORES)
    _recorded(station, kept.ticket_id, kept.survey_id)  # the server kept our answer
    _recorded(station, ticket.id, str(uuid.uuid4()), feed_seq=2)  # another station's won
    day = service_day(ours.answered_at)
    assert [r.survey_id for r in surveys.records(day, day)] == [kept.survey_id]


def test_incomplete_or_bad_answers_change_nothing(station: Station, surveys: SurveyService) -> None:
    ticket = served(station)
    for scores in (SCORES[:8], (*SCORES[:8], 5), (*SCORES[:8], None), (*SCORES[:8], True)):
        with pytest.raises(SurveyNotAccepted) as refused:
            surveys.answer(ticket.id, scores)
        assert refused.value.reason is None
    with pytest.raises(SurveyNotAccepted, match="too long"):
        surveys.answer(ticket.id, SCORES, comment="x" * 501)
    assert _survey_events(station) == []
    profile = RespondentProfile(AgeGroup.FROM_30, Sex.MALE, None, Occupation.WIRAUSAHA)
    surveys.answer(ticket.id, SCORES, profile, comment="x" * 500)
    [record] = surveys.records(*[service_day(ticket.issued_at)] * 2)
    assert record.profile == profile


def _recorded(station: Station, ticket_id: str, survey_id: str, feed_seq: int = 1) -> None:
    """The server's `survey.recorded` for a ticket arrives through the feed."""
    event = RemoteEvent(
        feed_seq,
        str(uuid.uuid4()),
        str(uuid.uuid4()),
        None,
        "survey.recorded",
        {"survey_id": survey_id, "ticket": ticket_id},
    )
    station.sync.apply([event], feed_seq)
