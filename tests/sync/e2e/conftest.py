"""Fixtures of the end-to-end sync tests: a real server process and a hall of stations."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.e2e.hall import Hall
from tests.sync.server_process import ServerHandle, running_server


@pytest.fixture
def server(server_db: str) -> Iterator[ServerHandle]:
    """`mpp-server serve` on 127.0.0.1, on SQLite and on PostgreSQL."""
    with running_server(server_db) as handle:
        yield handle


@pytest.fixture
def hall(server: ServerHandle, tmp_path: Path) -> Iterator[Hall]:
    made = Hall(server, tmp_path / "hall")
    yield made
    made.close()
