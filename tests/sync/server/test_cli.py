"""`mpp-server` commands: stations, catalogue, admin tokens, conflicts; exit codes 0/1/2."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sync.protocol import API_PREFIX
from sync.server.app import create_app
from sync.server.cli import main
from tests.conftest import SMALL_CATALOGUE


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _code_of(out: str) -> str:
    line = next(line for line in out.splitlines() if "code:" in line)
    return line.rsplit(" ", 1)[1]


def test_station_add_list_and_revoke(server_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "station", "add", "--name", "Loket 3", "--role", "counter", "--db", server_db
    )
    assert code == 0
    assert "slot 1" in out
    enrolment = _code_of(out)
    assert len(enrolment) == 9 and enrolment[4] == "-"
    with TestClient(create_app(server_db)) as client:
        body = {"code": enrolment, "station_id": str(uuid.uuid4()), "name": "Loket 3"}
        assert client.post(f"{API_PREFIX}/enrol", json=body).status_code == 200
    code, out, _ = _run(capsys, "station", "list", "--db", server_db)
    assert code == 0
    header, row = out.splitlines()
    assert header.split()[:3] == ["name", "role", "slot"]
    assert row.startswith("Loket 3") and "counter" in row and row.rstrip().endswith("no")
    assert _run(capsys, "station", "revoke", "Loket 3", "--db", server_db)[0] == 0
    _, out, _ = _run(capsys, "station", "list", "--db", server_db)
    revoked = out.splitlines()[1].rstrip()
    assert revoked.endswith("WIT") and not revoked.endswith(" no")


def test_revoking_an_unknown_station_fails_with_one_line(
    server_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "station", "revoke", "nobody", "--db", server_db)
    assert code == 1
    assert err.count("\n") == 1
    assert "nobody" in err


def test_catalog_import_and_export(
    server_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(capsys, "catalog", "export", "--db", server_db)[0] == 1
    code, out, _ = _run(capsys, "catalog", "import", str(SMALL_CATALOGUE), "--db", server_db)
    assert code == 0
    assert "imported" in out
    code, out, _ = _run(capsys, "catalog", "export", "--db", server_db)
    assert (code, out) == (0, SMALL_CATALOGUE.read_text())
    target = tmp_path / "out.toml"
    assert _run(capsys, "catalog", "export", str(target), "--db", server_db)[0] == 0
    assert target.read_text() == SMALL_CATALOGUE.read_text()


def test_a_bad_catalogue_file_fails_and_says_why(
    server_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('version = "1"\n')
    code, _, err = _run(capsys, "catalog", "import", str(bad), "--db", server_db)
    assert code == 1
    assert "not valid" in err
    code, _, err = _run(
        capsys, "catalog", "import", str(tmp_path / "missing.toml"), "--db", server_db
    )
    assert code == 1


def test_admin_token_works_on_the_admin_api(
    server_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "admin-token", "--db", server_db)
    assert code == 0
    token = out.strip()
    with TestClient(create_app(server_db)) as client:
        reply = client.get(
            f"{API_PREFIX}/admin/stations", headers={"Authorization": f"Bearer {token}"}
        )
    assert reply.status_code == 200


def test_conflicts_when_there_are_none(server_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "conflicts", "--db", server_db)
    assert (code, out.strip()) == (0, "No conflicts / tidak ada konflik")


def test_usage_errors_and_help(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert _run(capsys, "station", "add", "--name", "X")[0] == 2
    assert _run(capsys, "nothing")[0] == 2
    code, out, _ = _run(capsys, "--help")
    assert code == 0
    assert "serve" in out
    for command in (["serve"], ["station", "add"], ["catalog", "export"], ["admin-token"]):
        code, out, _ = _run(capsys, *command, "--help")
        assert code == 0
        assert "--db" in out


def test_a_database_url_it_cannot_use_fails_cleanly(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "conflicts", "--db", "mysql://x/y")
    assert code == 1
    assert "unsupported database URL" in err


def test_the_default_database_lives_under_mpp_server_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MPP_SERVER_HOME", str(tmp_path / "home"))
    assert _run(capsys, "admin-token")[0] == 0
    assert (tmp_path / "home" / "server.sqlite").exists()


def test_an_old_sqlite_is_named_not_a_crash(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 31, 1))
    monkeypatch.setattr(sqlite3, "sqlite_version", "3.31.1")
    code, _, err = _run(capsys, "conflicts", "--db", f"sqlite:///{tmp_path / 's.sqlite'}")
    assert code == 1
    assert "3.31.1" in err
