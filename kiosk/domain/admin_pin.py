"""The admin PIN: kept only as a slow salted hash; wrong guesses lock the PIN pad for longer.

scrypt (n=2^14, r=8, p=1) takes tens of milliseconds per guess here, and the growing
lock-out makes guessing a 6-digit PIN at the kiosk take years.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import timedelta

_N, _R, _P = 2**14, 8, 1
#: Wrong PINs allowed before the first lock-out.
FREE_ATTEMPTS = 3
FIRST_LOCKOUT = timedelta(seconds=30)
MAX_LOCKOUT = timedelta(hours=1)
PIN_LENGTHS = range(4, 9)


def valid_pin(pin: str) -> bool:
    """A PIN is 4 to 8 digits."""
    return pin.isascii() and pin.isdigit() and len(pin) in PIN_LENGTHS


def hash_pin(pin: str) -> str:
    """`scrypt$N$r$p$salt$hash`, safe to keep in a config file."""
    if not valid_pin(pin):
        raise ValueError("a PIN is 4 to 8 digits")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether `pin` matches a stored hash (a malformed hash matches nothing)."""
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        given = hashlib.scrypt(
            pin.encode(), salt=_unb64(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except ValueError:
        return False
    return hmac.compare_digest(given, _unb64(digest))


def lockout_after(failures: int) -> timedelta:
    """How long the PIN pad stays locked after `failures` wrong PINs in a row."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    doubled: timedelta = FIRST_LOCKOUT * 2 ** min(failures - FREE_ATTEMPTS, 16)
    return min(doubled, MAX_LOCKOUT)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
