"""form submissions: answers kept with their ticket, personal ones sealed

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "form_submission",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("ticket_id", sa.String(length=36), nullable=False),
        sa.Column("form_id", sa.String(length=24), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("public_answers", sa.Text(), nullable=False),
        sa.Column("sealed_answers", sa.LargeBinary(), nullable=True),
        sa.Column("replaces_id", sa.String(length=36), nullable=True),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("purged_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"]),
        sa.ForeignKeyConstraint(["replaces_id"], ["form_submission.id"]),
        sa.ForeignKeyConstraint(["ticket_id"], ["ticket.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("form_submission", schema=None) as batch_op:
        batch_op.create_index("ix_form_submission_ticket", ["ticket_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("form_submission", schema=None) as batch_op:
        batch_op.drop_index("ix_form_submission_ticket")
    op.drop_table("form_submission")
