"""Stations of the hall: added by an administrator with a one-time code, enrolled by the station.

`station add` makes the station's row, its slot (kiosks and counters: the offline
number range, never given twice in a hall) and a code valid for 7 days. The station
trades the code once for its token (`POST /enrol`); the server keeps hashes only.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.protocol import MAX_SLOT, EnrolCode, EnrolReply, EnrolRequest, Role, StationOut
from sync.server.auth import hash_secret, new_token
from sync.server.errors import ApiError
from sync.server.gaps import station_gaps
from sync.server.models import Station

CODE_VALID_FOR = timedelta(days=7)
#: Letters and digits that cannot be mistaken for one another (no I, O, 0, 1).
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
ROLES_WITH_SLOT = ("kiosk", "counter")


def new_code() -> str:
    """A code to type on the station, like `K7QF-2M9X` (40 random bits, valid once)."""
    letters = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{letters[:4]}-{letters[4:]}"


def normalise_code(code: str) -> str:
    """The code as stored: capitals, without dashes or spaces (so `k7qf 2m9x` works too)."""
    return "".join(ch for ch in code.upper() if ch not in "- ")


def add_station(session: Session, name: str, role: Role, now: datetime) -> EnrolCode:
    """Add a station and return its one-time enrolment code."""
    name = _clean_name(name)
    taken = select(Station.pk).where(Station.name == name, Station.revoked_at.is_(None))
    if session.scalar(taken) is not None:
        raise ApiError(409, "station_name_taken", f"a station named {name!r} exists", "name")
    slot = _next_slot(session) if role in ROLES_WITH_SLOT else None
    code = new_code()
    expires = now + CODE_VALID_FOR
    station = Station(
        name=name,
        role=role,
        slot=slot,
        code_hash=hash_secret(normalise_code(code)),
        code_expires_at=expires,
        code_used=False,
        created_at=now,
        last_seq=0,
        seq_count=0,
    )
    session.add(station)
    session.flush()
    return EnrolCode(name=name, role=role, slot=slot, code=code, expires_at=expires)


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > 80 or not name.isprintable():
        raise ApiError(
            422, "invalid_field", "a station name is 1 to 80 printable characters", "name"
        )
    return name


def _next_slot(session: Session) -> int:
    # Slots are given in order and never reused, so the next is one above the highest ever.
    highest = session.scalar(select(func.max(Station.slot))) or 0
    if highest >= MAX_SLOT:
        raise ApiError(409, "no_slot_left", f"this hall has given all {MAX_SLOT} station slots")
    return int(highest) + 1


def check_code(session: Session, code: str, now: datetime) -> Station:
    """The station a one-time code enrols, without using the code; 403 like `enrol`."""
    code_hash = hash_secret(normalise_code(code))
    station = session.scalars(select(Station).where(Station.code_hash == code_hash)).one_or_none()
    if station is None or not _code_usable(station, now):
        raise _code_refused()
    return station


def _code_usable(station: Station, now: datetime) -> bool:
    expires = station.code_expires_at
    return not (station.code_used or station.revoked_at or expires is None or expires <= now)


def _code_refused() -> ApiError:
    return ApiError(
        403,
        "enrolment_code_invalid",
        "the enrolment code is unknown, already used or expired; ask for a new one",
        "code",
    )


def enrol(session: Session, request: EnrolRequest, now: datetime) -> tuple[Station, str]:
    """Trade a one-time code for a token; returns the station row and the token."""
    code_hash = hash_secret(normalise_code(request.code))
    station = session.scalars(select(Station).where(Station.code_hash == code_hash)).one_or_none()
    if station is None or not _code_usable(station, now):
        raise _code_refused()
    _free_station_id(session, request.station_id, station.pk)
    token = new_token()
    station.station_id = request.station_id
    station.token_hash = hash_secret(token)
    station.code_used = True
    station.enrolled_at = now
    station.last_seen_at = now
    session.flush()
    return station, token


def _free_station_id(session: Session, station_id: str, pk: int) -> None:
    query = select(Station).where(Station.station_id == station_id, Station.pk != pk)
    other = session.scalars(query).one_or_none()
    if other is None:
        return
    if other.revoked_at is None:
        raise ApiError(
            409,
            "station_id_taken",
            "another enrolled station has this station id",
            "station_id",
        )
    # A revoked station's machine enrolled again: the new row carries its id from now on.
    other.station_id = None
    session.flush()


def enrol_reply(station: Station, token: str, hall: str, key: str) -> EnrolReply:
    """What the station receives once: its token, role, slot and the hall's key."""
    assert station.station_id is not None
    return EnrolReply(
        station_id=station.station_id,
        token=token,
        role=cast(Role, station.role),
        slot=station.slot,
        hall_name=hall,
        hall_key=key,
    )


def find_station(session: Session, name_or_id: str) -> Station:
    """A station by its station id, else by name (unrevoked first); 404 when none matches."""
    found = session.scalars(select(Station).where(Station.station_id == name_or_id)).first()
    if found is not None:
        return found
    by_name = select(Station).where(Station.name == name_or_id)
    rows = list(session.scalars(by_name.order_by(Station.revoked_at.is_not(None), Station.pk)))
    if not rows:
        raise ApiError(404, "station_unknown", f"no station named or with id {name_or_id!r}")
    return rows[0]


def revoke(session: Session, name_or_id: str, now: datetime) -> StationOut:
    """Revoke a station: its token and any unused code stop working at once."""
    station = find_station(session, name_or_id)
    if station.revoked_at is None:
        station.revoked_at = now
        session.flush()
    return station_out(session, station)


def list_stations(session: Session) -> list[StationOut]:
    """Every station of the hall, in the order they were added, with their gaps."""
    rows = session.scalars(select(Station).order_by(Station.pk))
    return [station_out(session, s) for s in rows]


def station_out(session: Session, s: Station) -> StationOut:
    """A station as the admin sees it."""
    conn = session.connection()
    gaps = station_gaps(conn, s.station_id, s.last_seq, s.seq_count) if s.station_id else []
    return StationOut(
        station_id=s.station_id,
        name=s.name,
        role=cast(Role, s.role),
        slot=s.slot,
        enrolled_at=s.enrolled_at,
        revoked_at=s.revoked_at,
        last_seen_at=s.last_seen_at,
        last_seq=s.last_seq,
        gaps=gaps,
    )
