"""Ticket numbers leased to stations in blocks, so no number repeats for a service on a day.

The server counts per (service, hall day) and hands out blocks of the counter's next
numbers; a kiosk issues from its blocks while offline. Leased numbers stay below
OFFLINE_BASE (1..999); above that each station has its own offline range by slot.
A request id makes a retry return the same blocks instead of taking new ones.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Connection, insert, select, text, update
from sqlalchemy.dialects import postgresql, sqlite

from kiosk.domain.catalogue import Catalogue
from sync.protocol import OFFLINE_BASE, LeaseReply, LeaseRequest, NumberBlock
from sync.server.auth import ACTIVE, StationAuth, revoked
from sync.server.errors import ApiError
from sync.server.models import NumberCounter, NumberLease

#: The highest number the server leases.
LAST_LEASED = OFFLINE_BASE - 1


def check_services(request: LeaseRequest, catalogue: Catalogue | None) -> list[str]:
    """The wanted services in the catalogue's spelling; 422 naming the first unknown one."""
    codes: list[str] = []
    for index, want in enumerate(request.wants):
        code = want.service
        if catalogue is not None:
            service = catalogue.service(code)
            if service is None:
                raise ApiError(
                    422,
                    "unknown_service",
                    f"wants.{index}.service: no service {code!r} in the hall's catalogue",
                    f"wants.{index}.service",
                )
            code = service.code
        if code in codes:
            field = f"wants.{index}.service"
            raise ApiError(422, "invalid_field", f"{field}: {code!r} is asked twice", field)
        codes.append(code)
    return codes


def lease(
    conn: Connection,
    station: StationAuth,
    request: LeaseRequest,
    codes: list[str],
    now: datetime,
    lock: bool,
) -> LeaseReply:
    """Take the wanted numbers (or return the blocks of an earlier try of this request)."""
    if conn.scalar(select(text(ACTIVE)), {"station_pk": station.pk}) in (None, False, 0):
        raise revoked()
    earlier = _earlier(conn, station, request.request_id)
    if earlier is not None:
        return earlier
    blocks: list[NumberBlock] = []
    for code, want in zip(codes, request.wants, strict=True):
        block = _take(conn, code, request.day, want.count, lock)
        if block is None:
            continue  # none left today: the station issues from its offline range
        conn.execute(
            insert(NumberLease).values(
                request_id=request.request_id,
                service_code=code,
                station_pk=station.pk,
                service_day=request.day,
                first_number=block.first,
                last_number=block.last,
                created_at=now,
            )
        )
        blocks.append(block)
    return LeaseReply(blocks=blocks)


def _earlier(conn: Connection, station: StationAuth, request_id: str) -> LeaseReply | None:
    query = select(NumberLease.__table__).where(NumberLease.request_id == request_id)
    rows = conn.execute(query.order_by(NumberLease.created_at)).all()
    if not rows:
        return None
    if any(r.station_pk != station.pk for r in rows):
        raise ApiError(
            409, "request_id_reused", "this request_id was used by another station", "request_id"
        )
    return LeaseReply(
        blocks=[
            NumberBlock(
                service=r.service_code, day=r.service_day, first=r.first_number, last=r.last_number
            )
            for r in rows
        ]
    )


def _take(conn: Connection, code: str, day: date, count: int, lock: bool) -> NumberBlock | None:
    key = (NumberCounter.service_code == code) & (NumberCounter.service_day == day)
    upsert = sqlite.insert if conn.dialect.name == "sqlite" else postgresql.insert
    conn.execute(
        upsert(NumberCounter)
        .values(service_code=code, service_day=day, last_number=0)
        .on_conflict_do_nothing()
    )
    query = select(NumberCounter.last_number).where(key)
    last = int(conn.scalar(query.with_for_update() if lock else query) or 0)
    granted = min(count, LAST_LEASED - last)
    if granted <= 0:
        return None
    conn.execute(update(NumberCounter).where(key).values(last_number=last + granted))
    return NumberBlock(service=code, day=day, first=last + 1, last=last + granted)
