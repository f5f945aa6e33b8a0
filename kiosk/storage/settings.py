"""Small named values of station state kept in the store (lock-outs, sync cursor, slot)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kiosk.storage.models import SettingRow


class Settings:
    """Reads and writes `setting` rows inside the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, key: str) -> str | None:
        """The value, or None when unset."""
        row = self._session.get(SettingRow, key)
        return row.value if row else None

    def get_int(self, key: str, default: int | None = None) -> int | None:
        """The value as an integer."""
        value = self.get(key)
        return int(value) if value is not None else default

    def set(self, key: str, value: str | int) -> None:
        """Set (or replace) the value."""
        self._session.merge(SettingRow(key=key, value=str(value)))

    def delete(self, key: str) -> None:
        """Forget the value."""
        row = self._session.get(SettingRow, key)
        if row is not None:
            self._session.delete(row)
