"""Fixtures of the server tests: an app on each database, a client, enrolled stations."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest
from fastapi import FastAPI

from sync.server.app import create_app
from sync.server.auth import create_admin_token
from sync.server.state import ServerState
from tests.sync.server.fake_stations import FakeStation, TickingClock, enrol

# Starlette would rather its test client ran on `httpx2`; httpx is what the project has,
# and the client works the same. (The first import of the test client warns.)
warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
from fastapi.testclient import TestClient  # noqa: E402


@pytest.fixture
def ticking() -> TickingClock:
    """The server's clock: Monday 23 November 2026 from 09:00 WIT, 1 ms per reading."""
    return TickingClock()


@pytest.fixture
def app(server_db: str, ticking: TickingClock) -> FastAPI:
    """A server app on a fresh database (SQLite, then PostgreSQL)."""
    return create_app(server_db, clock=ticking)


@pytest.fixture
def state(app: FastAPI) -> ServerState:
    """The app's shared state (database, sequencer, feed signal)."""
    server: ServerState = app.state.server
    return server


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    """A client of the running app (its sequencer thread runs while the client is open)."""
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def admin_headers(state: ServerState) -> dict[str, str]:
    """The bearer header of a fresh admin token."""
    with state.db.write() as conn:
        token = create_admin_token(conn, state.now())
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def kiosk(client: TestClient) -> FakeStation:
    """An enrolled kiosk."""
    return enrol(client, "Kiosk 1", "kiosk")


@pytest.fixture
def counter(client: TestClient) -> FakeStation:
    """An enrolled counter station."""
    return enrol(client, "Loket 1", "counter")
