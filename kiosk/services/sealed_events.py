"""Personal data in outbox events: sealed for the server, removed once it is no longer needed.

A complaint's text and contact and a survey comment travel to the hall's server inside
their event, sealed with the hall's key (`kiosk.storage.hall_seal`) under the payload key
`sealed`. Once the server has acknowledged the event it is never sent again, so after the
retention period the sealed part is removed from the stored event too.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.storage.models import ComplaintRow, EventRow, SurveyResponseRow

PurgedRow = ComplaintRow | SurveyResponseRow

SEALED_KEY = "sealed"


def due(synced_at: datetime | None, kept_for: timedelta, now: datetime) -> bool:
    """Whether data the server acknowledged at `synced_at` has been kept long enough."""
    return synced_at is not None and synced_at + kept_for <= now


def scrub_sealed(session: Session, event_id: str) -> None:
    """Remove the sealed part of an event's payload (an event the server already has)."""
    event = session.get(EventRow, event_id)
    if event is None:
        return
    payload = json.loads(event.payload)
    if payload.get(SEALED_KEY) is not None:
        payload[SEALED_KEY] = None
        event.payload = json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)


def purge_due(
    session: Session,
    row_type: type[ComplaintRow] | type[SurveyResponseRow],
    clear: Callable[[PurgedRow], None],
    kept_for: timedelta,
    now: datetime,
) -> int:
    """Clear (with `clear`) the personal part of rows whose event the server has had for
    `kept_for`, and scrub it from their events; returns how many."""
    rows = session.execute(
        select(row_type, EventRow.synced_at)
        .join(EventRow, EventRow.id == row_type.event_id)
        .where(row_type.purged_at.is_(None), EventRow.synced_at.is_not(None))
    )
    purged = 0
    for found, synced_at in rows:
        row = cast(PurgedRow, found)
        if due(synced_at, kept_for, now):
            clear(row)
            row.purged_at = now
            scrub_sealed(session, row.event_id)
            purged += 1
    return purged
