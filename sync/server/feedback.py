"""Taking in survey answers and complaints from a batch of events (see `ingest.py`).

Both are kept in their own tables, not on the feed: a survey comment, a complaint's
text and contact are personal, and stations do not need them. A survey answer is one
per ticket: the first in the server's order is kept and announced on the feed as a
`survey.recorded` event (ticket and survey id only) so every station refuses another; a
later answer to the same ticket (two stations answered it while cut off) is stored as an
event with outcome `conflict` and a `survey_twice` conflict for the supervisor, and is
never counted. A complaint whose tracking number is taken (only possible for stations
filing before their enrolment, slot 0) is a `tracking_clash` conflict.
"""

from __future__ import annotations

import base64
import logging
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, select

from kiosk.clock import wit_at
from kiosk.domain.complaint import ComplaintStatus
from kiosk.domain.ikm import SkmAnswers
from kiosk.domain.survey import RespondentProfile, SurveyRecord
from kiosk.storage.hall_seal import HallSeal
from kiosk.storage.sealing import SealError
from sync.protocol import ComplaintFiledPayload, EventIn, SurveyAnsweredPayload
from sync.server.conflicts import station_name
from sync.server.db import insert_rows
from sync.server.hall import hall_key
from sync.server.models import Complaint, SurveyResponse

log = logging.getLogger(__name__)

SURVEY, COMPLAINT = "survey.answered", "complaint.filed"
FEEDBACK_TYPES = frozenset({SURVEY, COMPLAINT})
#: The server's own event telling stations a ticket has its survey answer.
RECORDED = "survey.recorded"
_RECORDED_IDS = uuid.UUID("5d2b7c1e-3a6f-4e0b-8f2d-534b4d524543")
#: Longest comment and complaint text kept (stations send at most 500 and 1,000).
MAX_COMMENT, MAX_TEXT, MAX_CONTACT = 1000, 2000, 254

Feedback = SurveyAnsweredPayload | ComplaintFiledPayload


def parse_feedback(event: EventIn) -> Feedback:
    """The event's payload as its schema; ValueError naming the first bad field."""
    model: type[Feedback] = SurveyAnsweredPayload if event.type == SURVEY else ComplaintFiledPayload
    try:
        return model.model_validate(event.payload)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in ("payload", *first["loc"]))
        raise ValueError(f"{where}: {first['msg']}") from None


@dataclass(frozen=True, slots=True)
class FeedNews:
    """An event the server makes for the feed: its id, station, type and payload."""

    id: str
    station_id: str
    type: str
    payload: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Verdict:
    """What became of one answer or complaint: kept (with news for the feed) or a conflict."""

    conflict_kind: str | None = None
    subject: str | None = None
    detail: str | None = None
    news: FeedNews | None = None


@dataclass(slots=True)
class FeedbackBatch:
    """The survey answers and complaints of one batch, decided in memory, written in bulk."""

    seal: HallSeal
    answered: dict[str, str] = field(default_factory=dict)  # ticket → its survey's station
    survey_ids: set[str] = field(default_factory=set)
    trackings: set[str] = field(default_factory=set)
    complaint_ids: set[str] = field(default_factory=set)
    surveys: list[dict[str, Any]] = field(default_factory=list)
    complaints: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def load(cls, conn: Connection, items: list[Feedback]) -> FeedbackBatch:
        """What the database already holds of this batch's tickets and tracking numbers."""
        batch = cls(HallSeal(base64.b64decode(hall_key(conn))))
        surveys = [i for i in items if isinstance(i, SurveyAnsweredPayload)]
        complaints = [i for i in items if isinstance(i, ComplaintFiledPayload)]
        if surveys:
            known = conn.execute(
                select(
                    SurveyResponse.id, SurveyResponse.ticket_id, SurveyResponse.station_id
                ).where(
                    SurveyResponse.ticket_id.in_({s.ticket for s in surveys})
                    | SurveyResponse.id.in_({s.survey_id for s in surveys})
                )
            )
            for row in known:
                batch.answered[row.ticket_id] = row.station_id
                batch.survey_ids.add(row.id)
        if complaints:
            known = conn.execute(
                select(Complaint.id, Complaint.tracking).where(
                    Complaint.tracking.in_({c.tracking for c in complaints})
                    | Complaint.id.in_({c.complaint_id for c in complaints})
                )
            )
            for row in known:
                batch.trackings.add(row.tracking)
                batch.complaint_ids.add(row.id)
        return batch

    def take(self, conn: Connection, event: EventIn, item: Feedback, now: datetime) -> Verdict:
        """Keep the answer or complaint, or say why it is a conflict."""
        if isinstance(item, SurveyAnsweredPayload):
            return self._survey(conn, event, item, now)
        return self._complaint(conn, event, item, now)

    def flush(self, conn: Connection) -> None:
        """Write what was kept."""
        insert_rows(conn, SurveyResponse, self.surveys)
        insert_rows(conn, Complaint, self.complaints)

    def _survey(
        self, conn: Connection, event: EventIn, item: SurveyAnsweredPayload, now: datetime
    ) -> Verdict:
        first = self.answered.get(item.ticket)
        if first is not None or item.survey_id in self.survey_ids:
            earlier = station_name(conn, first) if first is not None else "?"
            later = station_name(conn, event.station_id)
            detail = (
                f"Tiket {item.number} sudah dinilai (survei dari {earlier}); jawaban dari "
                f"{later} tidak dihitung / ticket {item.number} was rated already (survey "
                f"from {earlier}); the answer from {later} is not counted"
            )
            return Verdict("survey_twice", item.ticket, detail)
        self.answered[item.ticket] = event.station_id
        self.survey_ids.add(item.survey_id)
        self.surveys.append(_survey_row(event, item, self._comment(item), now))
        marker = {"survey_id": item.survey_id, "ticket": item.ticket}
        news_id = str(uuid.uuid5(_RECORDED_IDS, event.id))
        return Verdict(news=FeedNews(news_id, event.station_id, RECORDED, marker))

    def _complaint(
        self, conn: Connection, event: EventIn, item: ComplaintFiledPayload, now: datetime
    ) -> Verdict:
        if item.tracking in self.trackings or item.complaint_id in self.complaint_ids:
            filer = station_name(conn, event.station_id)
            detail = (
                f"Nomor pengaduan {item.tracking} sudah dipakai pengaduan lain; pengaduan dari "
                f"{filer} tidak diterima / tracking number {item.tracking} is used by another "
                f"complaint; the complaint from {filer} was not taken"
            )
            return Verdict("tracking_clash", None, detail)
        self.trackings.add(item.tracking)
        self.complaint_ids.add(item.complaint_id)
        self.complaints.append(self._complaint_row(event, item, now))
        return Verdict()

    def _comment(self, item: SurveyAnsweredPayload) -> str | None:
        if item.sealed is None:
            return None
        opened = self._open(item.sealed)
        comment = opened.get("comment") if opened else None
        return comment[:MAX_COMMENT] if isinstance(comment, str) and comment else None

    def _complaint_row(
        self, event: EventIn, item: ComplaintFiledPayload, now: datetime
    ) -> dict[str, Any]:
        opened = self._open(item.sealed) or {}
        text, contact = opened.get("text"), opened.get("contact")
        readable = isinstance(text, str) and (contact is None or isinstance(contact, str))
        return {
            "id": item.complaint_id,
            "tracking": item.tracking,
            "station_id": event.station_id,
            "agency_code": item.agency,
            "category": item.category.value,
            "text": text[:MAX_TEXT] if readable and isinstance(text, str) else None,
            "contact": contact[:MAX_CONTACT] if readable and isinstance(contact, str) else None,
            "contact_kind": item.contact_kind.value if item.contact_kind else None,
            "unreadable": not readable,
            "ticket_id": item.ticket,
            "ticket_number": item.ticket_number,
            "filed_at": item.filed_at,
            "received_at": now,
            "status": ComplaintStatus.RECEIVED.value,
            "answer": None,
            "answered_at": None,
            "updated_at": now,
            "event_id": event.id,
        }

    def _open(self, sealed: str) -> dict[str, Any] | None:
        try:
            return self.seal.open(sealed)
        except SealError:
            # A station that filed before its enrolment sealed with its own key. The
            # rest is kept; the admin sees that this part could not be read.
            log.warning("sealed part of a feedback event could not be opened (another key)")
            return None


def _survey_row(
    event: EventIn, item: SurveyAnsweredPayload, comment: str | None, now: datetime
) -> dict[str, Any]:
    profile = item.profile
    return {
        "id": item.survey_id,
        "ticket_id": item.ticket,
        "station_id": event.station_id,
        "number": item.number,
        "service_code": item.service.upper(),
        "agency_code": item.agency,
        "counter": item.counter,
        "officer": item.officer,
        "service_day": item.service_day,
        "answered_at": item.answered_at,
        **{f"u{i}": score for i, score in enumerate(item.scores, start=1)},
        "age_group": profile.age_group.value if profile.age_group else None,
        "sex": profile.sex.value if profile.sex else None,
        "education": profile.education.value if profile.education else None,
        "occupation": profile.occupation.value if profile.occupation else None,
        "comment": comment,
        "event_id": event.id,
        "received_at": now,
    }


def survey_records(conn: Connection, first: date, last: date) -> list[SurveyRecord]:
    """The kept answers of the hall days `first` … `last` (by when they were answered, WIT),
    for the hall's reports; never the comments."""
    table = SurveyResponse.__table__
    query = (
        select(table)
        .where(table.c.answered_at >= wit_at(first, 0))
        .where(table.c.answered_at < wit_at(last + timedelta(days=1), 0))
        .order_by(table.c.answered_at, table.c.id)
    )
    return [_record(row._mapping) for row in conn.execute(query)]


def _record(row: Any) -> SurveyRecord:
    return SurveyRecord(
        survey_id=row["id"],
        ticket_id=row["ticket_id"],
        number=row["number"],
        service_code=row["service_code"],
        agency_code=row["agency_code"],
        counter_number=row["counter"],
        officer_name=row["officer"],
        answered_at=row["answered_at"],
        answers=SkmAnswers(tuple(int(row[f"u{i}"]) for i in range(1, 10))),
        profile=RespondentProfile.of(
            {k: row[k] for k in ("age_group", "sex", "education", "occupation")}
        ),
    )
