"""The catalogue on the server: imported by the admin, fetched by stations with an ETag."""

from __future__ import annotations

import hashlib

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from sync.protocol import API_PREFIX, CatalogueOut
from sync.server.models import CatalogueFile
from sync.server.state import ServerState
from tests.conftest import SMALL_CATALOGUE
from tests.sync.server.fake_stations import FakeStation

CATALOGUE = f"{API_PREFIX}/catalogue"
ADMIN_CATALOGUE = f"{API_PREFIX}/admin/catalogue"


def _put(
    client: TestClient, headers: dict[str, str], content: bytes, media: str = "application/toml"
):  # type: ignore[no-untyped-def]
    return client.put(ADMIN_CATALOGUE, content=content, headers={**headers, "Content-Type": media})


def _files(state: ServerState) -> int:
    with state.db.read() as conn:
        return int(conn.scalar(select(func.count()).select_from(CatalogueFile)) or 0)


def test_no_catalogue_yet_is_a_404(client: TestClient, kiosk: FakeStation) -> None:
    reply = client.get(CATALOGUE, headers=kiosk.headers)
    assert (reply.status_code, reply.json()["code"]) == (404, "no_catalogue")


def test_the_imported_file_comes_back_with_its_etag_and_then_304(
    client: TestClient, kiosk: FakeStation, admin_headers: dict[str, str]
) -> None:
    content = SMALL_CATALOGUE.read_bytes()
    put = _put(client, admin_headers, content, "text/plain; charset=utf-8")
    assert put.status_code == 200
    sha = hashlib.sha256(content).hexdigest()
    reply = client.get(CATALOGUE, headers=kiosk.headers)
    assert reply.status_code == 200
    assert reply.headers["ETag"] == f'"{sha}"'
    body = CatalogueOut.model_validate(reply.json())
    assert (body.sha256, body.toml) == (sha, content.decode())
    again = client.get(CATALOGUE, headers={**kiosk.headers, "If-None-Match": f'"{sha}"'})
    assert again.status_code == 304
    assert again.content == b""
    stale = client.get(CATALOGUE, headers={**kiosk.headers, "If-None-Match": '"old"'})
    assert stale.status_code == 200


def test_the_hall_name_comes_from_the_catalogue(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    assert client.get(f"{API_PREFIX}/health").json()["hall"] == "MPP"
    _put(client, admin_headers, SMALL_CATALOGUE.read_bytes())
    assert client.get(f"{API_PREFIX}/health").json()["hall"] == "MPP Uji"


def test_a_bad_catalogue_is_refused_with_the_reason_and_changes_nothing(
    client: TestClient, state: ServerState, admin_headers: dict[str, str]
) -> None:
    bad = SMALL_CATALOGUE.read_text().replace('prefix = "B"', 'prefix = "A"')
    reply = _put(client, admin_headers, bad.encode())
    assert reply.status_code == 422
    assert reply.json()["code"] == "catalogue_invalid"
    assert "prefix" in reply.json()["message"]
    assert _put(client, admin_headers, b"version = [").status_code == 422
    assert _put(client, admin_headers, b"\xff\xfe").status_code == 422
    assert _files(state) == 0


def test_a_catalogue_must_come_as_toml_text(
    client: TestClient, state: ServerState, admin_headers: dict[str, str]
) -> None:
    reply = _put(client, admin_headers, SMALL_CATALOGUE.read_bytes(), "application/json")
    assert (reply.status_code, reply.json()["code"]) == (415, "unsupported_media_type")
    assert _files(state) == 0


def test_importing_the_same_file_again_keeps_one_version(
    client: TestClient, state: ServerState, admin_headers: dict[str, str]
) -> None:
    for _ in range(2):
        assert _put(client, admin_headers, SMALL_CATALOGUE.read_bytes()).status_code == 200
    assert _files(state) == 1
