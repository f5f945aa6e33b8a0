"""satisfaction survey: the first answer per ticket, with its nine scores and profile

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from sync.server.types import UTCDateTime

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "survey_response",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("ticket_id", sa.String(64), nullable=False),
        sa.Column("station_id", sa.String(36), nullable=False),
        sa.Column("number", sa.String(32), nullable=False),
        sa.Column("service_code", sa.String(24), nullable=False),
        sa.Column("agency_code", sa.String(24), nullable=True),
        sa.Column("counter", sa.Integer(), nullable=True),
        sa.Column("officer", sa.String(80), nullable=True),
        sa.Column("service_day", sa.Date(), nullable=False),
        sa.Column("answered_at", UTCDateTime(), nullable=False),
        *(sa.Column(f"u{i}", sa.SmallInteger(), nullable=False) for i in range(1, 10)),
        sa.Column("age_group", sa.String(8), nullable=True),
        sa.Column("sex", sa.String(1), nullable=True),
        sa.Column("education", sa.String(8), nullable=True),
        sa.Column("occupation", sa.String(12), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_survey_response"),
        sa.UniqueConstraint("ticket_id", name="uq_survey_response_ticket_id"),
    )
    op.create_index("ix_survey_response_day", "survey_response", ["service_day"])


def downgrade() -> None:
    op.drop_index("ix_survey_response_day", table_name="survey_response")
    op.drop_table("survey_response")
