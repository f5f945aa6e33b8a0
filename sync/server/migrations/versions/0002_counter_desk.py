"""counter desk: a ticket's outcome, note, first service and target counter; numbers by prefix

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A transferred ticket moves to another service and keeps its printed number: a
    # number is unique by its prefix (one per service in the catalogue), not by service.
    with op.batch_alter_table("ticket") as batch_op:
        batch_op.drop_constraint("uq_ticket_service_code_service_day_number", type_="unique")
        batch_op.create_unique_constraint(
            "uq_ticket_service_day_prefix_number", ["service_day", "prefix", "number"]
        )
        batch_op.add_column(sa.Column("outcome", sa.String(16), nullable=True))
        batch_op.add_column(sa.Column("note", sa.String(200), nullable=True))
        batch_op.add_column(sa.Column("origin_service", sa.String(24), nullable=True))
        batch_op.add_column(sa.Column("target_counter", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("ticket") as batch_op:
        batch_op.drop_column("target_counter")
        batch_op.drop_column("origin_service")
        batch_op.drop_column("note")
        batch_op.drop_column("outcome")
        batch_op.drop_constraint("uq_ticket_service_day_prefix_number", type_="unique")
        batch_op.create_unique_constraint(
            "uq_ticket_service_code_service_day_number", ["service_code", "service_day", "number"]
        )
