"""HTTP calls to the server's API (`/api/v1`), each with a timeout, TLS verified.

Replies are validated with the shared wire schemas; any surprise becomes a
`SyncError` the caller can show, never an exception from deep inside requests.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar
from urllib.parse import quote

import requests
from pydantic import BaseModel, ValidationError

from kiosk.domain.text import Text
from sync.client.errors import (
    BadReply,
    NameNotFound,
    NotConnected,
    Refused,
    ServerTooOld,
    TlsInvalid,
    TokenInvalid,
    Unreachable,
)
from sync.protocol import (
    API_PREFIX,
    PROTOCOL_VERSION,
    BatchReply,
    CallReply,
    CallRequest,
    CatalogueOut,
    ComplaintStatusOut,
    EnrolCheckReply,
    EnrolCheckRequest,
    EnrolReply,
    EnrolRequest,
    EventBatch,
    FeedPage,
    Health,
    LeaseReply,
    LeaseRequest,
)

#: Seconds to open a connection; an answer must start within READ_TIMEOUT.
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 20.0
#: The server holds a long-poll at most this long; the client waits a little longer.
FEED_MARGIN = 10.0

M = TypeVar("M", bound=BaseModel)


class ServerApi:
    """One server, one station token; a `requests.Session` keeps the connection open."""

    def __init__(
        self, base_url: str, token: str | None = None, session: requests.Session | None = None
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._session = session or requests.Session()
        self._session.verify = True
        if token:
            self._session.headers["Authorization"] = f"Bearer {token}"

    def close(self) -> None:
        """Close the connections."""
        self._session.close()

    def health(self) -> Health:
        """The server's health; ServerTooOld if it speaks an older protocol."""
        try:
            health = self._call("GET", "/health", Health)
        except Refused as exc:
            if exc.status == 404:  # another web server answers at that address
                raise BadReply(
                    Text(
                        f"Di {self.base_url} tidak ada server MPP Kiosk. Periksa alamat dan port.",
                        f"There is no MPP Kiosk server at {self.base_url}. "
                        "Check the address and port.",
                    )
                ) from exc
            raise
        if health.protocol < PROTOCOL_VERSION:
            raise ServerTooOld(
                Text(
                    f"Server versi {health.version} terlalu lama untuk stasiun ini; "
                    "perbarui server dahulu.",
                    f"Server version {health.version} is too old for this station; "
                    "update the server first.",
                )
            )
        return health

    def enrol(self, request: EnrolRequest) -> EnrolReply:
        """Exchange a one-time code for this station's token."""
        return self._call("POST", "/enrol", EnrolReply, body=request)

    def check_code(self, request: EnrolCheckRequest) -> EnrolCheckReply:
        """Which station a one-time code is for; the code is not used up."""
        return self._call("POST", "/enrol/check", EnrolCheckReply, body=request)

    def push(self, batch: EventBatch | bytes) -> BatchReply:
        """Send a batch of outbox events (a model, or its JSON already written)."""
        data = batch if isinstance(batch, bytes) else batch.model_dump_json().encode()
        return _parse(self._send("POST", "/events", data=data), BatchReply)

    def feed(self, after: int, limit: int, wait: float = 0.0) -> FeedPage:
        """Events after the cursor; with `wait`, the server holds the request until one comes."""
        params = {"after": after, "limit": limit, "wait": wait}
        return self._call("GET", "/feed", FeedPage, params=params, read_timeout=wait + FEED_MARGIN)

    def lease(self, request: LeaseRequest) -> LeaseReply:
        """Blocks of ticket numbers for this station."""
        return self._call("POST", "/numbers/lease", LeaseReply, body=request)

    def call(self, request: CallRequest) -> CallReply:
        """Ask the server to call a ticket (or the next one) to a counter."""
        return self._call("POST", "/calls", CallReply, body=request)

    def complaint(self, tracking: str) -> ComplaintStatusOut:
        """A complaint's status by its tracking number (Refused 404: the server has none)."""
        return self._call("GET", f"/complaints/{quote(tracking, safe='')}", ComplaintStatusOut)

    def catalogue(self, etag: str | None) -> CatalogueOut | None:
        """The hall's catalogue, or None when the one with `etag` is still current."""
        headers = {"If-None-Match": f'"{etag}"'} if etag else {}
        response = self._send("GET", "/catalogue", headers=headers)
        if response.status_code == 304:
            return None
        return _parse(response, CatalogueOut)

    def _call(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        body: BaseModel | None = None,
        params: dict[str, Any] | None = None,
        read_timeout: float = READ_TIMEOUT,
    ) -> M:
        data = body.model_dump_json().encode() if body is not None else None
        response = self._send(method, path, data=data, params=params, read_timeout=read_timeout)
        return _parse(response, model)

    def _send(
        self,
        method: str,
        path: str,
        *,
        data: bytes | None = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        read_timeout: float = READ_TIMEOUT,
    ) -> requests.Response:
        all_headers = {"Content-Type": "application/json"} if data is not None else {}
        all_headers.update(headers or {})
        try:
            response = self._session.request(
                method,
                f"{self.base_url}{API_PREFIX}{path}",
                data=data,
                params=params,
                headers=all_headers,
                timeout=(CONNECT_TIMEOUT, read_timeout),
            )
        except requests.exceptions.SSLError as exc:
            raise TlsInvalid(_tls(self.base_url)) from exc
        except requests.exceptions.ConnectionError as exc:
            if _name_not_found(exc):
                raise NameNotFound(_no_name(self.base_url)) from exc
            if _never_connected(exc):
                raise NotConnected(_unreachable(self.base_url)) from exc
            raise Unreachable(_unreachable(self.base_url)) from exc
        except requests.exceptions.RequestException as exc:
            raise Unreachable(_unreachable(self.base_url)) from exc
        _raise_for_status(response)
        return response


def _parse(response: requests.Response, model: type[M]) -> M:
    try:
        return model.model_validate_json(response.content)
    except ValidationError as exc:
        raise BadReply(
            Text(
                f"Jawaban server tidak sesuai protokol ({response.url}).",
                f"The server's answer does not follow the protocol ({response.url}).",
            )
        ) from exc


def _raise_for_status(response: requests.Response) -> None:
    status = response.status_code
    if status < 400:
        return
    if status >= 500 or status in (408, 429):
        raise Unreachable(
            Text(
                f"Server sedang bermasalah (HTTP {status}); dicoba lagi nanti.",
                f"The server is in trouble (HTTP {status}); trying again later.",
            )
        )
    code, field, message = _error_body(response)
    if status == 401:
        raise TokenInvalid(
            Text(
                "Server tidak mengenal stasiun ini (token dicabut atau salah). "
                "Daftarkan ulang stasiun dengan kode baru.",
                "The server does not know this station (token revoked or wrong). "
                "Enrol the station again with a new code.",
            ),
            status,
            code,
            field,
        )
    where = f" ({field})" if field else ""
    raise Refused(
        Text(
            f"Server menolak permintaan: {message}{where}.",
            f"The server refused the request: {message}{where}.",
        ),
        status,
        code,
        field,
    )


def _error_body(response: requests.Response) -> tuple[str, str | None, str]:
    try:
        body = response.json()
    except (ValueError, json.JSONDecodeError):
        return f"http_{response.status_code}", None, f"HTTP {response.status_code}"
    if not isinstance(body, dict):
        return f"http_{response.status_code}", None, f"HTTP {response.status_code}"
    return (
        str(body.get("code", f"http_{response.status_code}")),
        body.get("field") if isinstance(body.get("field"), str) else None,
        str(body.get("message", f"HTTP {response.status_code}")),
    )


def _name_not_found(exc: Exception) -> bool:
    text = repr(exc)
    return any(
        marker in text
        for marker in ("NameResolutionError", "Name or service not known", "getaddrinfo failed")
    )


def _never_connected(exc: requests.exceptions.ConnectionError) -> bool:
    """The connection was never opened (refused, no route, connect timeout): the server
    cannot have seen the request. A connection dropped mid-answer is not this case."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return True
    text = repr(exc)
    return "NewConnectionError" in text or "ConnectTimeoutError" in text


def _unreachable(url: str) -> Text:
    return Text(
        f"Server {url} tidak dapat dihubungi. Periksa kabel jaringan dan apakah server menyala; "
        "stasiun tetap bekerja dan mengirim nanti.",
        f"Cannot connect to the server {url}. Check the network cable and that the server "
        "is running; the station keeps working and sends later.",
    )


def _no_name(url: str) -> Text:
    return Text(
        f"Nama server pada {url} tidak ditemukan. Periksa ejaan alamatnya.",
        f"The server name in {url} was not found. Check how the address is spelt.",
    )


def _tls(url: str) -> Text:
    return Text(
        f"Sertifikat TLS server {url} tidak sah untuk nama itu. Hubungi pengelola server.",
        f"The TLS certificate of {url} is not valid for that name. Contact the server's admin.",
    )
