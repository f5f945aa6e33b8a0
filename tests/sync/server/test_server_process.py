"""A real `python -m sync.server serve` process: starts, answers /health, stops and restarts."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.sync.server_process import running_server

pytestmark = pytest.mark.slow


def test_the_server_process_starts_answers_and_restarts(tmp_path: Path) -> None:
    with running_server(f"sqlite:///{tmp_path / 'server.sqlite'}") as server:
        health = httpx.get(f"{server.api}/health", timeout=5).json()
        assert (health["status"], health["protocol"]) == ("ok", 1)
        server.kill()
        assert not server.running()
        with pytest.raises(httpx.TransportError):
            httpx.get(f"{server.api}/health", timeout=1)
        server.restart()
        assert httpx.get(f"{server.api}/health", timeout=5).status_code == 200
        port = server.port
    assert not server.running()
    assert port == server.port
