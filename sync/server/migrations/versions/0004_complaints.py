"""complaints: the citizen's text and contact (admin only), status and the hall's answer

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from sync.server.types import UTCDateTime

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "complaint",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("tracking", sa.String(16), nullable=False),
        sa.Column("station_id", sa.String(36), nullable=False),
        sa.Column("agency_code", sa.String(24), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("contact", sa.String(254), nullable=True),
        sa.Column("contact_kind", sa.String(8), nullable=True),
        sa.Column("unreadable", sa.Boolean(), nullable=False),
        sa.Column("ticket_id", sa.String(64), nullable=True),
        sa.Column("ticket_number", sa.String(32), nullable=True),
        sa.Column("filed_at", UTCDateTime(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("answered_at", UTCDateTime(), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_complaint"),
        sa.UniqueConstraint("tracking", name="uq_complaint_tracking"),
    )
    op.create_index("ix_complaint_status", "complaint", ["status", "filed_at"])


def downgrade() -> None:
    op.drop_index("ix_complaint_status", table_name="complaint")
    op.drop_table("complaint")
