"""Taking in a station's batch of events: idempotent by UUID, applied in order, one transaction.

Everything that can be checked without the database is checked first (the station,
the numbers, the payload), outside the write transaction. The transaction then
costs a fixed number of queries per batch, not per event: the batch's known ids,
the tickets it touches (locked on PostgreSQL, so a concurrent call cannot slip in
between reading a ticket and deciding about it), bulk inserts and updates.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, case, insert, select, update

from sync.protocol import BatchReply, EventBatch, EventIn, EventResult, TicketState, event_hash
from sync.server.arbitration import Current, Verdict, judge
from sync.server.auth import StationAuth, revoked
from sync.server.conflicts import double_call_detail, number_clash_detail
from sync.server.db import Database, insert_rows, retrying
from sync.server.feedback import FEEDBACK_TYPES, RECORDED, Feedback, FeedbackBatch, parse_feedback
from sync.server.gaps import station_gaps
from sync.server.models import Conflict, Event, Station, Ticket
from sync.server.tickets import (
    STATE_EVENTS,
    PayloadError,
    number_key,
    parse_state,
    payload_of,
    row_values,
    split_number,
    state_of,
)

#: Station sequence numbers and times beyond these cannot be stored (or are nonsense).
MAX_SEQ = 2**62
YEARS = (2000, 9998)
_CONFLICT_IDS = uuid.UUID("6f1c1a52-6d70-4f0b-9a55-4d5050434f4e")
#: Event types only the server makes. Stations apply them by force (a conflict overrides
#: their own ticket), so one pushed by a station must never reach the feed.
SERVER_TYPES = frozenset({"ticket.conflict", RECORDED})


@dataclass(slots=True)
class _Incoming:
    """One pushed event after the checks that need no database."""

    event: EventIn
    digest: str = ""
    payload_text: str = ""
    state: TicketState | None = None
    feedback: Feedback | None = None  # a survey answer or a complaint
    problem: str | None = None  # a payload that cannot be applied (rejected if new)


@dataclass(slots=True)
class _Plan:
    """What the batch writes, built in memory and written in bulk."""

    station: StationAuth
    now: datetime
    events: list[dict[str, Any]] = field(default_factory=list)
    tickets: dict[str, dict[str, Any]] = field(default_factory=dict)
    existing_tickets: set[str] = field(default_factory=set)
    changed: set[str] = field(default_factory=set)
    holders: dict[tuple[Any, ...], str] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    max_seq: int = 0
    stored_seqs: int = 0
    feedback: FeedbackBatch | None = None


def ingest_batch(
    db: Database, station: StationAuth, batch: EventBatch, now: datetime
) -> BatchReply:
    """Store and apply a batch; one result per event, in order, and the station's gaps."""
    results: list[EventResult | None] = []
    incoming: list[_Incoming] = []
    for event in batch.events:
        checked = _check(event, station)
        rejected = checked if isinstance(checked, EventResult) else None
        results.append(rejected)
        incoming.append(checked if isinstance(checked, _Incoming) else _Incoming(event))
    if any(r is None for r in results):
        return retrying(lambda: _write(db, station, incoming, list(results), now))
    with db.read() as conn:
        return BatchReply(results=[r for r in results if r], gaps=_gaps(conn, station))


def _check(event: EventIn, station: StationAuth) -> _Incoming | EventResult:
    """The event ready for the database, or its rejection."""
    if event.station_id != station.station_id:
        return _reject(event, 403, "station_id: not the station this token belongs to")
    if event.type in SERVER_TYPES:
        return _reject(
            event,
            422,
            f"type: {event.type} is the server's own event type; stations do not send it",
        )
    if event.seq > MAX_SEQ:
        return _reject(event, 422, f"seq: must be at most {MAX_SEQ}")
    if not YEARS[0] <= event.occurred_at.year <= YEARS[1]:
        return _reject(event, 422, f"occurred_at: the year must be {YEARS[0]} to {YEARS[1]}")
    try:
        text = json.dumps(event.payload, ensure_ascii=False)
        text.encode("utf-8")  # a lone surrogate passes JSON parsing but no database takes it
        item = _Incoming(event, event.content_hash(), text)
    except (UnicodeEncodeError, ValueError, RecursionError):
        return _reject(event, 422, "payload: not valid JSON text (broken Unicode?)")
    if event.type in STATE_EVENTS:
        try:
            item.state = parse_state(event.payload)
        except PayloadError as exc:
            item.problem = str(exc)
    elif event.type in FEEDBACK_TYPES:
        try:
            item.feedback = parse_feedback(event)
        except ValueError as exc:
            item.problem = str(exc)
    return item


def _reject(event: EventIn, status: int, detail: str) -> EventResult:
    return EventResult(id=event.id, outcome="rejected", status=status, detail=detail)


def _write(
    db: Database,
    station: StationAuth,
    incoming: list[_Incoming],
    results: list[EventResult | None],
    now: datetime,
) -> BatchReply:
    plan = _Plan(station, now)
    with db.write() as conn:
        todo = [i for i, r in zip(incoming, results, strict=True) if r is None]
        known = _known_hashes(conn, [i.event.id for i in todo])
        _load_tickets(conn, plan, [i.state for i in todo if i.state], lock=not db.is_sqlite)
        feedback = [i.feedback for i in todo if i.feedback is not None]
        if feedback:
            plan.feedback = FeedbackBatch.load(conn, feedback)
        for index, item in enumerate(incoming):
            if results[index] is None:
                results[index] = _one(conn, plan, item, known)
        _flush(conn, plan)
        gaps = _gaps(conn, station)
    return BatchReply(results=[r for r in results if r], gaps=gaps)


def _known_hashes(conn: Connection, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = conn.execute(select(Event.id, Event.content_hash).where(Event.id.in_(ids)))
    return {r.id: r.content_hash for r in rows}


def _load_tickets(conn: Connection, plan: _Plan, states: list[TicketState], lock: bool) -> None:
    if not states:
        return
    ids = sorted({s.ticket_id for s in states})
    query = select(Ticket.__table__).where(Ticket.id.in_(ids)).order_by(Ticket.id)
    for row in conn.execute(query.with_for_update() if lock else query):
        values = dict(row._mapping)
        plan.tickets[row.id] = values
        plan.existing_tickets.add(row.id)
    numbers = {split_number(s.number)[1] for s in states}
    days = {s.service_day for s in states}
    holders = select(Ticket.id, Ticket.prefix, Ticket.service_day, Ticket.number).where(
        Ticket.number.in_(numbers), Ticket.service_day.in_(days)
    )
    for row in conn.execute(holders):
        plan.holders[(row.prefix, row.service_day, row.number)] = row.id


def _one(conn: Connection, plan: _Plan, item: _Incoming, known: dict[str, str]) -> EventResult:
    event = item.event
    if event.id in known:
        if known[event.id] == item.digest:
            return EventResult(id=event.id, outcome="duplicate", status=200)
        detail = "id: this event id was stored with other content"
        return EventResult(id=event.id, outcome="mismatch", status=409, detail=detail)
    if item.problem is not None:
        return _reject(event, 422, item.problem)
    known[event.id] = item.digest
    if item.feedback is not None:
        return _feedback(conn, plan, item, item.feedback)
    if item.state is None:
        _store(plan, item, in_feed=True, outcome="stored")
        return EventResult(id=event.id, outcome="stored", status=200)
    return _apply(conn, plan, item, item.state)


def _apply(conn: Connection, plan: _Plan, item: _Incoming, state: TicketState) -> EventResult:
    event = item.event
    current = plan.tickets.get(state.ticket_id)
    held = None
    if current is not None:
        held = Current(current["status"], current["counter"])
    verdict = judge(event.type, state, held, from_kiosk=plan.station.role == "kiosk")
    if verdict is Verdict.STALE:
        _store(plan, item, in_feed=False, outcome="stored")
        detail = "stale: the server's ticket has moved on; not applied"
        return EventResult(id=event.id, outcome="stored", status=200, detail=detail)
    if verdict is Verdict.DOUBLE_CALL:
        assert current is not None
        return _double_call(conn, plan, item, state, current)
    issuer = current["station_id"] if current is not None else event.station_id
    values = row_values(state, issuer, event.id, plan.now)
    holder = plan.holders.get(number_key(values))
    if holder is not None and holder != state.ticket_id:
        return _number_clash(conn, plan, item, state, holder)
    if current is not None:
        plan.holders.pop(number_key(current), None)
    plan.holders[number_key(values)] = state.ticket_id
    plan.tickets[state.ticket_id] = values
    plan.changed.add(state.ticket_id)
    _store(plan, item, in_feed=True, outcome="stored")
    return EventResult(id=event.id, outcome="stored", status=200)


def _double_call(
    conn: Connection, plan: _Plan, item: _Incoming, state: TicketState, current: dict[str, Any]
) -> EventResult:
    event = item.event
    winner = state_of(current)
    detail = double_call_detail(conn, winner, state.counter, event.station_id)
    _store(plan, item, in_feed=False, outcome="conflict")
    _conflict(plan, "double_call", state.ticket_id, event.id, detail)
    payload = {"kind": "double_call", "lost_event": event.id, "ticket": payload_of(current)}
    plan.events.append(
        _server_event(
            str(uuid.uuid5(_CONFLICT_IDS, event.id)),
            event.station_id,
            "ticket.conflict",
            payload,
            plan.now,
        )
    )
    return EventResult(id=event.id, outcome="conflict", status=200, detail=detail)


def _number_clash(
    conn: Connection, plan: _Plan, item: _Incoming, state: TicketState, holder: str
) -> EventResult:
    event = item.event
    detail = number_clash_detail(conn, state, holder, event.station_id)
    _store(plan, item, in_feed=False, outcome="conflict")
    _conflict(plan, "number_clash", state.ticket_id, event.id, detail)
    return EventResult(id=event.id, outcome="conflict", status=200, detail=detail)


def _feedback(conn: Connection, plan: _Plan, item: _Incoming, feedback: Feedback) -> EventResult:
    """A survey answer or a complaint: kept in its own table, never in the feed."""
    assert plan.feedback is not None
    event = item.event
    verdict = plan.feedback.take(conn, event, feedback, plan.now)
    if verdict.conflict_kind is None:
        _store(plan, item, in_feed=False, outcome="stored")
        if verdict.news is not None:
            news = verdict.news
            plan.events.append(
                _server_event(news.id, news.station_id, news.type, news.payload, plan.now)
            )
        return EventResult(id=event.id, outcome="stored", status=200)
    _store(plan, item, in_feed=False, outcome="conflict")
    detail = verdict.detail or verdict.conflict_kind
    _conflict(plan, verdict.conflict_kind, verdict.subject, event.id, detail)
    return EventResult(id=event.id, outcome="conflict", status=200, detail=detail)


def _conflict(plan: _Plan, kind: str, ticket_id: str | None, event_id: str, detail: str) -> None:
    plan.conflicts.append(
        {
            "kind": kind,
            "ticket_id": ticket_id,
            "event_id": event_id,
            "detail": detail,
            "created_at": plan.now,
            "resolved_at": None,
        }
    )


def _store(plan: _Plan, item: _Incoming, in_feed: bool, outcome: str) -> None:
    event = item.event
    plan.events.append(
        {
            "id": event.id,
            "feed_seq": None,
            "in_feed": in_feed,
            "station_id": event.station_id,
            "seq": event.seq,
            "type": event.type,
            "payload": item.payload_text,
            "occurred_at": event.occurred_at,
            "received_at": plan.now,
            "content_hash": item.digest,
            "outcome": outcome,
        }
    )
    plan.max_seq = max(plan.max_seq, event.seq)
    plan.stored_seqs += 1


def _server_event(
    event_id: str, station_id: str, event_type: str, payload: dict[str, Any], now: datetime
) -> dict[str, Any]:
    """An event the server makes itself (seq NULL), to go in the feed."""
    return {
        "id": event_id,
        "feed_seq": None,
        "in_feed": True,
        "station_id": station_id,
        "seq": None,
        "type": event_type,
        "payload": json.dumps(payload, ensure_ascii=False),
        "occurred_at": now,
        "received_at": now,
        "content_hash": event_hash(station_id, None, event_type, payload, now),
        "outcome": "stored",
    }


# An executemany UPDATE sets the columns named in its parameters; `b_id` picks the row.
_TICKET_UPDATE = update(Ticket).where(Ticket.id == bindparam("b_id"))


def _flush(conn: Connection, plan: _Plan) -> None:
    seq = plan.max_seq
    # First, and only while the station is not revoked (its token may have been believed).
    counted = conn.execute(
        update(Station)
        .where(Station.pk == plan.station.pk, Station.revoked_at.is_(None))
        .values(
            last_seq=case((Station.last_seq < seq, seq), else_=Station.last_seq),
            seq_count=Station.seq_count + plan.stored_seqs,
            last_seen_at=plan.now,
        )
    )
    if counted.rowcount != 1:
        raise revoked()
    new = [plan.tickets[t] for t in plan.changed if t not in plan.existing_tickets]
    old = [_update_params(plan.tickets[t]) for t in plan.changed if t in plan.existing_tickets]
    if old:
        conn.execute(_TICKET_UPDATE, old)
    insert_rows(conn, Ticket, new)
    insert_rows(conn, Event, plan.events)
    if plan.conflicts:
        conn.execute(insert(Conflict), plan.conflicts)
    if plan.feedback is not None:
        plan.feedback.flush(conn)


def _update_params(values: dict[str, Any]) -> dict[str, Any]:
    params = {k: v for k, v in values.items() if k != "id"}
    params["b_id"] = values["id"]
    return params


def _gaps(conn: Connection, station: StationAuth) -> list[Any]:
    row = conn.execute(
        select(Station.last_seq, Station.seq_count).where(Station.pk == station.pk)
    ).one()
    return station_gaps(conn, station.station_id, row.last_seq, row.seq_count)
