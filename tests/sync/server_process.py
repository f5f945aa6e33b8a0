"""A real `mpp-server serve` in a subprocess on 127.0.0.1, for tests that kill and restart it.

with running_server(db_url) as server:
    httpx.get(f"{server.api}/health")
    server.kill()      # SIGKILL: a power cut, as far as the server is concerned
    server.restart()   # the same database and port again, back once /health answers
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from sync.protocol import API_PREFIX

#: How long a start may take before the test gives up (imports, migrations, bind).
START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ServerHandle:
    """A running server process: its address, and ways to stop it."""

    db_url: str
    port: int
    home: Path
    process: subprocess.Popen[bytes] = field(init=False)
    _log: Path = field(init=False)

    @property
    def url(self) -> str:
        """`http://127.0.0.1:PORT`."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def api(self) -> str:
        """The API's base URL: `http://127.0.0.1:PORT/api/v1`."""
        return self.url + API_PREFIX

    def start(self) -> None:
        """Start the process and wait until `/health` answers."""
        self._log = self.home / f"server-{time.monotonic_ns()}.log"
        command = [sys.executable, "-m", "sync.server", "serve", "--db", self.db_url]
        command += ["--host", "127.0.0.1", "--port", str(self.port)]
        env = {**os.environ, "MPP_SERVER_HOME": str(self.home)}
        with self._log.open("wb") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
        self._wait_healthy()

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"mpp-server exited with {self.process.returncode}:\n{self.log()}"
                )
            try:
                if httpx.get(f"{self.api}/health", timeout=1.0).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        self.kill()
        raise TimeoutError(f"mpp-server did not answer within {START_TIMEOUT} s:\n{self.log()}")

    def log(self) -> str:
        """What the process wrote so far."""
        return self._log.read_text(errors="replace")

    def running(self) -> bool:
        """The process has not exited."""
        return self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL: the server stops at once, mid-request if need be."""
        if self.running():
            self.process.kill()
        self.process.wait(STOP_TIMEOUT)

    def stop(self) -> None:
        """SIGTERM: a graceful stop (SIGKILL if it takes too long)."""
        if self.running():
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.kill()

    def restart(self) -> None:
        """Stop if running, then start again on the same database and port."""
        self.stop()
        self.start()


@contextmanager
def running_server(db_url: str, port: int | None = None) -> Iterator[ServerHandle]:
    """A server on `db_url` for the duration of the block; stopped (or killed) afterwards."""
    with tempfile.TemporaryDirectory(prefix="mpp-server-") as home:
        handle = ServerHandle(db_url, port or free_port(), Path(home))
        handle.start()
        try:
            yield handle
        finally:
            handle.stop()
