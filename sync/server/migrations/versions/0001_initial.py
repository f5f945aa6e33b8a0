"""initial: stations, events and the feed, tickets, numbers, conflicts, catalogue, settings

Revision ID: 0001
Revises:
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from sync.server.types import UTCDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BigKey = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UNSEQUENCED = sa.text("feed_seq IS NULL AND in_feed")
WAITING = sa.text("status IN ('waiting', 'transferred')")


def upgrade() -> None:
    op.create_table(
        "station",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.String(36), nullable=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=True),
        sa.Column("code_hash", sa.String(64), nullable=True),
        sa.Column("code_expires_at", UTCDateTime(), nullable=True),
        sa.Column("code_used", sa.Boolean(), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("enrolled_at", UTCDateTime(), nullable=True),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
        sa.Column("last_seen_at", UTCDateTime(), nullable=True),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("seq_count", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_station"),
        sa.UniqueConstraint("station_id", name="uq_station_station_id"),
        sa.UniqueConstraint("slot", name="uq_station_slot"),
        sa.UniqueConstraint("code_hash", name="uq_station_code_hash"),
        sa.UniqueConstraint("token_hash", name="uq_station_token_hash"),
    )
    op.create_table(
        "event",
        sa.Column("pk", BigKey, nullable=False, autoincrement=True),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("feed_seq", sa.BigInteger(), nullable=True),
        sa.Column("in_feed", sa.Boolean(), nullable=False),
        sa.Column("station_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=True),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("occurred_at", UTCDateTime(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("outcome", sa.String(10), nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_event"),
        sa.UniqueConstraint("id", name="uq_event_id"),
        sa.UniqueConstraint("feed_seq", name="uq_event_feed_seq"),
    )
    op.create_index("ix_event_station_seq", "event", ["station_id", "seq"])
    op.create_index(
        "ix_event_unsequenced",
        "event",
        ["pk"],
        sqlite_where=UNSEQUENCED,
        postgresql_where=UNSEQUENCED,
    )
    op.create_table(
        "ticket",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("service_code", sa.String(24), nullable=False),
        sa.Column("service_day", sa.Date(), nullable=False),
        sa.Column("prefix", sa.String(24), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("priority", sa.String(16), nullable=True),
        sa.Column("issued_at", UTCDateTime(), nullable=False),
        sa.Column("queued_at", UTCDateTime(), nullable=False),
        sa.Column("called_at", UTCDateTime(), nullable=True),
        sa.Column("counter", sa.Integer(), nullable=True),
        sa.Column("recall_count", sa.Integer(), nullable=False),
        sa.Column("print_failed", sa.Boolean(), nullable=False),
        sa.Column("serving_at", UTCDateTime(), nullable=True),
        sa.Column("finished_at", UTCDateTime(), nullable=True),
        sa.Column("station_id", sa.String(36), nullable=False),
        sa.Column("last_event_id", sa.String(36), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_ticket"),
        sa.UniqueConstraint(
            "service_code",
            "service_day",
            "number",
            name="uq_ticket_service_code_service_day_number",
        ),
    )
    op.create_index("ix_ticket_queue", "ticket", ["service_day", "service_code", "status"])
    op.create_index(
        "ix_ticket_waiting",
        "ticket",
        ["service_day", "queued_at", "number", "id"],
        sqlite_where=WAITING,
        postgresql_where=WAITING,
    )
    op.create_index("ix_ticket_calls", "ticket", ["service_day", "called_at"])
    op.create_table(
        "number_counter",
        sa.Column("service_code", sa.String(24), nullable=False),
        sa.Column("service_day", sa.Date(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("service_code", "service_day", name="pk_number_counter"),
    )
    op.create_table(
        "number_lease",
        sa.Column("request_id", sa.String(36), nullable=False),
        sa.Column("service_code", sa.String(24), nullable=False),
        sa.Column("station_pk", sa.Integer(), nullable=False),
        sa.Column("service_day", sa.Date(), nullable=False),
        sa.Column("first_number", sa.Integer(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("request_id", "service_code", name="pk_number_lease"),
        sa.ForeignKeyConstraint(
            ["station_pk"], ["station.pk"], name="fk_number_lease_station_pk_station"
        ),
    )
    op.create_table(
        "conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("ticket_id", sa.String(64), nullable=True),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("resolved_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_conflict"),
    )
    op.create_table(
        "catalogue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(40), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("toml", sa.Text(), nullable=False),
        sa.Column("imported_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_catalogue"),
    )
    op.create_table(
        "admin_token",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_admin_token"),
        sa.UniqueConstraint("token_hash", name="uq_admin_token_token_hash"),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_setting"),
    )


def downgrade() -> None:
    for table in (
        "setting",
        "admin_token",
        "catalogue",
        "conflict",
        "number_lease",
        "number_counter",
        "ticket",
        "event",
        "station",
    ):
        op.drop_table(table)
