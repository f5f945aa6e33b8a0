"""A monotonic deadline, so that a whole operation (connect + send + read) shares one timeout."""

from __future__ import annotations

import time

from printers.errors import PrinterTimeoutError


class Deadline:
    """The moment ``timeout`` seconds from now, measured on the monotonic clock."""

    def __init__(self, timeout: float) -> None:
        if timeout <= 0:
            raise ValueError("timeout must be positive; a printer call must never wait forever")
        self.timeout = timeout
        self._end = time.monotonic() + timeout

    def remaining(self) -> float:
        """Seconds left, raising :class:`PrinterTimeoutError` once none are."""
        left = self._end - time.monotonic()
        if left <= 0:
            raise PrinterTimeoutError(
                f"printer tidak selesai menerima data dalam {self.timeout:g} detik",
                f"the printer did not take the data within {self.timeout:g} s",
            )
        return left

    def expired(self) -> bool:
        """Whether the time is up."""
        return time.monotonic() >= self._end
