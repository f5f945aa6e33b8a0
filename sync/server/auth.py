"""Who is asking: station tokens and admin tokens, both kept only as SHA-256 hashes.

Tokens are 256 random bits, so a fast hash is enough: nobody can guess one from
its hash, and a lookup by hash is one indexed query. A station token found good is
believed for TOKEN_TTL seconds without asking the database again (a counter calls
many times a minute). Every write checks the station again inside its own
transaction, at no extra query (see `ACTIVE`), so a revoked station changes nothing
from the moment of the revoke; only its reads may go on for up to TOKEN_TTL when
another process (`mpp-server station revoke`) revoked it.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, insert, select, update

from sync.server.db import Database
from sync.server.errors import ApiError
from sync.server.models import AdminToken, Station

#: `last_seen_at` is written at most this often per station (a write per request would not pay).
SEEN_EVERY = timedelta(seconds=10)
#: Seconds a station token found good is believed without a query.
TOKEN_TTL = 2.0


@dataclass(frozen=True, slots=True)
class StationAuth:
    """The station a request comes from."""

    pk: int
    station_id: str
    name: str
    role: str
    slot: int | None


def hash_secret(secret: str) -> str:
    """The SHA-256 hex digest under which a token or a code is stored."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_token() -> str:
    """A fresh token (256 random bits, URL-safe text)."""
    return secrets.token_urlsafe(32)


#: A condition for a write's own statement: the station is (still) not revoked.
ACTIVE = "EXISTS (SELECT 1 FROM station WHERE pk = :station_pk AND revoked_at IS NULL)"


def revoked() -> ApiError:
    """The answer to a station whose token was revoked while it was believed."""
    return ApiError(401, "token_invalid", "the station token is unknown or was revoked")


def station_for_token(db: Database, token: str | None, now: datetime) -> StationAuth:
    """The enrolled, unrevoked station holding this token; else 401 `token_invalid`."""
    if not token:
        raise ApiError(401, "token_missing", "a station token is needed: Authorization: Bearer …")
    query = select(
        Station.pk,
        Station.station_id,
        Station.name,
        Station.role,
        Station.slot,
        Station.revoked_at,
        Station.last_seen_at,
    ).where(Station.token_hash == hash_secret(token))
    with db.read() as conn:
        row = conn.execute(query).one_or_none()
    if row is None or row.revoked_at is not None or row.station_id is None:
        raise revoked()
    if row.last_seen_at is None or now - row.last_seen_at >= SEEN_EVERY:
        with db.write() as conn:
            conn.execute(update(Station).where(Station.pk == row.pk).values(last_seen_at=now))
    return StationAuth(row.pk, row.station_id, row.name, row.role, row.slot)


class StationTokens:
    """Station tokens recently found good, so most requests need no query to authenticate."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._good: dict[str, tuple[float, StationAuth]] = {}

    def cached(self, token: str | None) -> StationAuth | None:
        """The station of a token checked less than TOKEN_TTL seconds ago, else None."""
        if not token:
            return None
        with self._lock:
            entry = self._good.get(token)
        if entry is None or time.monotonic() - entry[0] > TOKEN_TTL:
            return None
        return entry[1]

    def check(self, token: str | None, now: datetime) -> StationAuth:
        """Ask the database (401 for a bad token) and remember a good one."""
        station = station_for_token(self._db, token, now)
        assert token is not None
        with self._lock:
            self._good[token] = (time.monotonic(), station)
        return station

    def forget(self) -> None:
        """Drop every remembered token (after a revoke)."""
        with self._lock:
            self._good.clear()


def require_role(station: StationAuth, *roles: str) -> None:
    """403 `role_forbidden` unless the station has one of these roles."""
    if station.role not in roles:
        wanted = " or ".join(roles)
        raise ApiError(
            403, "role_forbidden", f"only a {wanted} station may do this; this is a {station.role}"
        )


def check_admin(db: Database, token: str | None) -> None:
    """401 unless `token` is one of the server's admin tokens."""
    if not token:
        raise ApiError(401, "token_missing", "an admin token is needed: Authorization: Bearer …")
    query = select(AdminToken.id).where(AdminToken.token_hash == hash_secret(token))
    with db.read() as conn:
        if conn.scalar(query) is None:
            raise ApiError(401, "admin_token_invalid", "the admin token is unknown")


def create_admin_token(conn: Connection, now: datetime) -> str:
    """Store a new admin token's hash and return the token (shown once)."""
    token = new_token()
    conn.execute(insert(AdminToken).values(token_hash=hash_secret(token), created_at=now))
    return token
