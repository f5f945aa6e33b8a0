"""Calling tickets to counters, arbitrated by the server so that no ticket is called twice.

Every call is a compare-and-set on the ticket row: `status` moves to `called` only
if it is still waiting (or transferred), so of two counters calling one ticket
exactly one changes the row; the other is told who has it (`lost`) and, when it
named its services, gets the next ticket instead.

"Call next" follows the hall's calling order (`kiosk.domain.queue.calling_order`:
FIFO, priority first but at most MAX_PRIORITY_STREAK priority calls in a row) over
the head of each queue: the oldest priority and the oldest regular ticket. On
PostgreSQL the chosen queue's head is taken with `FOR UPDATE SKIP LOCKED`, one row
at a time, so 50 counters calling at once each get the next free ticket instead of
queueing behind one row lock (and nobody locks the whole queue, which would make
the others see an empty one).

The won call is written as a server-made `ticket.called` event whose id is the
request id, so a retried request finds it and returns the first answer. The event
goes into the feed with `feed_seq` 0 in the reply: the sequencer numbers it right
after the commit, and a station sees it in the feed under its number.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from kiosk.domain.queue import MAX_PRIORITY_STREAK, QueueEntry, calling_order, priority_streak
from sync.protocol import CallReply, CallRequest, FeedEvent, LostCall, TicketState, event_hash
from sync.server.auth import StationAuth
from sync.server.errors import ApiError
from sync.server.models import Event, Ticket
from sync.server.tickets import IN_QUEUE, payload_of, state_of

_QUEUE_STATUSES = sorted(IN_QUEUE)


def replay(conn: Connection, station: StationAuth, request_id: str) -> CallReply | None:
    """The answer already given to this request id, if it called a ticket."""
    row = conn.execute(
        select(
            Event.feed_seq,
            Event.id,
            Event.station_id,
            Event.type,
            Event.payload,
            Event.occurred_at,
        ).where(Event.id == request_id)
    ).one_or_none()
    if row is None:
        return None
    if row.station_id != station.station_id or row.type != "ticket.called":
        raise ApiError(
            409, "request_id_reused", "this request_id belongs to another event", "request_id"
        )
    return _reply_of(row, row.feed_seq or 0)


def _reply_of(row: Any, feed_seq: int) -> CallReply:
    payload = json.loads(row.payload)
    event = FeedEvent(
        feed_seq=feed_seq,
        id=row.id,
        station_id=row.station_id,
        seq=None,
        type=row.type,
        payload=payload,
        occurred_at=row.occurred_at,
    )
    return CallReply(called=TicketState.model_validate(payload), event=event)


def call(
    conn: Connection, station: StationAuth, request: CallRequest, now: datetime, lock: bool
) -> CallReply:
    """Call `request.ticket_id`, or the next ticket of `request.services`, to the counter."""
    earlier = replay(conn, station, request.request_id)
    if earlier is not None:
        return earlier
    lost = None
    if request.ticket_id is not None:
        won = _compare_and_set(conn, request.ticket_id, request, now)
        if won is None:
            row = _ticket(conn, request.ticket_id)
            current = state_of(row)
            if current.status == "called" and current.counter == request.counter:
                # Already this counter's (it called the ticket offline, or asks again).
                return CallReply(called=current, event=_event(conn, row.last_event_id))
            lost = LostCall(
                ticket_id=current.ticket_id, number=current.number, counter=current.counter
            )
    else:
        won = None
    if won is None and request.services:
        won = _call_next(conn, request, now, lock)
    if won is None:
        return CallReply(called=None, event=None, lost=lost)
    return CallReply(
        called=won, event=_record(conn, station, request.request_id, won, now), lost=lost
    )


def _ticket(conn: Connection, ticket_id: str) -> Any:
    row = conn.execute(select(Ticket.__table__).where(Ticket.id == ticket_id)).one_or_none()
    if row is None:
        raise ApiError(404, "ticket_unknown", "the server has no ticket with this id", "ticket_id")
    return row


def _event(conn: Connection, event_id: str) -> FeedEvent | None:
    """The stored event that brought a ticket to its state, as the feed shows it."""
    row = conn.execute(select(Event.__table__).where(Event.id == event_id)).one_or_none()
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


def _compare_and_set(
    conn: Connection, ticket_id: str, request: CallRequest, now: datetime
) -> TicketState | None:
    row = conn.execute(
        update(Ticket)
        .where(Ticket.id == ticket_id, Ticket.status.in_(_QUEUE_STATUSES))
        .values(
            status="called",
            counter=request.counter,
            called_at=now,
            recall_count=0,
            serving_at=None,
            finished_at=None,
            last_event_id=request.request_id,
            updated_at=now,
        )
        .returning(*Ticket.__table__.c)
    ).one_or_none()
    return state_of(row) if row is not None else None


#: Candidates tried per queue before giving up (each try skips a row another call holds).
MAX_TRIES = 100


def _call_next(
    conn: Connection, request: CallRequest, now: datetime, lock: bool
) -> TicketState | None:
    services, day = request.services, request.day
    heads = [_head(conn, services, day, priority, lock=False) for priority in (True, False)]
    entries = [h for h in heads if h is not None]
    for head in calling_order(entries, _streak(conn, services, day)):
        if not lock:  # SQLite: this transaction is the only writer, the head is free
            won = _compare_and_set(conn, head.ticket_id, request, now)
            if won is not None:
                return won
            continue
        for _ in range(MAX_TRIES):
            entry = _head(conn, services, day, head.priority, lock=True)
            if entry is None:
                break  # this queue is empty (or all of it is being called): the other one
            won = _compare_and_set(conn, entry.ticket_id, request, now)
            if won is not None:
                return won
    return None


def _head(
    conn: Connection, services: Sequence[str], day: date, priority: bool, lock: bool
) -> QueueEntry | None:
    query = (
        select(Ticket.id, Ticket.queued_at, Ticket.number)
        .where(
            Ticket.service_day == day,
            Ticket.service_code.in_(services),
            Ticket.status.in_(_QUEUE_STATUSES),
            Ticket.priority.is_not(None) if priority else Ticket.priority.is_(None),
        )
        .order_by(Ticket.queued_at, Ticket.number, Ticket.id)
        .limit(1)
    )
    if lock:
        query = query.with_for_update(skip_locked=True)
    row = conn.execute(query).one_or_none()
    if row is None:
        return None
    return QueueEntry(row.id, row.queued_at, priority, row.number)


def _streak(conn: Connection, services: Sequence[str], day: date) -> int:
    query = (
        select(Ticket.priority)
        .where(
            Ticket.service_day == day,
            Ticket.service_code.in_(services),
            Ticket.called_at.is_not(None),
        )
        .order_by(Ticket.called_at.desc())
        .limit(MAX_PRIORITY_STREAK)
    )
    recent = [p is not None for p in conn.scalars(query)]
    return priority_streak(reversed(recent))


def _record(
    conn: Connection, station: StationAuth, request_id: str, won: TicketState, now: datetime
) -> FeedEvent:
    payload = payload_of(won)
    conn.execute(
        insert(Event).values(
            id=request_id,
            feed_seq=None,
            in_feed=True,
            station_id=station.station_id,
            seq=None,
            type="ticket.called",
            payload=json.dumps(payload, ensure_ascii=False),
            occurred_at=now,
            received_at=now,
            content_hash=event_hash(station.station_id, None, "ticket.called", payload, now),
            outcome="stored",
        )
    )
    return FeedEvent(
        feed_seq=0,
        id=request_id,
        station_id=station.station_id,
        seq=None,
        type="ticket.called",
        payload=payload,
        occurred_at=now,
    )
