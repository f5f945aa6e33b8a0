"""complaints filed at this station: tracking number, sealed text and contact

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "complaint",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("tracking", sa.String(length=16), nullable=False),
        sa.Column("agency_code", sa.String(length=24), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=True),
        sa.Column("contact_kind", sa.String(length=8), nullable=True),
        sa.Column("ticket_id", sa.String(length=36), nullable=True),
        sa.Column("ticket_number", sa.String(length=32), nullable=True),
        sa.Column("filed_at", sa.String(length=32), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("purged_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("tracking", name="uq_complaint_tracking"),
    )


def downgrade() -> None:
    op.drop_table("complaint")
