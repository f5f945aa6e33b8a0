"""counter desk: officers and attendance, ticket outcomes and transfers, forms from other stations

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAMING = {
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
}


def upgrade() -> None:
    # A transferred ticket moves to another service but keeps its printed number, so a
    # number is unique by its prefix (one per service in a catalogue), not by service.
    with op.batch_alter_table("ticket", naming_convention=NAMING) as batch_op:
        batch_op.drop_constraint("uq_ticket_number", type_="unique")
        batch_op.create_unique_constraint("uq_ticket_number", ["service_day", "prefix", "number"])
        batch_op.add_column(sa.Column("outcome", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("note", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("origin_service", sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column("target_counter", sa.Integer(), nullable=True))
    # A form filled at a kiosk reaches the counters without its personal answers: they
    # arrive masked, and such a row has no event of this station.
    with op.batch_alter_table("form_submission", naming_convention=NAMING) as batch_op:
        batch_op.alter_column("event_id", existing_type=sa.String(length=36), nullable=True)
        batch_op.add_column(sa.Column("masked_answers", sa.Text(), nullable=True))
    op.create_table(
        "officer",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("name_key", sa.String(length=80), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name_key", name="uq_officer_name_key"),
    )
    op.create_table(
        "attendance",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=False),
        sa.Column("officer_name", sa.String(length=80), nullable=False),
        sa.Column("counter_number", sa.Integer(), nullable=False),
        sa.Column("services", sa.Text(), nullable=False),
        sa.Column("signed_in_at", sa.String(length=32), nullable=False),
        sa.Column("signed_out_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_attendance_open", "attendance", ["signed_out_at"])


def downgrade() -> None:
    op.drop_index("ix_attendance_open", table_name="attendance")
    op.drop_table("attendance")
    op.drop_table("officer")
    with op.batch_alter_table("form_submission") as batch_op:
        batch_op.drop_column("masked_answers")
    with op.batch_alter_table("ticket") as batch_op:
        batch_op.drop_column("target_counter")
        batch_op.drop_column("origin_service")
        batch_op.drop_column("note")
        batch_op.drop_column("outcome")
        batch_op.drop_constraint("uq_ticket_number", type_="unique")
        batch_op.create_unique_constraint(
            "uq_ticket_number", ["service_code", "service_day", "number"]
        )
