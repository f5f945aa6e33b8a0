"""The station's side of sync, without the network: what to send, what came back, applying
the server's feed, and the numbers leased to this station. `sync/client` drives it.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update

from kiosk.clock import Clock
from kiosk.domain.ticket import TicketStatus
from kiosk.services.form_service import apply_form
from kiosk.services.numbering import SLOT_KEY
from kiosk.services.officer_service import apply_officer
from kiosk.services.survey_service import apply_survey_recorded
from kiosk.services.ticket_events import BadSnapshot, ticket_from_payload
from kiosk.storage.models import AppliedEventRow, EventRow, NumberBlockRow
from kiosk.storage.store import Store
from kiosk.storage.uow import UnitOfWork

log = logging.getLogger(__name__)

CURSOR_KEY = "sync.cursor"
ENROLLED_KEY = "sync.enrolled_at"
LAST_SUCCESS_KEY = "sync.last_success"
APPLIED_KEPT = timedelta(days=2)
#: Events whose payload is the ticket's whole state after the change.
_SNAPSHOT_TYPES = frozenset(
    {f"ticket.{status.value}" for status in TicketStatus} | {"ticket.recalled"}
)

_FORM_TYPES = frozenset({"form.submitted", "form.corrected"})


@dataclass(frozen=True, slots=True)
class OutgoingEvent:
    """An outbox event as it is pushed; the payload stays the JSON text it was stored as."""

    id: str
    station_id: str
    seq: int
    type: str
    payload_json: str
    occurred_at: datetime
    occurred_local: str

    @property
    def payload(self) -> dict[str, Any]:
        """The payload, parsed."""
        parsed: dict[str, Any] = json.loads(self.payload_json)
        return parsed


@dataclass(frozen=True, slots=True)
class RemoteEvent:
    """An event of the server's change feed. `seq` None: the server made it (a call, a conflict)."""

    feed_seq: int
    id: str
    station_id: str
    seq: int | None
    type: str
    payload: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class QuarantinedEvent:
    """An event the server refused for good, kept for the admin."""

    id: str
    seq: int
    type: str
    occurred_at: datetime
    reason: str


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the admin menu and `mpp-kiosk sync status` show."""

    enrolled: bool
    slot: int | None
    backlog: int
    quarantined: int
    cursor: int
    last_success: datetime | None


class SyncLedger:
    """Reads and writes the station's sync state, each call one short transaction."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    @property
    def station_id(self) -> str:
        """This station's id (the `station_id` of its events)."""
        return self._store.station_id

    def save_enrolment(self, slot: int | None) -> None:
        """Remember that the station is enrolled, and its number slot (None: issues no tickets).

        What belonged to an earlier enrolment goes: the feed cursor and the record of
        applied events (a new server numbers its feed from the start) and unused leased
        numbers (another server may lease them to another kiosk).
        """
        with self._store.uow(write=True) as uow:
            uow.settings.set(ENROLLED_KEY, self._clock.now().isoformat())
            uow.settings.delete(CURSOR_KEY)
            uow.session.execute(delete(AppliedEventRow))
            uow.session.execute(delete(NumberBlockRow))
            if slot is None:
                uow.settings.delete(SLOT_KEY)
            else:
                uow.settings.set(SLOT_KEY, slot)
            uow.commit()

    def status(self) -> SyncStatus:
        """The station's sync figures now."""
        with self._store.uow() as uow:
            quarantined = uow.session.scalar(
                select(func.count()).where(EventRow.quarantined_at.is_not(None))
            )
            success = uow.settings.get(LAST_SUCCESS_KEY)
            return SyncStatus(
                enrolled=uow.settings.get(ENROLLED_KEY) is not None,
                slot=uow.settings.get_int(SLOT_KEY),
                backlog=uow.outbox.pending_count(),
                quarantined=int(quarantined or 0),
                cursor=uow.settings.get_int(CURSOR_KEY, 0) or 0,
                last_success=datetime.fromisoformat(success) if success else None,
            )

    def mark_success(self) -> None:
        """The server answered a whole sync round.

        Also forgets which remote events were applied more than `APPLIED_KEPT` ago: the
        cursor already keeps the feed from bringing them again, the record only guards
        the short time in which a call's reply and the feed both bring its event.
        """
        now = self._clock.now()
        with self._store.uow(write=True) as uow:
            uow.settings.set(LAST_SUCCESS_KEY, now.isoformat())
            uow.session.execute(
                delete(AppliedEventRow).where(AppliedEventRow.applied_at < now - APPLIED_KEPT)
            )
            uow.commit()

    # --- push -----------------------------------------------------------------------

    def outgoing(self, limit: int) -> list[OutgoingEvent]:
        """The oldest events the server has not acknowledged, in sequence order."""
        with self._store.uow() as uow:
            rows = uow.session.execute(
                select(EventRow.__table__)
                .where(EventRow.synced_at.is_(None), EventRow.quarantined_at.is_(None))
                .order_by(EventRow.seq)
                .limit(limit)
            )
            return [
                OutgoingEvent(
                    r.id,
                    r.station_id,
                    r.seq,
                    r.type,
                    r.payload,
                    r.occurred_at,
                    r.occurred_local,
                )
                for r in rows
            ]

    def acknowledge(self, synced: Iterable[str], quarantined: Mapping[str, str]) -> None:
        """Mark events the server holds as synced and set refused ones aside, in one go."""
        now = self._clock.now()
        synced_ids = list(synced)
        with self._store.uow(write=True) as uow:
            if synced_ids:
                uow.session.execute(
                    update(EventRow).where(EventRow.id.in_(synced_ids)).values(synced_at=now)
                )
            for event_id, reason in quarantined.items():
                uow.session.execute(
                    update(EventRow)
                    .where(EventRow.id == event_id)
                    .values(quarantined_at=now, quarantine_reason=reason[:500])
                )
            uow.commit()

    def quarantined(self) -> list[QuarantinedEvent]:
        """Events the server refused, newest first."""
        with self._store.uow() as uow:
            rows = uow.session.scalars(
                select(EventRow)
                .where(EventRow.quarantined_at.is_not(None))
                .order_by(EventRow.seq.desc())
            )
            return [
                QuarantinedEvent(r.id, r.seq, r.type, r.occurred_at, r.quarantine_reason or "")
                for r in rows
            ]

    # --- pull -----------------------------------------------------------------------

    def cursor(self) -> int:
        """The last feed position applied here."""
        with self._store.uow() as uow:
            return uow.settings.get_int(CURSOR_KEY, 0) or 0

    def apply(self, events: Sequence[RemoteEvent], last: int) -> int:
        """Apply a page of the feed and move the cursor to `last`, in one transaction.

        The feed is the server's order, the order of truth. Idempotent: an event
        applied before (by id) is skipped. This station's own events in it prove the
        server has them (they are marked synced even if the push's reply was lost), and
        the newest of them on a ticket is applied again, so a change of another station
        that the server ordered between two of ours cannot stand. A remote change to a
        ticket on which this station has a change the server has not got yet waits: that
        change comes later in the server's order and wins, or the server sends this
        station a `ticket.conflict` with the state that won. Returns how many events
        changed a ticket here.
        """
        now = self._clock.now()
        changed = 0
        with self._store.uow(write=True) as uow:
            seen = _applied(uow, [e.id for e in events])
            own = [e.id for e in events if self._is_own(e)]
            if own:
                uow.session.execute(
                    update(EventRow)
                    .where(EventRow.id.in_(own), EventRow.synced_at.is_(None))
                    .values(synced_at=now)
                )
            for event in events:
                if event.id in seen:
                    continue
                if self._is_own(event):
                    changed += self._apply_own(uow, event)
                    continue
                changed += self._apply_remote(uow, event)
                uow.session.add(
                    AppliedEventRow(id=event.id, feed_seq=event.feed_seq, applied_at=now)
                )
                seen.add(event.id)
            if last > (uow.settings.get_int(CURSOR_KEY, 0) or 0):
                uow.settings.set(CURSOR_KEY, last)
            uow.commit()
        return changed

    def _is_own(self, event: RemoteEvent) -> bool:
        return event.station_id == self.station_id and event.seq is not None

    def _apply_own(self, uow: UnitOfWork, event: RemoteEvent) -> int:
        if event.type not in _SNAPSHOT_TYPES:
            return 0
        newest = uow.session.scalar(
            select(func.max(EventRow.seq)).where(
                EventRow.subject == event.payload.get("ticket_id"),
                EventRow.station_id == self.station_id,
            )
        )
        if newest is not None and newest != event.seq:
            return 0  # a later change of ours follows in the feed (or is on its way)
        return self._save(uow, event, event.payload)

    def _apply_remote(self, uow: UnitOfWork, event: RemoteEvent) -> int:
        if event.type == "ticket.conflict":
            # Only the station whose change lost must take the winning state; the
            # others had it from the feed already.
            if event.station_id != self.station_id:
                return 0
            return self._save(uow, event, event.payload.get("ticket") or {}, forced=True)
        if event.type == "officer.saved":
            return int(apply_officer(uow, event.payload, self._clock.now()))
        if event.type in _FORM_TYPES:
            return int(apply_form(uow, event.payload, self._clock.now()))
        if event.type == "survey.recorded":
            return int(apply_survey_recorded(uow, event.payload, self._clock.now()))
        if event.type not in _SNAPSHOT_TYPES:
            return 0
        return self._save(uow, event, event.payload)

    def _save(
        self, uow: UnitOfWork, event: RemoteEvent, snapshot: Mapping[str, Any], forced: bool = False
    ) -> int:
        try:
            ticket = ticket_from_payload(snapshot, event.station_id)
        except BadSnapshot as exc:
            log.warning("feed event %s (%s) skipped: %s", event.id, event.type, exc)
            return 0
        present = uow.tickets.get(ticket.id)
        if present is not None and event.type == "ticket.issued":
            return 0  # never step a ticket back to the state it was issued in
        if present is not None and not forced and _unsent_change(uow, ticket.id):
            return 0  # ours is newer in the server's order (see `apply`)
        if present is not None and not snapshot.get("station"):
            ticket = dataclasses.replace(ticket, station_id=present.station_id)
        holder = uow.tickets.holder(ticket.prefix, ticket.service_day, ticket.number)
        if holder is not None and holder != ticket.id:
            log.warning(
                "feed event %s skipped: number %s held by another ticket", event.id, ticket.label
            )
            return 0
        uow.tickets.save(ticket)
        return 1

    # --- numbers --------------------------------------------------------------------

    def number_wants(
        self, day: date, service_codes: Iterable[str], block: int, low: int
    ) -> list[tuple[str, int]]:
        """Services whose leased numbers for `day` fell below `low`, with how many to ask."""
        with self._store.uow() as uow:
            if uow.settings.get_int(SLOT_KEY) is None:
                return []
            left = uow.numbers.remaining(day, service_codes)
        return [(code, block) for code, n in left.items() if n < low]

    def add_blocks(self, blocks: Iterable[tuple[str, date, int, int]]) -> None:
        """Keep leased blocks (service, day, first, last)."""
        with self._store.uow(write=True) as uow:
            for service_code, day, first, last in blocks:
                uow.numbers.add(service_code, day, first, last)
            uow.commit()


def _applied(uow: UnitOfWork, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    rows = uow.session.scalars(select(AppliedEventRow.id).where(AppliedEventRow.id.in_(ids)))
    return set(rows)


def _unsent_change(uow: UnitOfWork, ticket_id: str) -> bool:
    query = select(EventRow.id).where(
        EventRow.subject == ticket_id,
        EventRow.synced_at.is_(None),
        EventRow.quarantined_at.is_(None),
    )
    return uow.session.execute(query.limit(1)).first() is not None
