"""How many rows each server table holds: a bad request must leave every count as it was."""

from __future__ import annotations

from sqlalchemy import func, select

from sync.server.models import Base
from sync.server.state import ServerState


def row_counts(state: ServerState) -> dict[str, int]:
    """Rows per table."""
    with state.db.read() as conn:
        return {
            name: int(conn.scalar(select(func.count()).select_from(table)) or 0)
            for name, table in Base.metadata.tables.items()
        }
