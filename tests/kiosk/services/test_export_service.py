"""The diagnostics export: one zip a technician carries away, with nothing personal in it."""

from __future__ import annotations

import dataclasses
import json
import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.clock import FakeClock
from kiosk.paths import Paths
from kiosk.services.export_service import (
    HIDDEN,
    ExportFailed,
    blank_numbers,
    sanitised_config,
    write_export,
)
from kiosk.station import DEMO_PIN_HASH, Station, open_station
from kiosk.storage.models import OfficerRow
from mpp.logs import setup_logging
from tests.conftest import small_config

CITIZEN = {
    "nik": "9409010101900001",
    "nama": "Yohanes Beanal",
    "telepon": "0812 3456 7890",
    "alasan": "hilang",
    "surat_polisi": "yes",
    "tanggal_lahir": "1990-01-01",
}
HALL_KEY = "a2VwYWRhLWF1bGEtcmFoYXNpYS0wMTIzNDU2Nzg5"  # base64, as the config wants
TOKEN = "st_rahasia-token-stasiun-7f3a9c2e"
OFFICER = "Siti Rahma"


def write_config(paths: Paths) -> None:
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.config_file.write_text(
        "[station]\nname = 'Kiosk Uji'\n"
        f"[hall]\nkey = '{HALL_KEY}'\n"
        f"[admin]\npin_hash = '{DEMO_PIN_HASH}'\n"
        "[server]\nurl = 'http://teknisi:sandi@10.0.0.2:8470'\n",
        encoding="utf-8",
    )


@pytest.fixture
def logged(home: Paths) -> Iterator[Path]:
    """The station's real log file, as `mpp-kiosk run` sets it up, for this test only."""
    root = logging.getLogger()
    before = list(root.handlers)
    setup_logging(home)
    yield home.logs
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def busy(home: Paths, clock: FakeClock, logged: Path) -> Iterator[Station]:
    """A kiosk with secrets in its config and token, an officer, and a citizen's form."""
    write_config(home)
    config = dataclasses.replace(
        small_config(home),
        hall_key=HALL_KEY,
        admin_pin_hash=DEMO_PIN_HASH,
        server_url="http://teknisi:sandi@10.0.0.2:8470",
    )
    station = open_station(home, config, clock)
    home.station_token.write_text(TOKEN, encoding="utf-8")
    station.officers.save(OFFICER, "2468")
    station.tickets.issue("KTP-EL", answers=CITIZEN)
    station.tickets.issue("KTP-EL")
    logging.getLogger("kiosk.test").warning("a line of the station's own log")
    yield station
    station.close()


def members(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_the_export_is_one_zip_with_figures_logs_and_config(busy: Station, tmp_path: Path) -> None:
    path = write_export(busy, tmp_path / "usb", {"printer": {"ok": True, "message": "ready"}})
    assert path.name == "mpp-kiosk-diagnostik-kiosk-uji-20261123-090000-WIT.zip"
    assert [p.name for p in path.parent.iterdir()] == [path.name], "no temporary file is left"
    files = members(path)
    assert {"diagnostics.json", "station.toml", "version.txt", "logs/mpp-kiosk.log"} <= set(files)
    report = json.loads(files["diagnostics.json"])
    assert report["snapshot"]["station_id"] == busy.store.station_id
    assert report["snapshot"]["outbox_backlog"] == busy.sync.status().backlog
    assert report["tickets_today"] == {"waiting": 2}
    assert report["catalogue"]["version"] == busy.catalogues.current().version
    assert report["checks"] == {"printer": {"ok": True, "message": "ready"}}
    assert report["sync"]["server_url"] == "http://10.0.0.2:8470", "no password in the address"
    assert "a line of the station's own log" in files["logs/mpp-kiosk.log"]
    assert files["version.txt"].startswith("mpp-kiosk 0.1.0\n")


def test_nothing_personal_and_no_secret_is_in_any_file_of_the_export(
    busy: Station, tmp_path: Path
) -> None:
    with busy.store.uow() as uow:
        officer_hash = uow.session.scalar(select(OfficerRow.pin_hash))
    assert officer_hash
    files = members(write_export(busy, tmp_path))
    secrets = [
        CITIZEN["nik"],
        "9409",  # the NIK's first digits, shown on screens before the mask
        "Yohanes",
        "Beanal",
        "3456",  # the phone number's middle
        "•",  # any masked value (the NIK's last four digits, a masked name)
        DEMO_PIN_HASH,
        DEMO_PIN_HASH.split("$")[4],  # the admin PIN's salt alone
        officer_hash,
        officer_hash.split("$")[-1],
        TOKEN,
        HALL_KEY,
        "sandi",  # the password in the server's address
    ]
    for name, text in files.items():
        for secret in secrets:
            assert secret not in text, f"{secret!r} is in {name}"
    assert f'key = "{HIDDEN}"' in files["station.toml"]
    assert f'pin_hash = "{HIDDEN}"' in files["station.toml"]


def test_long_numbers_are_blanked_in_the_copied_logs(busy: Station, tmp_path: Path) -> None:
    log = busy.paths.logs / "mpp-kiosk.log"
    with log.open("a", encoding="utf-8") as handle:
        handle.write("2026-11-23 09:00:00+0900 WARNING x: NIK 9409010101900001 +6281234567890\n")
    text = members(write_export(busy, tmp_path))["logs/mpp-kiosk.log"]
    assert "9409010101900001" not in text and "81234567890" not in text
    assert "NIK [angka disembunyikan] [angka disembunyikan]" in text
    assert "2026-11-23 09:00:00+0900" in text, "times stay readable"


def test_an_unwritable_target_says_what_to_check_and_leaves_nothing(
    busy: Station, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    blocker = stick / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExportFailed) as failed:
        write_export(busy, blocker)
    assert "flashdisk" in failed.value.message.id and "USB stick" in failed.value.message.en
    assert list(stick.iterdir()) == [blocker]


def test_a_station_without_a_config_file_says_so(home: Paths) -> None:
    assert "demo" in sanitised_config(home.config_file)


def test_secrets_are_hidden_at_any_depth_and_other_values_kept(tmp_path: Path) -> None:
    config = tmp_path / "station.toml"
    config.write_text(
        "[station]\nname = 'Loket 3'\n[sync]\napi-token = 'abc'\n[printer]\naddress = 'dummy:'\n",
        encoding="utf-8",
    )
    text = sanitised_config(config)
    assert 'name = "Loket 3"' in text and 'address = "dummy:"' in text
    assert "abc" not in text and f'api-token = "{HIDDEN}"' in text


def test_only_long_runs_of_digits_are_blanked() -> None:
    assert blank_numbers("seq 12345 at 2026-11-23") == "seq 12345 at 2026-11-23"
    assert blank_numbers("id 8f1c0a2e-1234-4abc-9def-123456789012") == (
        "id 8f1c0a2e-1234-4abc-9def-123456789012"
    ), "a UUID's last group stays whole"
    assert blank_numbers("KK 9409012345678901.") == "KK [angka disembunyikan]."
