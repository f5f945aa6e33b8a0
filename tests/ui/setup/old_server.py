"""A web server that answers /health like an MPP server of an older protocol."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _OldHealth(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps(
            {
                "status": "ok",
                "protocol": 0,
                "version": "0.1.0",
                "time": "2026-11-23T09:00:00+09:00",
                "hall": "MPP",
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def old_server() -> Iterator[str]:
    """`http://127.0.0.1:PORT` of a server speaking protocol 0."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _OldHealth)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
