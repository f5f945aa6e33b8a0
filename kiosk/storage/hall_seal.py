"""Sealing personal data that must reach the hall's server (a complaint's contact and text,
a survey comment) so that it is never in clear in a station's outbox or on the wire.

The key is derived from the hall key, which every station of a hall and its server hold
(enrolment hands it out): HMAC-SHA256(hall key, a fixed label), used as a Fernet key. A
different label than the ticket signatures', so the two uses never share a key. The
server opens what stations sealed; a station opens nothing it did not seal itself
(it keeps its own copy sealed with its station key, `kiosk.storage.sealing`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import TYPE_CHECKING, Any

from kiosk.storage.sealing import SealError

if TYPE_CHECKING:
    from cryptography.fernet import Fernet

LABEL = b"mpp-kiosk/personal-data-to-server/v1"


class HallSeal:
    """Seals and opens JSON data with the key derived from the hall key."""

    def __init__(self, hall_key: bytes) -> None:
        if len(hall_key) < 16:
            raise ValueError("a hall key is at least 16 bytes")
        self._key = hmac.new(hall_key, LABEL, hashlib.sha256).digest()
        self._cipher: Fernet | None = None

    def _fernet(self) -> Fernet:
        if self._cipher is None:
            from cryptography.fernet import Fernet

            self._cipher = Fernet(base64.urlsafe_b64encode(self._key))
        return self._cipher

    def seal(self, data: dict[str, Any]) -> str:
        """Encrypt and authenticate; the result is ASCII text for a JSON payload."""
        plain = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
        return self._fernet().encrypt(plain).decode("ascii")

    def open(self, sealed: str) -> dict[str, Any]:
        """Check and decrypt; SealError for anything not sealed with this hall's key."""
        from cryptography.fernet import InvalidToken

        try:
            data = json.loads(self._fernet().decrypt(sealed.encode("ascii")))
        except (InvalidToken, UnicodeEncodeError, ValueError) as exc:
            raise SealError("sealed data that this hall's key cannot open") from exc
        if not isinstance(data, dict):
            raise SealError("sealed data that is not an object")
        return data
