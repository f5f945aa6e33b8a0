"""The satisfaction survey (SKM): who may answer, keeping one answer per served ticket.

The kiosk and the counter-facing survey tablet both use this. A citizen identifies the
ticket they were served on by scanning its QR (checked with the hall key: any day of
the last `ANSWER_DAYS`) or typing its number (today's tickets only: a number repeats
every day). The answer and its `survey.answered` event are written in one transaction;
the ticket is unique in the table, so a second answer is refused even when two screens
answer at once. Answers are anonymous; the comment is sealed and purged in time.

The server keeps the first answer to a ticket in its order and tells every station with
a `survey.recorded` event (ticket and survey id only), so a ticket answered at one
station is refused at the others; an answer that lost on the server is kept here but no
longer counted (`lost_to`). See docs/feedback.md.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from kiosk.clock import Clock, service_day, wit_at
from kiosk.domain.ikm import InvalidAnswers, SkmAnswers
from kiosk.domain.survey import (
    ANSWER_DAYS,
    Refusal,
    RespondentProfile,
    SurveyInvalid,
    SurveyRecord,
    clean_comment,
    refusal_text,
)
from kiosk.domain.text import Text
from kiosk.domain.ticket import Ticket, TicketStatus
from kiosk.domain.ticket_token import PREFIX as QR_PREFIX
from kiosk.domain.ticket_token import InvalidTicketToken, verify
from kiosk.errors import KioskError
from kiosk.services.catalogue_service import CatalogueService
from kiosk.services.sealed_events import SEALED_KEY, PurgedRow, purge_due
from kiosk.storage.hall_seal import HallSeal
from kiosk.storage.models import (
    AttendanceRow,
    SurveyResponseRow,
    SurveySeenRow,
)
from kiosk.storage.sealing import Sealer
from kiosk.storage.store import Store
from kiosk.storage.uow import UnitOfWork

DEFAULT_RETENTION_DAYS = 30


class SurveyNotAccepted(KioskError):
    """An answer that cannot be kept; `reason` says why when the ticket is the cause."""

    def __init__(self, message: Text, reason: Refusal | None = None) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class SurveyTicket:
    """The served ticket a survey is about, as the survey screen introduces it."""

    ticket_id: str
    number: str
    service_code: str
    service_name: Text
    agency_code: str | None
    agency_name: Text | None
    counter_number: int | None
    officer_name: str | None
    service_day: date
    finished_at: datetime | None


@dataclass(frozen=True, slots=True)
class Eligibility:
    """Whether a ticket may be rated: the ticket, or why not (with words for the citizen)."""

    ticket: SurveyTicket | None
    refusal: Refusal | None = None
    message: Text | None = None

    @property
    def ok(self) -> bool:
        """The ticket may be rated now."""
        return self.ticket is not None and self.refusal is None


@dataclass(frozen=True, slots=True)
class SurveyAnswered:
    """A kept answer: its id and when it was given."""

    survey_id: str
    ticket_id: str
    number: str
    answered_at: datetime


class SurveyService:
    """Checks who may answer, keeps answers with their event, purges comments in time."""

    def __init__(
        self,
        store: Store,
        catalogues: CatalogueService,
        clock: Clock,
        sealer: Sealer,
        hall_key: bytes,
        retention_days: int = DEFAULT_RETENTION_DAYS,
    ) -> None:
        self._store = store
        self._catalogues = catalogues
        self._clock = clock
        self._sealer = sealer
        self._hall_key = hall_key
        self._hall_seal = HallSeal(hall_key)
        self._retention = timedelta(days=retention_days)

    def eligible(self, entered: str) -> Eligibility:
        """The ticket a typed number (today's) or a scanned QR (the last days) names, if
        it was served and has no answer yet; else the reason, in words for the citizen."""
        text = entered.strip()
        today = service_day(self._clock.now())
        with self._store.uow() as uow:
            if text.startswith(QR_PREFIX + "."):
                try:
                    claim = verify(text, self._hall_key)
                except InvalidTicketToken:
                    return _refused(Refusal.FORGED, "")
                ticket = uow.tickets.get(claim.ticket_id)
                number = claim.number
                if ticket is None:
                    too_old = service_day(claim.issued_at) < today - timedelta(days=ANSWER_DAYS)
                    return _refused(Refusal.TOO_OLD if too_old else Refusal.NOT_SERVED, number)
            else:
                number = text.upper()
                ticket = _today_by_number(uow, today, number)
                if ticket is None:
                    return _refused(Refusal.UNKNOWN, text)
            refusal = _judge(uow, ticket, today)
            if refusal is not None:
                return _refused(refusal, ticket.label)
            return Eligibility(self._describe(uow, ticket))

    def answer(
        self,
        ticket_id: str,
        scores: SkmAnswers | Sequence[int | None],
        profile: RespondentProfile | None = None,
        comment: str | None = None,
    ) -> SurveyAnswered:
        """Keep a citizen's answer and its `survey.answered` event, in one transaction.

        Raises SurveyNotAccepted when an answer is incomplete or the ticket may not be
        rated (not served, too old, answered already, here or at another station).
        """
        answers = _answers(scores)
        profile = profile or RespondentProfile()
        try:
            kept_comment = clean_comment(comment)
        except SurveyInvalid as exc:
            raise SurveyNotAccepted(exc.message) from exc
        now = self._clock.now()
        with self._store.uow(write=True) as uow:
            ticket = uow.tickets.get(ticket_id)
            if ticket is None:
                raise _not_accepted(Refusal.NOT_SERVED, "?")
            refusal = _judge(uow, ticket, service_day(now))
            if refusal is not None:
                raise _not_accepted(refusal, ticket.label)
            done = self._write(uow, self._describe(uow, ticket), answers, profile, kept_comment)
            try:
                uow.commit()
            except IntegrityError as exc:  # another screen of this station answered first
                raise _not_accepted(Refusal.ANSWERED, ticket.label) from exc
        return done

    def _write(
        self,
        uow: UnitOfWork,
        ticket: SurveyTicket,
        answers: SkmAnswers,
        profile: RespondentProfile,
        comment: str | None,
    ) -> SurveyAnswered:
        now = self._clock.now()
        survey_id = str(uuid.uuid4())
        scores = list(answers.scores)
        payload: dict[str, Any] = {
            "survey_id": survey_id,
            # Not "ticket_id": that key makes an event a change of the ticket, which
            # would hold back the feed's news of it while the answer is unsent.
            "ticket": ticket.ticket_id,
            "number": ticket.number,
            "service": ticket.service_code,
            "agency": ticket.agency_code,
            "counter": ticket.counter_number,
            "officer": ticket.officer_name,
            "service_day": ticket.service_day.isoformat(),
            "answered_at": now.isoformat(),
            "scores": scores,
            "profile": profile.to_json(),
            SEALED_KEY: self._hall_seal.seal({"comment": comment}) if comment else None,
        }
        event = uow.outbox.add("survey.answered", payload, now)
        uow.session.flush()  # the event first: the row refers to it
        uow.session.add(
            SurveyResponseRow(
                id=survey_id,
                ticket_id=ticket.ticket_id,
                number=ticket.number,
                service_code=ticket.service_code,
                agency_code=ticket.agency_code,
                counter_number=ticket.counter_number,
                officer_name=ticket.officer_name,
                service_day=ticket.service_day,
                answered_at=now,
                scores=",".join(str(s) for s in scores),
                age_group=profile.age_group,
                sex=profile.sex,
                education=profile.education,
                occupation=profile.occupation,
                sealed_comment=self._sealer.seal({"comment": comment}) if comment else None,
                event_id=event.id,
            )
        )
        return SurveyAnswered(survey_id, ticket.ticket_id, ticket.number, now)

    def records(self, first: date, last: date) -> list[SurveyRecord]:
        """Answers given here on the hall days `first` … `last` that count (for reports)."""
        with self._store.uow() as uow:
            rows = uow.session.scalars(
                select(SurveyResponseRow)
                .where(SurveyResponseRow.lost_to.is_(None))
                .where(SurveyResponseRow.answered_at >= _day_start(first))
                .where(SurveyResponseRow.answered_at < _day_start(last + timedelta(days=1)))
                .order_by(SurveyResponseRow.answered_at)
            )
            return [_record(r) for r in rows]

    def comment(self, survey_id: str) -> str | None:
        """An answer's comment while the station still keeps it (for the hall's staff)."""
        with self._store.uow() as uow:
            row = uow.session.get(SurveyResponseRow, survey_id)
            if row is None or row.sealed_comment is None:
                return None
            value = self._sealer.open(row.sealed_comment).get("comment")
            return str(value) if value else None

    def purge(self) -> int:
        """Remove comments the server has had for the retention period; returns how many.

        Also forgets tickets answered elsewhere once they can no longer be rated.
        """
        now = self._clock.now()
        with self._store.uow(write=True) as uow:
            purged = purge_due(uow.session, SurveyResponseRow, _clear_comment, self._retention, now)
            uow.session.execute(
                delete(SurveySeenRow).where(
                    SurveySeenRow.seen_at < now - timedelta(days=ANSWER_DAYS + 2)
                )
            )
            uow.commit()
        return purged

    def _describe(self, uow: UnitOfWork, ticket: Ticket) -> SurveyTicket:
        catalogue = self._catalogues.current()
        service = catalogue.service(ticket.service_code)
        agency = catalogue.agency(service.agency_code) if service is not None else None
        code = ticket.service_code
        return SurveyTicket(
            ticket_id=ticket.id,
            number=ticket.label,
            service_code=ticket.service_code,
            service_name=service.name if service else Text(code, code),
            agency_code=service.agency_code if service else None,
            agency_name=agency.name if agency else None,
            counter_number=ticket.counter_number,
            officer_name=_officer(uow, ticket),
            service_day=ticket.service_day,
            finished_at=ticket.finished_at,
        )


def apply_survey_recorded(uow: UnitOfWork, payload: Mapping[str, Any], now: datetime) -> bool:
    """The server kept an answer to a ticket (from the feed): refuse more answers to it here,
    and stop counting this station's own answer if the server kept another one."""
    try:
        ticket_id, survey_id = str(payload["ticket"]), str(payload["survey_id"])
    except (KeyError, TypeError):
        return False
    own = uow.session.scalar(
        select(SurveyResponseRow).where(SurveyResponseRow.ticket_id == ticket_id)
    )
    if own is not None:
        if own.id == survey_id or own.lost_to == survey_id:
            return False
        own.lost_to = survey_id
        return True
    if uow.session.get(SurveySeenRow, ticket_id) is not None:
        return False
    uow.session.add(SurveySeenRow(ticket_id=ticket_id, survey_id=survey_id, seen_at=now))
    return True


def _judge(uow: UnitOfWork, ticket: Ticket, today: date) -> Refusal | None:
    """Why this ticket may not be rated today, or None."""
    if ticket.status is not TicketStatus.DONE:
        return Refusal.NOT_SERVED
    if ticket.service_day < today - timedelta(days=ANSWER_DAYS):
        return Refusal.TOO_OLD
    answered = uow.session.scalar(
        select(SurveyResponseRow.id).where(SurveyResponseRow.ticket_id == ticket.id)
    )
    if answered is not None or uow.session.get(SurveySeenRow, ticket.id) is not None:
        return Refusal.ANSWERED
    return None


def _today_by_number(uow: UnitOfWork, today: date, number: str) -> Ticket | None:
    prefix, _, digits = number.rpartition("-")
    if not prefix or not digits.isdigit():
        return None
    return uow.tickets.find_number(today, prefix, int(digits))


def _officer(uow: UnitOfWork, ticket: Ticket) -> str | None:
    """Who was signed in at the ticket's counter when it was called here (None: unknown,
    e.g. the counter is another station; the server's report names them all)."""
    if ticket.counter_number is None or ticket.called_at is None:
        return None
    return uow.session.scalar(
        select(AttendanceRow.officer_name)
        .where(
            AttendanceRow.counter_number == ticket.counter_number,
            AttendanceRow.signed_in_at <= ticket.called_at,
        )
        .where(
            (AttendanceRow.signed_out_at.is_(None))
            | (AttendanceRow.signed_out_at > ticket.called_at)
        )
        .order_by(AttendanceRow.signed_in_at.desc())
        .limit(1)
    )


def _answers(scores: SkmAnswers | Sequence[int | None]) -> SkmAnswers:
    if isinstance(scores, SkmAnswers):
        return scores
    try:
        return SkmAnswers.of(list(scores))
    except InvalidAnswers as exc:
        raise SurveyNotAccepted(
            Text(
                f"Jawaban survei belum lengkap atau tidak sah ({exc}). Jawab kesembilan "
                "pertanyaan dengan nilai 1 sampai 4.",
                f"The survey answers are incomplete or not valid ({exc}). Answer all nine "
                "questions with 1 to 4.",
            )
        ) from exc


def _record(row: SurveyResponseRow) -> SurveyRecord:
    return SurveyRecord(
        survey_id=row.id,
        ticket_id=row.ticket_id,
        number=row.number,
        service_code=row.service_code,
        agency_code=row.agency_code,
        counter_number=row.counter_number,
        officer_name=row.officer_name,
        answered_at=row.answered_at,
        answers=SkmAnswers(tuple(int(s) for s in row.scores.split(","))),
        profile=RespondentProfile.of(
            {
                "age_group": row.age_group,
                "sex": row.sex,
                "education": row.education,
                "occupation": row.occupation,
            }
        ),
    )


def _day_start(day: date) -> datetime:
    return wit_at(day, 0)


def _refused(reason: Refusal, number: str) -> Eligibility:
    return Eligibility(None, reason, refusal_text(reason, number))


def _not_accepted(reason: Refusal, number: str) -> SurveyNotAccepted:
    return SurveyNotAccepted(refusal_text(reason, number), reason)


def _clear_comment(row: PurgedRow) -> None:
    assert isinstance(row, SurveyResponseRow)
    row.sealed_comment = None
