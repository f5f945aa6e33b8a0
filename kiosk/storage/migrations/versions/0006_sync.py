"""sync: tickets of other stations, applied remote events, leased numbers, quarantine

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The first migration left its foreign keys unnamed; batch mode names them on reflection.
NAMING = {"fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"}


def upgrade() -> None:
    # A counter holds the kiosks' tickets too: a ticket's station is no longer this one.
    with op.batch_alter_table("ticket", naming_convention=NAMING) as batch_op:
        batch_op.drop_constraint("fk_ticket_station_id_station", type_="foreignkey")
    with op.batch_alter_table("event", naming_convention=NAMING) as batch_op:
        batch_op.add_column(sa.Column("subject", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("quarantined_at", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("quarantine_reason", sa.String(length=500), nullable=True))
        batch_op.create_index("ix_event_subject", ["subject"], unique=False)
    op.create_table(
        "applied_event",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("feed_seq", sa.Integer(), nullable=False),
        sa.Column("applied_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "number_block",
        sa.Column("service_code", sa.String(length=24), nullable=False),
        sa.Column("service_day", sa.Date(), nullable=False),
        sa.Column("first", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.Column("next_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("service_code", "service_day", "first"),
    )


def downgrade() -> None:
    op.drop_table("number_block")
    op.drop_table("applied_event")
    with op.batch_alter_table("event") as batch_op:
        batch_op.drop_index("ix_event_subject")
        batch_op.drop_column("quarantine_reason")
        batch_op.drop_column("quarantined_at")
        batch_op.drop_column("subject")
    with op.batch_alter_table("ticket") as batch_op:
        batch_op.create_foreign_key(
            "fk_ticket_station_id_station", "station", ["station_id"], ["id"]
        )
