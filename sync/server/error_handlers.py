"""Every 4xx answer is an `ErrorBody`: FastAPI's own errors are translated here.

A request that fails validation names its first bad field in dotted form
(`events.0.seq`, not FastAPI's `["body", "events", 0, "seq"]`) and lists the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from sync.protocol import ErrorBody, FieldProblem
from sync.server.errors import ApiError

#: Largest request body taken (a batch of 1,000 events with forms fits easily).
MAX_BODY_BYTES = 16 * 1024 * 1024
_LOCATIONS = ("body", "query", "path", "header", "cookie")
_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorised",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "too_large",
    415: "unsupported_media_type",
}


def error_response(
    status: int,
    code: str,
    message: str,
    field: str | None = None,
    errors: list[FieldProblem] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """An ErrorBody as a JSON response."""
    body = ErrorBody(code=code, field=field, message=message, errors=errors)
    if status == 401:
        headers = {**(headers or {}), "WWW-Authenticate": "Bearer"}
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status, headers=headers)


def dotted(loc: Sequence[Any]) -> str | None:
    """`("body", "events", 0, "seq")` → `events.0.seq`; None for the body as a whole."""
    parts = list(loc)
    if parts and parts[0] in _LOCATIONS:
        parts = parts[1:]
    return ".".join(str(p) for p in parts) or None


async def _on_api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.code, exc.message, exc.field)


async def _on_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    first = errors[0]
    if first.get("type") == "json_invalid":
        reason = (first.get("ctx") or {}).get("error", "JSON decode error")
        return error_response(422, "invalid_json", f"the body is not valid JSON: {reason}")
    content_type = request.headers.get("content-type", "")
    if tuple(first.get("loc", ())) == ("body",) and "json" not in content_type:
        message = "send the body as JSON (Content-Type: application/json)"
        return error_response(415, "unsupported_media_type", message)
    problems = [FieldProblem(field=dotted(e["loc"]), message=_describe(e)) for e in errors[:20]]
    code = "missing_field" if first.get("type") == "missing" else "invalid_field"
    return error_response(422, code, problems[0].message, problems[0].field, problems)


def _describe(error: Any) -> str:
    field = dotted(error["loc"])
    message = str(error.get("msg", "invalid"))
    return f"{field}: {message}" if field else message


async def _on_http(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    code = _HTTP_CODES.get(exc.status_code, f"http_{exc.status_code}")
    headers = dict(exc.headers) if exc.headers else None
    return error_response(exc.status_code, code, str(exc.detail), headers=headers)


def install(app: FastAPI) -> None:
    """Register the handlers and the body-size limit on an app."""
    app.add_exception_handler(ApiError, _on_api_error)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(HTTPException, _on_http)
    app.add_middleware(BodyLimit)


class BodyLimit:
    """Refuse a request whose Content-Length is above MAX_BODY_BYTES before reading it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            for name, value in scope["headers"]:
                if name == b"content-length" and _too_long(value):
                    message = f"the request body is larger than {MAX_BODY_BYTES} bytes"
                    await error_response(413, "too_large", message)(scope, receive, send)
                    return
        await self.app(scope, receive, send)


def _too_long(value: bytes) -> bool:
    try:
        return int(value) > MAX_BODY_BYTES
    except ValueError:
        return True
