"""`mpp-kiosk` as a technician uses it: tickets, catalogue, database, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk import __version__
from kiosk.clock import WIT, FakeClock
from kiosk.paths import Paths
from mpp.cli import main
from tests.conftest import SMALL_CATALOGUE


def run(capsys: pytest.CaptureFixture[str], *argv: str, clock: FakeClock | None = None):
    code = main(list(argv), clock=clock)
    out, err = capsys.readouterr()
    return code, out, err


def use_small_catalogue(home: Paths, *, demo: bool) -> None:
    home.config_dir.mkdir(parents=True, exist_ok=True)
    home.config_file.write_text(
        f'[station]\nname = "Kiosk Uji"\ndemo = {str(demo).lower()}\n'
        f"[catalogue]\nfile = {json.dumps(str(SMALL_CATALOGUE))}\n",
        encoding="utf-8",
    )


def test_fresh_home_issues_one_then_two_and_restarts_after_midnight_wit(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FakeClock(datetime(2026, 11, 22, 23, 50, tzinfo=WIT))  # a Sunday night: demo is open
    tickets = []
    for _ in range(2):
        code, out, _ = run(capsys, "ticket", "issue", "--service", "KTP-EL", "--json", clock=clock)
        assert code == 0
        tickets.append(json.loads(out))
    assert [t["number"] for t in tickets] == ["A1-001", "A1-002"]
    assert {"id", "number", "service", "status", "people_ahead", "estimated_wait_minutes"} <= set(
        tickets[0]
    )
    assert tickets[1]["status"] == "waiting" and tickets[1]["people_ahead"] == 1
    clock.set(datetime(2026, 11, 22, 15, 0, 30, tzinfo=UTC))  # 00:00:30 WIT on the 23rd
    code, out, _ = run(capsys, "ticket", "issue", "--service", "KTP-EL", "--json", clock=clock)
    assert json.loads(out)["number"] == "A1-001"
    assert home.database.exists(), "the store lives in MPP_KIOSK_HOME"


def test_ticket_list_in_text_and_json(home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    use_small_catalogue(home, demo=True)
    clock = FakeClock(datetime(2026, 11, 23, 9, 0, tzinfo=WIT))
    _, out, _ = run(capsys, "ticket", "list", clock=clock)
    assert "Belum ada nomor antrian" in out
    run(capsys, "ticket", "issue", "--service", "KTP-EL", "--priority", "lansia", clock=clock)
    code, out, _ = run(capsys, "--lang", "en", "ticket", "list", clock=clock)
    assert code == 0 and "A-001" in out and "Electronic ID card" in out and "waiting" in out
    code, out, _ = run(capsys, "ticket", "list", "--json", clock=clock)
    [ticket] = json.loads(out)
    assert ticket["priority"] == "lansia"


def test_closed_service_is_refused_with_the_reason(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    use_small_catalogue(home, demo=False)
    clock = FakeClock(datetime(2026, 11, 23, 14, 30, tzinfo=WIT))
    code, out, err = run(capsys, "ticket", "issue", "--service", "KTP-EL", clock=clock)
    assert code == 1 and out == ""
    assert "sudah ditutup pukul 14.00 WIT" in err and "besok pukul 08.00 WIT" in err
    code, _, err = run(
        capsys, "--lang", "en", "ticket", "issue", "--service", "KTP-EL", clock=clock
    )
    assert "Ticket issuing closed today at 14:00 WIT" in err


def test_unknown_service_and_bad_arguments_exit_2(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    use_small_catalogue(home, demo=True)
    code, _, err = run(capsys, "ticket", "issue", "--service", "XYZ")
    assert code == 2 and "'XYZ' tidak ada di katalog" in err
    with pytest.raises(SystemExit) as bad:
        main(["ticket", "issue", "--service", "KK", "--priority", "vip"])
    assert bad.value.code == 2
    assert "invalid choice: 'vip'" in capsys.readouterr().err


def test_catalog_show_says_what_can_issue_now(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    use_small_catalogue(home, demo=False)
    clock = FakeClock(datetime(2026, 11, 23, 9, 0, tzinfo=WIT))
    _, out, _ = run(capsys, "catalog", "show", "--json", clock=clock)
    data = json.loads(out)
    services = {s["code"]: s for a in data["agencies"] for s in a["services"]}
    assert services["KTP-EL"]["can_issue_now"] is True
    assert services["KTP-EL"]["daily_quota"] == 3 and services["KTP-EL"]["prefix"] == "A"
    assert services["KK"]["can_issue_now"] is False
    assert services["KK"]["closed_reason"] == "closed_today"
    assert services["KK"]["next_open"] == "2026-11-28T09:00:00+09:00"
    _, out, _ = run(capsys, "catalog", "show", clock=clock)
    assert "KTP-EL" in out and "Sen–Kam 08.00–15.00 (batas 14.00)" in out and "BUKA" in out


def test_catalog_validate_names_the_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "catalog", "validate", str(SMALL_CATALOGUE))
    assert code == 0 and "katalog valid" in out and "2 layanan" in out
    bad = tmp_path / "rusak.toml"
    bad.write_text(
        SMALL_CATALOGUE.read_text().replace("nominal_minutes = 8", "nominal_minutes = 0")
    )
    code, out, err = run(capsys, "catalog", "validate", str(bad))
    assert code == 2
    assert "rusak.toml" in err
    assert "services[1] (KK): field 'nominal_minutes'" in err


def test_bad_catalogue_file_keeps_the_previous_one(
    home: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    use_small_catalogue(home, demo=True)
    assert run(capsys, "ticket", "issue", "--service", "KK")[0] == 0
    bad = tmp_path / "bad.toml"
    bad.write_text("version = 'x'\n[hall]\n")
    home.config_file.write_text(
        f"[station]\ndemo = true\n[catalogue]\nfile = {json.dumps(str(bad))}\n", encoding="utf-8"
    )
    code, out, _ = run(capsys, "ticket", "issue", "--service", "KK", "--json")
    assert code == 0 and json.loads(out)["number"] == "B-002"


def test_broken_config_is_reported_not_a_traceback(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    home.config_dir.mkdir(parents=True)
    home.config_file.write_text("[station]\nrole = 'kasir'\n", encoding="utf-8")
    code, _, err = run(capsys, "ticket", "list")
    assert code == 2
    assert "station.toml" in err and "station.role" in err


def test_db_upgrade_and_backup(home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "db", "backup")
    assert code == 1 and "Belum ada basis data" in err
    code, out, _ = run(capsys, "db", "upgrade")
    assert code == 0 and "(kosong)" in out
    code, out, _ = run(capsys, "db", "upgrade")
    assert "sudah terbaru" in out
    code, out, _ = run(capsys, "db", "backup")
    assert code == 0
    assert len(list(home.backups.glob("station-*.sqlite"))) == 1


def test_console_scripts_answer_help_and_version() -> None:
    bindir = Path(sys.executable).parent
    for script, words in (("mpp-kiosk", "ticket"), ("mpp-server", "mpp-server")):
        result = subprocess.run(
            [str(bindir / script), "--help"], capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0, result.stderr
        assert words in result.stdout
    version = subprocess.run(
        [sys.executable, "-m", "kiosk", "--version"], capture_output=True, text=True, timeout=60
    )
    assert version.stdout.strip() == f"mpp-kiosk {__version__}"


def test_admin_set_pin_keeps_the_rest_of_the_config(
    home: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from kiosk.config import load_config
    from kiosk.domain.admin_pin import verify_pin

    use_small_catalogue(home, demo=True)
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    code, _, err = run(capsys, "admin", "set-pin", "--pin-stdin")
    assert code == 2 and "4 sampai 8 angka" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("482913\n"))
    code, out, _ = run(capsys, "admin", "set-pin", "--pin-stdin")
    assert code == 0 and "station.toml" in out
    config = load_config(home)
    assert config.admin_pin_hash is not None and verify_pin("482913", config.admin_pin_hash)
    assert config.name == "Kiosk Uji" and config.catalogue_file == SMALL_CATALOGUE
    assert "482913" not in home.config_file.read_text()
