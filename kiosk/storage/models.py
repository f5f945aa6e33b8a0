"""ORM rows of the station database. They never leave the storage layer (services return DTOs)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kiosk.storage.types import UTCDateTime


class Base(DeclarativeBase):
    """Declarative base of every station table."""


class StationRow(Base):
    """This station's identity and its event sequence (one row)."""

    __tablename__ = "station"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    next_event_seq: Mapped[int] = mapped_column(Integer, default=1)


class CatalogueRow(Base):
    """The catalogue in use, kept so a bad new file never leaves the station without one."""

    __tablename__ = "catalogue"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(255))
    source_sha256: Mapped[str | None] = mapped_column(String(64))
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    body: Mapped[str] = mapped_column(Text)


class DailyCounterRow(Base):
    """The last ticket number given for a service on a hall day."""

    __tablename__ = "daily_counter"

    service_code: Mapped[str] = mapped_column(String(24), primary_key=True)
    service_day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


class TicketRow(Base):
    """A queue ticket."""

    __tablename__ = "ticket"
    __table_args__ = (
        # By prefix, not service: a transferred ticket keeps its number at its new service.
        UniqueConstraint("service_day", "prefix", "number", name="uq_ticket_number"),
        Index("ix_ticket_queue", "service_day", "service_code", "status"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    service_code: Mapped[str] = mapped_column(String(24))
    service_day: Mapped[date] = mapped_column(Date)
    prefix: Mapped[str] = mapped_column(String(3))
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    priority: Mapped[str | None] = mapped_column(String(16))
    print_failed: Mapped[bool] = mapped_column(default=False)
    #: The station that issued it (this one or, once synced, any other of the hall).
    station_id: Mapped[str] = mapped_column(String(36))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    called_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    counter_number: Mapped[int | None] = mapped_column(Integer)
    serving_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    recall_count: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(String(200))
    origin_service: Mapped[str | None] = mapped_column(String(24))
    target_counter: Mapped[int | None] = mapped_column(Integer)


class EventRow(Base):
    """An event in the outbox, written in the same transaction as the change it records."""

    __tablename__ = "event"
    __table_args__ = (
        UniqueConstraint("station_id", "seq", name="uq_event_station_seq"),
        Index("ix_event_unsynced", "synced_at", "seq"),
        Index("ix_event_subject", "subject"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    station_id: Mapped[str] = mapped_column(ForeignKey("station.id"))
    seq: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    occurred_local: Mapped[str] = mapped_column(String(40))
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: The ticket the event is about, if any: a remote change waits while ours is unsent.
    subject: Mapped[str | None] = mapped_column(String(36))
    #: Set when the server refused the event for good; it is kept for the admin to see.
    quarantined_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    quarantine_reason: Mapped[str | None] = mapped_column(String(500))


class AppliedEventRow(Base):
    """An event of another station (or of the server) already applied here."""

    __tablename__ = "applied_event"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    feed_seq: Mapped[int] = mapped_column(Integer)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime())


class NumberBlockRow(Base):
    """Ticket numbers `first`..`last` of a service on a day, leased to this station alone."""

    __tablename__ = "number_block"

    service_code: Mapped[str] = mapped_column(String(24), primary_key=True)
    service_day: Mapped[date] = mapped_column(Date, primary_key=True)
    first: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)
    next_number: Mapped[int] = mapped_column(Integer)


class PrintJobRow(Base):
    """A document rendered once to printer bytes; a retry sends exactly these bytes again."""

    __tablename__ = "print_job"
    __table_args__ = (Index("ix_print_job_ticket", "ticket_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    ticket_id: Mapped[str | None] = mapped_column(ForeignKey("ticket.id"))
    kind: Mapped[str] = mapped_column(String(16))
    printer: Mapped[str] = mapped_column(String(255))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    copy: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    printed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(String(500))


class SettingRow(Base):
    """A small piece of station state that must survive a restart (e.g. the PIN lock-out)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class FormSubmissionRow(Base):
    """A form filled for a ticket. Personal answers are sealed; a correction is a new row."""

    __tablename__ = "form_submission"
    __table_args__ = (Index("ix_form_submission_ticket", "ticket_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    ticket_id: Mapped[str] = mapped_column(ForeignKey("ticket.id"))
    form_id: Mapped[str] = mapped_column(String(24))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    public_answers: Mapped[str] = mapped_column(Text)
    sealed_answers: Mapped[bytes | None] = mapped_column(LargeBinary)
    replaces_id: Mapped[str | None] = mapped_column(ForeignKey("form_submission.id"))
    #: None for a form that came from another station through the feed.
    event_id: Mapped[str | None] = mapped_column(ForeignKey("event.id"))
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: Personal answers as another station showed them, masked (it kept the real ones).
    masked_answers: Mapped[str | None] = mapped_column(Text)


class OfficerRow(Base):
    """A counter officer (petugas) who signs in with a PIN; managed by the hall admin."""

    __tablename__ = "officer"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    #: The name folded for lookup, so "Siti" and "siti " are one officer.
    name_key: Mapped[str] = mapped_column(String(80), unique=True)
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AttendanceRow(Base):
    """One sign-in of an officer at a counter of this station, until the sign-out."""

    __tablename__ = "attendance"
    __table_args__ = (Index("ix_attendance_open", "signed_out_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    officer_id: Mapped[str] = mapped_column(String(36))
    officer_name: Mapped[str] = mapped_column(String(80))
    counter_number: Mapped[int] = mapped_column(Integer)
    services: Mapped[str] = mapped_column(Text)  # JSON list of service codes
    signed_in_at: Mapped[datetime] = mapped_column(UTCDateTime())
    signed_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SurveyResponseRow(Base):
    """A satisfaction survey answered at this station: one per served ticket, anonymous.

    The comment is free text, possibly personal: sealed, and removed in time.
    """

    __tablename__ = "survey_response"
    __table_args__ = (Index("ix_survey_response_day", "service_day"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    ticket_id: Mapped[str] = mapped_column(ForeignKey("ticket.id"), unique=True)
    number: Mapped[str] = mapped_column(String(32))
    service_code: Mapped[str] = mapped_column(String(24))
    agency_code: Mapped[str | None] = mapped_column(String(24))
    counter_number: Mapped[int | None] = mapped_column(Integer)
    officer_name: Mapped[str | None] = mapped_column(String(80))
    service_day: Mapped[date] = mapped_column(Date)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: The nine answers U1…U9 (1–4), comma-separated in order.
    scores: Mapped[str] = mapped_column(String(17))
    age_group: Mapped[str | None] = mapped_column(String(8))
    sex: Mapped[str | None] = mapped_column(String(1))
    education: Mapped[str | None] = mapped_column(String(8))
    occupation: Mapped[str | None] = mapped_column(String(12))
    sealed_comment: Mapped[bytes | None] = mapped_column(LargeBinary)
    event_id: Mapped[str] = mapped_column(ForeignKey("event.id"))
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: Another station's answer to the same ticket came first on the server: this one
    #: is not counted (the server kept the other).
    lost_to: Mapped[str | None] = mapped_column(String(36))


class SurveySeenRow(Base):
    """A ticket answered at another station (from the feed): it cannot be answered here."""

    __tablename__ = "survey_seen"

    ticket_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    survey_id: Mapped[str] = mapped_column(String(36))
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ComplaintRow(Base):
    """A complaint filed at this station. Its text and contact are sealed, and removed in
    time; the tracking number is the citizen's key to the answer."""

    __tablename__ = "complaint"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    tracking: Mapped[str] = mapped_column(String(16), unique=True)
    agency_code: Mapped[str] = mapped_column(String(24))
    category: Mapped[str] = mapped_column(String(32))
    #: {"text": …, "contact": …} sealed with the station's key; None once purged.
    sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    contact_kind: Mapped[str | None] = mapped_column(String(8))
    ticket_id: Mapped[str | None] = mapped_column(String(36))
    ticket_number: Mapped[str | None] = mapped_column(String(32))
    filed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    event_id: Mapped[str] = mapped_column(ForeignKey("event.id"))
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
