"""The hall's signing key for ticket QR codes.

Every station of a hall must hold the same key so a counter can check a ticket
printed by any kiosk; enrolment with the server hands it out. Until then (and in
the demo) a station makes its own key and keeps it in its data folder.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path

from kiosk.domain.text import Text
from kiosk.errors import ConfigError
from kiosk.files import secret_file

KEY_BYTES = 32


def load_hall_key(configured: str | None, key_file: Path) -> bytes:
    """The configured key (base64), else the station's own key file, made on first use."""
    if configured:
        try:
            key = base64.b64decode(configured, validate=True)
        except binascii.Error as exc:
            raise _bad_key() from exc
        if len(key) < 16:
            raise _bad_key()
        return key
    return secret_file(key_file, KEY_BYTES)


def _bad_key() -> ConfigError:
    return ConfigError(
        Text(
            "Kunci aula (hall.key) pada konfigurasi harus base64 dari paling sedikit 16 bita.",
            "The hall key (hall.key) in the config must be base64 of at least 16 bytes.",
        )
    )
