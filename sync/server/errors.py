"""The server's exceptions: `ApiError` becomes an HTTP answer, `ServerError` a CLI message."""

from __future__ import annotations


class ServerError(Exception):
    """Something the operator must fix (a bad database URL, a missing file); one line of text."""


class ApiError(Exception):
    """A request the server refuses; the app turns it into an `ErrorBody` with this status."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.field = field
