"""Sequence numbers of a station that the server lacks although later ones arrived.

A station numbers its events 1, 2, 3…; a hole below the highest number seen is an
event lost on the way (or rejected). The query compares each stored number with the
one before it (a window function: SQLite ≥ 3.25 and PostgreSQL both have LAG).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from sync.protocol import SeqGap

#: At most this many gaps are reported at once.
MAX_GAPS = 100

_GAPS = text(
    """
    SELECT prev + 1 AS first, seq - 1 AS last FROM (
        SELECT seq, LAG(seq, 1, 0) OVER (ORDER BY seq) AS prev
        FROM event WHERE station_id = :station_id AND seq IS NOT NULL
    ) AS numbered
    WHERE seq - prev > 1
    ORDER BY first
    LIMIT :limit
    """
)


def station_gaps(conn: Connection, station_id: str, last_seq: int, seq_count: int) -> list[SeqGap]:
    """The station's gaps, oldest first; no query when every number up to the last is stored."""
    # `seq_count` counts stored numbered events: as many as the highest number means no
    # hole (a station that reused a number makes the count larger, and then we look).
    if seq_count == last_seq:
        return []
    rows = conn.execute(_GAPS, {"station_id": station_id, "limit": MAX_GAPS})
    return [SeqGap(first=int(r.first), last=int(r.last)) for r in rows]
