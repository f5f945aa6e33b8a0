"""What can go wrong talking to the server, each with words a technician can act on."""

from __future__ import annotations

from kiosk.domain.text import Text


class SyncError(Exception):
    """Base of the sync client's errors; `text` says what happened and what to do."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.en)
        self.text = text


class Unreachable(SyncError):
    """No answer (network down, server stopped, timeout, 5xx): try again later."""


class NotConnected(Unreachable):
    """No connection could be opened: the request certainly never reached the server."""


class NameNotFound(NotConnected):
    """The server's name does not resolve."""


class TlsInvalid(Unreachable):
    """The server's TLS certificate is not valid for its name."""


class Refused(SyncError):
    """The server answered with a 4xx: retrying the same request will not help."""

    def __init__(self, text: Text, status: int, code: str, field: str | None = None) -> None:
        super().__init__(text)
        self.status = status
        self.code = code
        self.field = field


class TokenInvalid(Refused):
    """The station's token is unknown or revoked: enrol again."""


class BadReply(SyncError):
    """The server's answer is not what the protocol says (a proxy page, another program)."""


class ServerTooOld(SyncError):
    """The server speaks an older protocol than this station."""
