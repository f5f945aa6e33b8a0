"""Personal data in outbox events: sealed for the server, removed once it is no longer needed.

A complaint's text and contact and a survey comment travel to the hall's server inside
their event, sealed with the hall's key (`kiosk.storage.hall_seal`) under the payload key
`sealed`. Once the server has acknowledged the event it is never sent again, so after the
retention period the sealed part is removed from the stored event too.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from kiosk.storage.models import EventRow

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
