"""Opening the admin menu with the PIN; the lock-out is kept in the store across restarts."""

from __future__ import annotations

from kiosk.clock import Clock
from kiosk.domain.text import Text
from kiosk.services.pin_gate import PinAnswer, PinGate
from kiosk.storage.store import Store

__all__ = ["AdminService", "PinAnswer"]


class AdminService:
    """Checks admin PINs against the configured hash."""

    def __init__(self, store: Store, clock: Clock, pin_hash: str | None) -> None:
        self._gate = PinGate(store, clock, "admin_pin_lockout")
        self._pin_hash = pin_hash

    def check(self, pin: str) -> PinAnswer:
        """Accept the right PIN unless locked out; count wrong ones."""
        if self._pin_hash is None:
            return PinAnswer(False, _NO_PIN)
        return self._gate.check(pin, self._pin_hash)


_NO_PIN = Text(
    "PIN admin belum diatur. Atur dengan: mpp-kiosk admin set-pin",
    "No admin PIN is set. Set one with: mpp-kiosk admin set-pin",
)
