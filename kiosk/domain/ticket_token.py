"""The compact, signed payload in a ticket's QR code.

A counter can take a ticket it has not synced yet by scanning it, and anyone
holding the hall key can check that a ticket is genuine. Format (ASCII, fits a
small QR in byte mode)::

    MPP1.<ticket id>.<number>.<service>.<issued, unix s>.<station>.<signature>

The ticket and station ids are UUIDs written as 22 base64url characters; the
signature is the first 12 bytes of HMAC-SHA256 over everything before it, with
the hall's key (96 bits: forging one needs 2^95 tries on average).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

PREFIX = "MPP1"
_SIG_BYTES = 12


class InvalidTicketToken(ValueError):
    """The scanned text is not a ticket of this hall (malformed, or its signature is wrong)."""


@dataclass(frozen=True, slots=True)
class TicketClaim:
    """What a genuine ticket QR says."""

    ticket_id: str
    number: str
    service_code: str
    issued_at: datetime
    station_id: str


def sign(claim: TicketClaim, key: bytes) -> str:
    """The QR text of a ticket."""
    body = ".".join(
        (
            PREFIX,
            _short_uuid(claim.ticket_id),
            claim.number,
            claim.service_code,
            str(int(claim.issued_at.timestamp())),
            _short_uuid(claim.station_id),
        )
    )
    return f"{body}.{_b64(_mac(body, key))}"


def verify(token: str, key: bytes) -> TicketClaim:
    """The claim of a genuine token; raises InvalidTicketToken for anything else."""
    parts = token.strip().split(".")
    if len(parts) != 7 or parts[0] != PREFIX:
        raise InvalidTicketToken("not an MPP ticket code")
    body, signature = ".".join(parts[:6]), parts[6]
    try:
        given = _unb64(signature)
    except ValueError as exc:
        raise InvalidTicketToken("damaged signature") from exc
    if not hmac.compare_digest(given, _mac(body, key)):
        raise InvalidTicketToken("signature does not match this hall")
    try:
        issued = datetime.fromtimestamp(int(parts[4]), UTC)
        return TicketClaim(_long_uuid(parts[1]), parts[2], parts[3], issued, _long_uuid(parts[5]))
    except ValueError as exc:  # signed but malformed: only a holder of the key could do this
        raise InvalidTicketToken("malformed ticket code") from exc


def _mac(body: str, key: bytes) -> bytes:
    return hmac.new(key, body.encode("ascii"), hashlib.sha256).digest()[:_SIG_BYTES]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    padded = text + "=" * (-len(text) % 4)
    return base64.urlsafe_b64decode(padded.encode("ascii"))


def _short_uuid(value: str) -> str:
    return _b64(uuid.UUID(value).bytes)


def _long_uuid(text: str) -> str:
    return str(uuid.UUID(bytes=_unb64(text)))
