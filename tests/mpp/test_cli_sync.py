"""`mpp-kiosk enrol` and `mpp-kiosk sync status|now` against a real server process."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.clock import FakeClock
from kiosk.paths import Paths
from mpp.cli import main
from sync.server.commands import database
from sync.server.enrolment import add_station
from tests.sync.server_process import ServerHandle, free_port, running_server
from tests.sync.tls_server import untrusted_https


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerHandle]:
    with running_server(f"sqlite:///{tmp_path / 'server.sqlite'}") as handle:
        yield handle


def new_code(server: ServerHandle, clock: FakeClock, name: str = "Kiosk Lobi") -> str:
    with database(server.db_url) as db, db.session() as session:
        return add_station(session, name, "kiosk", clock.now()).code


def run(capsys: pytest.CaptureFixture[str], clock: FakeClock, *args: str) -> tuple[int, str]:
    code = main(["--lang", "en", *args], clock=clock)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_station_enrols_and_sends_its_tickets(
    home: Paths, clock: FakeClock, server: ServerHandle, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, clock, "sync", "status")
    assert code == 0 and "not enrolled" in out
    assert run(capsys, clock, "sync", "now")[0] == 1
    assert (
        run(capsys, clock, "ticket", "issue", "--service", "KTP-EL")[0] == 0
    )  # before enrolment: A1-001
    code, out = run(
        capsys, clock, "enrol", "--server", server.url, "--code", new_code(server, clock)
    )
    assert code == 0, out
    assert "enrolled" in out and "slot 1" in out
    assert home.station_token.stat().st_mode & 0o077 == 0  # the token is private
    code, out = run(capsys, clock, "sync", "now")
    assert code == 0, out
    assert "left to send 0" in out
    code, out = run(capsys, clock, "ticket", "issue", "--service", "KTP-EL", "--json")
    # From the block the server leased (1-10); 1 was issued here before enrolment.
    assert json.loads(out)["number"] == "A1-002"
    code, out = run(capsys, clock, "sync", "status", "--json")
    status = json.loads(out)
    assert status["enrolled"] and status["reachable"] and status["slot"] == 1
    assert status["backlog"] >= 1  # the ticket just issued waits for the next round
    # A kiosk does not call tickets: the server says so, and the command says it plainly.
    code, out = run(capsys, clock, "ticket", "call", "--counter", "2", "A1-002")
    assert code == 1 and "refused" in out


def test_a_counter_calls_a_kiosk_ticket_through_the_server(
    tmp_path: Path,
    clock: FakeClock,
    server: ServerHandle,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def at(station: str) -> None:
        monkeypatch.setenv("MPP_KIOSK_HOME", str(tmp_path / station))

    at("kiosk")
    assert (
        run(capsys, clock, "enrol", "--server", server.url, "--code", new_code(server, clock))[0]
        == 0
    )
    at("counter")
    with database(server.db_url) as db, db.session() as session:
        counter_code = add_station(session, "Loket 2", "counter", clock.now()).code
    assert run(capsys, clock, "enrol", "--server", server.url, "--code", counter_code)[0] == 0
    at("kiosk")
    run(capsys, clock, "sync", "now")
    number = json.loads(run(capsys, clock, "ticket", "issue", "--service", "KTP-EL", "--json")[1])[
        "number"
    ]
    run(capsys, clock, "sync", "now")
    at("counter")
    run(capsys, clock, "sync", "now")
    code, out = run(capsys, clock, "ticket", "call", "--counter", "2", "--service", "KTP-EL")
    assert code == 0 and number in out and "called to counter 2" in out
    code, out = run(capsys, clock, "ticket", "call", "--counter", "3", number)
    assert code == 1 and "already called by counter 2" in out
    at("kiosk")
    run(capsys, clock, "sync", "now")
    assert "called to counter 2" in run(capsys, clock, "ticket", "list")[1]


def test_enrolment_failures_are_told_apart(
    home: Paths,
    clock: FakeClock,
    server: ServerHandle,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    nobody = f"http://127.0.0.1:{free_port()}"
    code, out = run(capsys, clock, "enrol", "--server", nobody, "--code", "ABCD-EFGH")
    assert code == 1 and "Cannot connect" in out
    code, out = run(
        capsys, clock, "enrol", "--server", "http://mpp-server.invalid:8470", "--code", "ABCD"
    )
    assert code == 1 and "was not found" in out
    with untrusted_https(tmp_path) as url:
        code, out = run(capsys, clock, "enrol", "--server", url, "--code", "ABCD-EFGH")
    assert code == 1 and "TLS certificate" in out
    code, out = run(capsys, clock, "enrol", "--server", server.url, "--code", "ABCD-EFGH")
    assert code == 1 and "wrong, expired or used" in out
    used = new_code(server, clock)
    assert run(capsys, clock, "enrol", "--server", server.url, "--code", used)[0] == 0
    code, out = run(capsys, clock, "enrol", "--server", server.url, "--code", used)
    assert code == 1 and ("wrong, expired or used" in out or "already" in out)
    assert not (home.config_dir / ".station.toml.tmp").exists()
