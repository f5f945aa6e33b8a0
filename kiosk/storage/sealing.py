"""Sealing personal answers at rest, so a copied database file does not reveal them.

Fernet (AES-128-CBC with HMAC-SHA256, from the `cryptography` package) with a
key of this station, kept in its data folder beside (not inside) the database.
"""

from __future__ import annotations

import base64
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cryptography.fernet import Fernet

KEY_BYTES = 32


class SealError(ValueError):
    """Sealed data that this station's key cannot open (another key, or damaged)."""


class Sealer:
    """Seals and opens JSON data with the station's key."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("a sealing key is 32 bytes")
        self._key = key
        self._cipher: Fernet | None = None

    def _fernet(self) -> Fernet:
        # `cryptography` (about 7 MB) is loaded with the first form, not at every start.
        if self._cipher is None:
            from cryptography.fernet import Fernet

            self._cipher = Fernet(base64.urlsafe_b64encode(self._key))
        return self._cipher

    def seal(self, data: dict[str, Any]) -> bytes:
        """Encrypt and authenticate."""
        return self._fernet().encrypt(json.dumps(data, ensure_ascii=False).encode("utf-8"))

    def open(self, sealed: bytes) -> dict[str, Any]:
        """Check and decrypt; raises SealError for anything not sealed by this key."""
        from cryptography.fernet import InvalidToken

        try:
            data = json.loads(self._fernet().decrypt(sealed))
        except InvalidToken as exc:
            raise SealError("the sealed answers cannot be opened with this station's key") from exc
        if not isinstance(data, dict):
            raise SealError("the sealed answers are not a form's answers")
        return data
