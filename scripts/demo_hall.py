"""A whole hall on one machine: a local `mpp-server`, a kiosk, a counter and a board.

Run: `.venv/bin/python scripts/demo_hall.py [--dir DIR] [--port 8470]`
It starts the server on 127.0.0.1 with the seed catalogue, enrols three stations
(each in its own folder under DIR, demo mode so every service is open), and opens
their three windows. Take a ticket at the kiosk, sign in at the counter as
"Petugas Demo" with PIN 1234, press Panggil (F1): the board shows and announces the
call. Close any window, or press Ctrl+C here, to end the demo.

`--check` runs the same hall without windows: a ticket is issued at the kiosk,
called at the counter and must reach the board's store; the exit code says whether
it did (the test suite runs this).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
STATIONS = (("Kiosk Lobi", "kiosk"), ("Loket 1", "counter"), ("Papan Aula", "display"))


def main(argv: Sequence[str] | None = None) -> int:
    """Start the hall; returns when the demo ends."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, help="folder for the hall's data (a new temp one)")
    parser.add_argument("--port", type=int, default=8470)
    parser.add_argument("--check", action="store_true", help="no windows: prove a ticket travels")
    args = parser.parse_args(argv)
    folder = args.dir or Path(tempfile.mkdtemp(prefix="mpp-hall-"))
    folder.mkdir(parents=True, exist_ok=True)
    url = f"http://127.0.0.1:{args.port}"
    db = f"sqlite:///{folder / 'server.sqlite'}"
    _tool("mpp-server", "catalog", "import", "--db", db, str(ROOT / "assets/catalog/mimika.toml"))
    codes = {role: _station_code(db, name, role) for name, role in STATIONS}
    server = subprocess.Popen(
        [str(BIN / "mpp-server"), "serve", "--db", db, "--port", str(args.port)],
        stdout=subprocess.DEVNULL,
    )
    try:
        _wait_for(url)
        for name, role in STATIONS:
            _enrol(folder / role, name, role, url, codes[role])
        print(f"Aula demo / demo hall: {url}, data in {folder}")
        return _check(folder) if args.check else _windows(folder)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


def _station_code(db: str, name: str, role: str) -> str:
    out = _tool("mpp-server", "station", "add", "--db", db, "--name", name, "--role", role)
    found = re.search(r"code: (\S+)", out)
    if found is None:
        raise SystemExit(f"no enrolment code in: {out}")
    return found.group(1)


def _enrol(home: Path, name: str, role: str, url: str, code: str) -> None:
    config = home / "config" / "station.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(
        f'[station]\nname = "{name}"\nrole = "{role}"\ndemo = true\n'
        f'[printer]\naddress = "pdf:{home / "prints"}"\n'
        '[display]\nrunning_text = "Selamat datang di Mal Pelayanan Publik Kabupaten Mimika · '
        'Welcome to the Mimika Public Service Hall"\n',
        encoding="utf-8",
    )
    _tool("mpp-kiosk", "enrol", "--server", url, "--code", code, home=home)
    _tool("mpp-kiosk", "sync", "now", home=home)  # the kiosk leases its first numbers


def _windows(folder: Path) -> int:
    windows = [
        subprocess.Popen([str(BIN / "mpp-kiosk"), "run"], env=_env(folder / role), cwd=ROOT)
        for _, role in STATIONS
    ]
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl+C here ends the demo
        while all(w.poll() is None for w in windows):
            time.sleep(0.5)
    for window in windows:
        if window.poll() is None:
            window.terminate()
            window.wait(timeout=15)
    return 0


def _check(folder: Path) -> int:
    """Kiosk issues, counter calls, board sees the call: each step through the server."""
    kiosk, counter, board = (folder / role for _, role in STATIONS)
    issued = json.loads(
        _tool("mpp-kiosk", "ticket", "issue", "--service", "KTP-EL", "--json", home=kiosk)
    )
    _tool("mpp-kiosk", "sync", "now", home=kiosk)
    _tool("mpp-kiosk", "sync", "now", home=counter)
    _tool("mpp-kiosk", "ticket", "call", "--counter", "1", "--service", "KTP-EL", home=counter)
    _tool("mpp-kiosk", "sync", "now", home=board)
    seen = json.loads(_tool("mpp-kiosk", "ticket", "list", "--json", home=board))
    calls = [t for t in seen if t["number"] == issued["number"] and t["status"] == "called"]
    ok = len(calls) == 1 and calls[0]["counter"] == 1
    print(f"{issued['number']} → loket 1 → papan / board: {'OK' if ok else 'TIDAK / NOT SEEN'}")
    return 0 if ok else 1


def _tool(program: str, *args: str, home: Path | None = None) -> str:
    done = subprocess.run(
        [str(BIN / program), *args],
        capture_output=True,
        text=True,
        env=_env(home) if home else None,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{program} {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "MPP_KIOSK_HOME": str(home)}


def _wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/api/v1/health", timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"the server at {url} did not start")


if __name__ == "__main__":
    sys.exit(main())
