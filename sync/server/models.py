"""Tables of the server database (one hall per server), as typed ORM classes.

The server runs Core statements against these tables (bulk inserts, compare-and-set
updates); the classes give the statements their columns and types.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sync.server.types import UTCDateTime

#: Tickets that stand in a queue (written out so a partial index can match it).
WAITING = "status IN ('waiting', 'transferred')"
#: A 64-bit key that is SQLite's rowid when it is the primary key.
BigKey = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    """Declarative base of every server table."""

    # Named constraints, so later migrations (batch mode on SQLite) can find them by name.
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(table_name)s_%(column_0_N_name)s",
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


class Station(Base):
    """A kiosk, counter or display of the hall: its enrolment and what the server saw of it."""

    __tablename__ = "station"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    station_id: Mapped[str | None] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(16))
    #: The offline number range of a kiosk or counter; never given twice in a hall.
    slot: Mapped[int | None] = mapped_column(Integer, unique=True)
    code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    code_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    code_used: Mapped[bool] = mapped_column(Boolean, default=False)
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    enrolled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: Highest station sequence number seen, and how many numbered events are stored:
    #: when the two are equal the station has no gaps and the gap query is skipped.
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    seq_count: Mapped[int] = mapped_column(BigInteger, default=0)


class Event(Base):
    """Every event the server stored: pushed by a station, or made by the server (seq NULL).

    `pk` is the insertion order the sequencer numbers by; `id` is the event's UUID.
    `feed_seq` stays NULL until the sequencer puts a committed, in-feed event in order.
    """

    __tablename__ = "event"
    __table_args__ = (
        Index("ix_event_station_seq", "station_id", "seq"),
        Index(
            "ix_event_unsequenced",
            "pk",
            sqlite_where=text("feed_seq IS NULL AND in_feed"),
            postgresql_where=text("feed_seq IS NULL AND in_feed"),
        ),
    )

    pk: Mapped[int] = mapped_column(BigKey, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    feed_seq: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    in_feed: Mapped[bool] = mapped_column(Boolean)
    station_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int | None] = mapped_column(BigInteger)
    type: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    content_hash: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(10))


class Ticket(Base):
    """The server's current state of a ticket, built from `ticket.*` events and calls."""

    __tablename__ = "ticket"
    __table_args__ = (
        # By prefix: a transferred ticket keeps its number at its new service.
        UniqueConstraint("service_day", "prefix", "number"),
        Index("ix_ticket_queue", "service_day", "service_code", "status"),
        # The queues' heads: waiting tickets in calling order (few rows, read at every call).
        Index(
            "ix_ticket_waiting",
            "service_day",
            "queued_at",
            "number",
            "id",
            sqlite_where=text(WAITING),
            postgresql_where=text(WAITING),
        ),
        # The latest calls of a day, for the priority streak.
        Index("ix_ticket_calls", "service_day", "called_at"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    service_code: Mapped[str] = mapped_column(String(24))
    service_day: Mapped[date] = mapped_column(Date)
    prefix: Mapped[str] = mapped_column(String(24))
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    priority: Mapped[str | None] = mapped_column(String(16))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    called_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    counter: Mapped[int | None] = mapped_column(Integer)
    recall_count: Mapped[int] = mapped_column(Integer, default=0)
    print_failed: Mapped[bool] = mapped_column(Boolean, default=False)
    serving_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    station_id: Mapped[str] = mapped_column(String(36))
    last_event_id: Mapped[str] = mapped_column(String(36))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    outcome: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(String(200))
    #: The service it was issued for, once transferred away from it.
    origin_service: Mapped[str | None] = mapped_column(String(24))
    #: Transferred to one counter: only that counter's "call next" takes it.
    target_counter: Mapped[int | None] = mapped_column(Integer)


class NumberCounter(Base):
    """The last ticket number leased for a service on a hall day."""

    __tablename__ = "number_counter"
    __table_args__ = (PrimaryKeyConstraint("service_code", "service_day"),)

    service_code: Mapped[str] = mapped_column(String(24))
    service_day: Mapped[date] = mapped_column(Date)
    last_number: Mapped[int] = mapped_column(Integer)


class NumberLease(Base):
    """A block of numbers given to a station; a retried request finds its blocks here."""

    __tablename__ = "number_lease"
    __table_args__ = (PrimaryKeyConstraint("request_id", "service_code"),)

    request_id: Mapped[str] = mapped_column(String(36))
    service_code: Mapped[str] = mapped_column(String(24))
    station_pk: Mapped[int] = mapped_column(ForeignKey("station.pk"))
    service_day: Mapped[date] = mapped_column(Date)
    first_number: Mapped[int] = mapped_column(Integer)
    last_number: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Conflict(Base):
    """A merge conflict kept for a supervisor: a double call, a number clash."""

    __tablename__ = "conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    ticket_id: Mapped[str | None] = mapped_column(String(64))
    event_id: Mapped[str] = mapped_column(String(36))
    detail: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CatalogueFile(Base):
    """An imported catalogue file; the newest row is the hall's current catalogue."""

    __tablename__ = "catalogue"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64))
    toml: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AdminToken(Base):
    """The hash of an administrator's token (`mpp-server admin-token`)."""

    __tablename__ = "admin_token"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Setting(Base):
    """Small server state by name (the hall key)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SurveyResponse(Base):
    """A satisfaction survey answer: the first one to reach the server for its ticket."""

    __tablename__ = "survey_response"
    __table_args__ = (Index("ix_survey_response_day", "service_day"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: One answer per ticket; a later one is a `survey_twice` conflict.
    ticket_id: Mapped[str] = mapped_column(String(64), unique=True)
    station_id: Mapped[str] = mapped_column(String(36))
    number: Mapped[str] = mapped_column(String(32))
    service_code: Mapped[str] = mapped_column(String(24))
    agency_code: Mapped[str | None] = mapped_column(String(24))
    counter: Mapped[int | None] = mapped_column(Integer)
    officer: Mapped[str | None] = mapped_column(String(80))
    service_day: Mapped[date] = mapped_column(Date)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    u1: Mapped[int] = mapped_column(SmallInteger)
    u2: Mapped[int] = mapped_column(SmallInteger)
    u3: Mapped[int] = mapped_column(SmallInteger)
    u4: Mapped[int] = mapped_column(SmallInteger)
    u5: Mapped[int] = mapped_column(SmallInteger)
    u6: Mapped[int] = mapped_column(SmallInteger)
    u7: Mapped[int] = mapped_column(SmallInteger)
    u8: Mapped[int] = mapped_column(SmallInteger)
    u9: Mapped[int] = mapped_column(SmallInteger)
    age_group: Mapped[str | None] = mapped_column(String(8))
    sex: Mapped[str | None] = mapped_column(String(1))
    education: Mapped[str | None] = mapped_column(String(8))
    occupation: Mapped[str | None] = mapped_column(String(12))
    #: Free text, possibly personal: the admin's to read, never in the feed or a report.
    comment: Mapped[str | None] = mapped_column(Text)
    event_id: Mapped[str] = mapped_column(String(36))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Complaint(Base):
    """A complaint filed at a station, and the hall's answer to it."""

    __tablename__ = "complaint"
    __table_args__ = (Index("ix_complaint_status", "status", "filed_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    tracking: Mapped[str] = mapped_column(String(16), unique=True)
    station_id: Mapped[str] = mapped_column(String(36))
    agency_code: Mapped[str] = mapped_column(String(24))
    category: Mapped[str] = mapped_column(String(32))
    text: Mapped[str | None] = mapped_column(Text)
    #: Personal data: shown only to the admin API and CLI.
    contact: Mapped[str | None] = mapped_column(String(254))
    contact_kind: Mapped[str | None] = mapped_column(String(8))
    unreadable: Mapped[bool] = mapped_column(Boolean)
    ticket_id: Mapped[str | None] = mapped_column(String(64))
    ticket_number: Mapped[str | None] = mapped_column(String(32))
    filed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(16))
    answer: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    event_id: Mapped[str] = mapped_column(String(36))
