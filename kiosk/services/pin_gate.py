"""A PIN check with a growing lock-out after wrong PINs, kept in the store across restarts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from kiosk.clock import Clock
from kiosk.domain.admin_pin import lockout_after, verify_pin
from kiosk.domain.text import Text
from kiosk.storage.models import SettingRow
from kiosk.storage.store import Store


@dataclass(frozen=True, slots=True)
class PinAnswer:
    """The answer to a PIN: accepted, or why not and until when."""

    ok: bool
    message: Text
    locked_until: datetime | None = None


class PinGate:
    """Checks PINs against a slow hash; each gate (`key`) counts its own wrong PINs."""

    def __init__(self, store: Store, clock: Clock, key: str) -> None:
        self._store = store
        self._clock = clock
        self._key = key

    def check(self, pin: str, pin_hash: str) -> PinAnswer:
        """Accept the right PIN unless locked out; count wrong ones."""
        now = self._clock.now()
        failures, until = self._state()
        if until is not None and now < until:
            return PinAnswer(False, _locked(until, now), until)
        if verify_pin(pin, pin_hash):
            self._save(0, None)
            return PinAnswer(True, Text("PIN benar.", "PIN accepted."))
        failures += 1
        wait = lockout_after(failures)
        until = now + wait if wait else None
        self._save(failures, until)
        if until is not None:
            return PinAnswer(False, _locked(until, now), until)
        return PinAnswer(False, Text("PIN salah.", "Wrong PIN."))

    def _state(self) -> tuple[int, datetime | None]:
        with self._store.uow() as uow:
            row = uow.session.get(SettingRow, self._key)
        if row is None:
            return 0, None
        data = json.loads(row.value)
        until = datetime.fromisoformat(data["until"]) if data.get("until") else None
        return int(data["failures"]), until

    def _save(self, failures: int, until: datetime | None) -> None:
        value = json.dumps({"failures": failures, "until": until.isoformat() if until else None})
        with self._store.uow(write=True) as uow:
            uow.session.merge(SettingRow(key=self._key, value=value))
            uow.commit()


def _locked(until: datetime, now: datetime) -> Text:
    seconds = max(1, round((until - now).total_seconds()))
    return Text(
        f"Terlalu banyak PIN salah. Coba lagi dalam {seconds} detik.",
        f"Too many wrong PINs. Try again in {seconds} s.",
    )
