"""satisfaction survey: one anonymous answer per served ticket, and tickets answered elsewhere

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "survey_response",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("ticket_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("service_code", sa.String(length=24), nullable=False),
        sa.Column("agency_code", sa.String(length=24), nullable=True),
        sa.Column("counter_number", sa.Integer(), nullable=True),
        sa.Column("officer_name", sa.String(length=80), nullable=True),
        sa.Column("service_day", sa.Date(), nullable=False),
        sa.Column("answered_at", sa.String(length=32), nullable=False),
        sa.Column("scores", sa.String(length=17), nullable=False),
        sa.Column("age_group", sa.String(length=8), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("education", sa.String(length=8), nullable=True),
        sa.Column("occupation", sa.String(length=12), nullable=True),
        sa.Column("sealed_comment", sa.LargeBinary(), nullable=True),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("purged_at", sa.String(length=32), nullable=True),
        sa.Column("lost_to", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"]),
        sa.ForeignKeyConstraint(["ticket_id"], ["ticket.id"]),
        sa.PrimaryKeyConstraint("id"),
        # One answer per ticket, also when two are written at once.
        sa.UniqueConstraint("ticket_id", name="uq_survey_response_ticket_id"),
    )
    op.create_index("ix_survey_response_day", "survey_response", ["service_day"])
    op.create_table(
        "survey_seen",
        sa.Column("ticket_id", sa.String(length=36), nullable=False),
        sa.Column("survey_id", sa.String(length=36), nullable=False),
        sa.Column("seen_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("ticket_id"),
    )


def downgrade() -> None:
    op.drop_table("survey_seen")
    op.drop_index("ix_survey_response_day", table_name="survey_response")
    op.drop_table("survey_response")
