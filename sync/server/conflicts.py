"""Merge conflicts kept for a supervisor, with words that name the counters and stations."""

from __future__ import annotations

from sqlalchemy import Connection, select

from sync.protocol import ConflictOut, TicketState
from sync.server.models import Conflict, Station, Ticket


def station_name(conn: Connection, station_id: str | None) -> str:
    """A station's name for people, or its id when the server does not know it."""
    if station_id is None:
        return "?"
    name = conn.scalar(select(Station.name).where(Station.station_id == station_id))
    return name if name is not None else station_id


def double_call_detail(
    conn: Connection, winner: TicketState, loser_counter: int | None, loser_station: str
) -> str:
    """Both languages: who has the ticket and whose call lost."""
    loser = station_name(conn, loser_station)
    first = winner.counter if winner.counter is not None else "?"
    second = loser_counter if loser_counter is not None else "?"
    return (
        f"{winner.number} sudah dipanggil loket {first}; panggilan loket {second} ({loser}) "
        f"kalah / {winner.number} already called by counter {first}; the call of counter "
        f"{second} ({loser}) lost"
    )


def number_clash_detail(conn: Connection, state: TicketState, holder: str, station_id: str) -> str:
    """Both languages: which number clashed, which station holds it, whose ticket lost."""
    holder_station = conn.scalar(select(Ticket.station_id).where(Ticket.id == holder))
    held_by = station_name(conn, holder_station)
    loser = station_name(conn, station_id)
    what = f"{state.number} ({state.service}, {state.service_day.isoformat()})"
    return (
        f"Nomor {what} sudah dipakai tiket lain dari {held_by}; tiket dari {loser} tidak "
        f"diterima / number {what} is already used by another ticket from {held_by}; "
        f"the ticket from {loser} was not taken"
    )


def list_conflicts(conn: Connection, include_resolved: bool = False) -> list[ConflictOut]:
    """Conflicts, oldest first (unresolved ones only, unless asked)."""
    query = select(Conflict.__table__).order_by(Conflict.id)
    if not include_resolved:
        query = query.where(Conflict.resolved_at.is_(None))
    return [
        ConflictOut(
            id=row.id,
            kind=row.kind,
            ticket_id=row.ticket_id,
            event_id=row.event_id,
            detail=row.detail,
            created_at=row.created_at,
        )
        for row in conn.execute(query)
    ]
