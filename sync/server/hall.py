"""The hall's own settings: its ticket-signing key, made once when the database is first set up."""

from __future__ import annotations

import base64
import secrets

from sqlalchemy import Connection, insert, select

from sync.server.models import Setting

HALL_KEY = "hall_key"
KEY_BYTES = 32


def ensure_hall_key(conn: Connection) -> None:
    """Make the hall key if the database has none yet (every station of the hall shares it)."""
    if conn.scalar(select(Setting.value).where(Setting.key == HALL_KEY)) is None:
        key = base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode("ascii")
        conn.execute(insert(Setting).values(key=HALL_KEY, value=key))


def hall_key(conn: Connection) -> str:
    """The hall key as base64 text."""
    value = conn.scalar(select(Setting.value).where(Setting.key == HALL_KEY))
    if value is None:
        raise LookupError("the hall key is missing: the database was not prepared")
    return value
