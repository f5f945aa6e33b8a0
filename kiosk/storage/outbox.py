"""The outbox: every change of state is an event, written in the change's own transaction."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kiosk.clock import local
from kiosk.storage.models import EventRow, StationRow


class Outbox:
    """Appends events with this station's next sequence number."""

    def __init__(self, session: Session, station_id: str) -> None:
        self._session = session
        self._station_id = station_id

    def add(self, event_type: str, payload: Mapping[str, Any], now: datetime) -> EventRow:
        """Record an event; it commits or rolls back with the caller's transaction."""
        seq = self._take_seq()
        row = EventRow(
            id=str(uuid.uuid4()),
            station_id=self._station_id,
            seq=seq,
            type=event_type,
            payload=json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str),
            occurred_at=now,
            occurred_local=local(now).isoformat(timespec="seconds"),
            subject=_subject(payload),
        )
        self._session.add(row)
        return row

    def pending_count(self) -> int:
        """Events not yet acknowledged by the server (quarantined ones are not waiting)."""
        query = (
            select(func.count())
            .select_from(EventRow)
            .where(EventRow.synced_at.is_(None), EventRow.quarantined_at.is_(None))
        )
        return self._session.scalar(query) or 0

    def _take_seq(self) -> int:
        seq = self._session.execute(
            update(StationRow)
            .where(StationRow.id == self._station_id)
            .values(next_event_seq=StationRow.next_event_seq + 1)
            .returning(StationRow.next_event_seq)
        ).scalar_one()
        return int(seq) - 1


def _subject(payload: Mapping[str, Any]) -> str | None:
    ticket_id = payload.get("ticket_id")
    return ticket_id if isinstance(ticket_id, str) else None
