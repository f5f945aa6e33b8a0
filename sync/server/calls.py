"""Calling tickets to counters, arbitrated by the server so that no ticket is called twice.

Every call is a compare-and-set on the ticket row: `status` moves to `called` only
if it is still waiting (or transferred, or held by the calling counter), so of two
counters calling one ticket exactly one changes the row; the other is told who has
it (`lost`) and, when it named its services, gets the next ticket instead.

"Call next" follows the hall's calling order (`kiosk.domain.queue.calling_order`:
FIFO, priority first but at most MAX_PRIORITY_STREAK priority calls in a row). The
order only ever takes the head of the priority queue or the head of the regular
one, so the server asks the domain which queue goes first for the current streak
and takes that queue's head, or the other's when it is empty. Taking the head is
one statement: an UPDATE of the row its sub-select picks. On PostgreSQL the
sub-select locks with `FOR UPDATE SKIP LOCKED`, so 50 counters calling at once each
get the next free ticket instead of queueing behind one row lock, and nobody locks
the whole queue (which would make the others see an empty one).

The won call is written as a server-made `ticket.called` event whose id is the
request id. A retried request collides with that id: its transaction is undone and
the stored answer is returned, so a retry never calls a second citizen. The reply's
event has `feed_seq` 0: the sequencer numbers it right after the commit, and every
station (the caller too) sees it in the feed under its number.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import BindParameter, Boolean, Connection, Date, Row, bindparam, text
from sqlalchemy.exc import IntegrityError

from kiosk.domain.queue import MAX_PRIORITY_STREAK, QueueEntry, calling_order, priority_streak
from sync.protocol import CallReply, CallRequest, FeedEvent, LostCall, TicketState, event_hash
from sync.server.auth import ACTIVE, StationAuth, revoked
from sync.server.db import Database
from sync.server.errors import ApiError
from sync.server.models import WAITING, Event, Ticket
from sync.server.tickets import payload_of, state_of
from sync.server.types import UTCDateTime

_SET_CALLED = f"""
    UPDATE ticket SET status = 'called', counter = :counter, called_at = :now,
        recall_count = 0, serving_at = NULL, finished_at = NULL, target_counter = NULL,
        last_event_id = :request_id, updated_at = :now
    WHERE ({WAITING} OR (status = 'held' AND counter = :counter)) AND id = {{target}}
    RETURNING *
"""
_HEAD = f"""(
    SELECT id FROM ticket
    WHERE service_day = :day AND service_code IN :services AND {WAITING}
        AND priority IS {{priority}} AND (target_counter IS NULL OR target_counter = :counter)
    ORDER BY queued_at, number, id LIMIT 1 {{lock}}
)"""
_NOW = bindparam("now", type_=UTCDateTime())
_DAY = bindparam("day", type_=Date())
_SERVICES: BindParameter[list[str]] = bindparam("services", expanding=True)


def _set_called(target: str, *binds: Any) -> Any:
    statement = text(_SET_CALLED.format(target=target)).bindparams(_NOW, *binds)
    return statement.columns(*Ticket.__table__.c)


_CALL_ID = _set_called(":ticket_id")
#: Take the head of a queue: [priority?, locking?] → statement.
_CALL_HEAD = {
    (priority, lock): _set_called(
        _HEAD.format(
            priority="NOT NULL" if priority else "NULL",
            lock="FOR UPDATE SKIP LOCKED" if lock else "",
        ),
        _DAY,
        _SERVICES,
    )
    for priority in (True, False)
    for lock in (True, False)
}
_STREAK = text(
    """
    SELECT priority FROM ticket
    WHERE service_day = :day AND service_code IN :services AND called_at IS NOT NULL
    ORDER BY called_at DESC LIMIT :n
    """
).bindparams(_SERVICES, _DAY)
_TICKET = text("SELECT * FROM ticket WHERE id = :id").columns(*Ticket.__table__.c)
_EVENT = text("SELECT * FROM event WHERE id = :id").columns(*Event.__table__.c)
# The event goes in only while the station is not revoked: the check costs no query.
_INSERT_EVENT = text(
    f"""
    INSERT INTO event (id, in_feed, station_id, type, payload, occurred_at, received_at,
        content_hash, outcome)
    SELECT :id, :in_feed, :station_id, 'ticket.called', :payload, :now, :now,
        :content_hash, 'stored'
    WHERE {ACTIVE}
    """
).bindparams(_NOW, bindparam("in_feed", type_=Boolean()))
#: Any instant: only the order of the two probes matters, and they tie on it.
_PROBE_TIME = datetime(2000, 1, 1, tzinfo=UTC)


def call_ticket(
    db: Database, station: StationAuth, request: CallRequest, now: datetime
) -> CallReply:
    """Call a ticket in one write transaction; a retried request gets its first answer."""
    try:
        with db.write() as conn:
            return call(conn, station, request, now, lock=not db.is_sqlite)
    except IntegrityError:
        # The event id (the request id) exists: an earlier try of this request won.
        with db.read() as conn:
            earlier = replay(conn, station, request.request_id)
        if earlier is None:
            raise
        return earlier


def replay(conn: Connection, station: StationAuth, request_id: str) -> CallReply | None:
    """The answer already given to this request id, if it called a ticket."""
    event = _event(conn, request_id)
    if event is None:
        return None
    if event.station_id != station.station_id or event.type != "ticket.called":
        raise ApiError(
            409, "request_id_reused", "this request_id belongs to another event", "request_id"
        )
    return CallReply(called=TicketState.model_validate(event.payload), event=event)


def call(
    conn: Connection, station: StationAuth, request: CallRequest, now: datetime, lock: bool
) -> CallReply:
    """Call `request.ticket_id`, or the next ticket of `request.services`, to the counter."""
    params = {"counter": request.counter, "now": now, "request_id": request.request_id}
    won, lost = None, None  # won: the called ticket's row (its issuer goes in the event)
    if request.ticket_id is not None:
        won = conn.execute(_CALL_ID, {**params, "ticket_id": request.ticket_id}).one_or_none()
        if won is None:
            current = _ticket(conn, request.ticket_id)
            state = state_of(current)
            if state.status == "called" and state.counter == request.counter:
                # Already this counter's (it called the ticket offline, or asks again).
                return CallReply(called=state, event=_event(conn, current.last_event_id))
            lost = LostCall(ticket_id=state.ticket_id, number=state.number, counter=state.counter)
    if won is None and request.services:
        won = _call_next(conn, request.services, request.day, params, lock)
    if won is None:
        # A retry of a request that called a ticket may find nobody left to call.
        earlier = replay(conn, station, request.request_id)
        return earlier or CallReply(called=None, event=None, lost=lost)
    event = _record(conn, station, request.request_id, won, now)
    return CallReply(called=state_of(won), event=event, lost=lost)


def _ticket(conn: Connection, ticket_id: str) -> Any:
    row = conn.execute(_TICKET, {"id": ticket_id}).one_or_none()
    if row is None:
        raise ApiError(404, "ticket_unknown", "the server has no ticket with this id", "ticket_id")
    return row


def _event(conn: Connection, event_id: str) -> FeedEvent | None:
    """A stored event as the feed shows it (`feed_seq` 0 until the sequencer numbered it)."""
    row = conn.execute(_EVENT, {"id": event_id}).one_or_none()
    if row is None:
        return None
    return FeedEvent(
        feed_seq=row.feed_seq or 0,
        id=row.id,
        station_id=row.station_id,
        seq=row.seq,
        type=row.type,
        payload=json.loads(row.payload),
        occurred_at=row.occurred_at,
    )


def _call_next(
    conn: Connection,
    services: Sequence[str],
    day: date,
    params: dict[str, Any],
    lock: bool,
) -> Row[Any] | None:
    """The row of the ticket called next, or None when the queues are empty."""
    keys = {**params, "services": list(services), "day": day}
    for priority in queue_preference(_streak(conn, services, day)):
        row = conn.execute(_CALL_HEAD[priority, lock], keys).one_or_none()
        if row is not None:
            return row
    return None


def queue_preference(streak: int) -> list[bool]:
    """Which queue the calling order takes from first (True: priority), given the streak.

    The domain's calling order is asked with one ticket in each queue; when the
    preferred queue turns out empty, the order takes the other one's head.
    """
    probes = [QueueEntry("p", _PROBE_TIME, True), QueueEntry("r", _PROBE_TIME, False)]
    return [entry.priority for entry in calling_order(probes, streak)]


def _streak(conn: Connection, services: Sequence[str], day: date) -> int:
    params = {"services": list(services), "day": day, "n": MAX_PRIORITY_STREAK}
    recent = [p is not None for p in conn.scalars(_STREAK, params)]
    return priority_streak(reversed(recent))


def _record(
    conn: Connection, station: StationAuth, request_id: str, won: Row[Any], now: datetime
) -> FeedEvent:
    payload = payload_of(won)
    inserted = conn.execute(
        _INSERT_EVENT,
        {
            "id": request_id,
            "in_feed": True,
            "station_id": station.station_id,
            "payload": json.dumps(payload, ensure_ascii=False),
            "now": now,
            "content_hash": event_hash(station.station_id, None, "ticket.called", payload, now),
            "station_pk": station.pk,
        },
    )
    if inserted.rowcount != 1:
        raise revoked()  # and the call is undone with the transaction
    return FeedEvent(
        feed_seq=0,
        id=request_id,
        station_id=station.station_id,
        seq=None,
        type="ticket.called",
        payload=payload,
        occurred_at=now,
    )
