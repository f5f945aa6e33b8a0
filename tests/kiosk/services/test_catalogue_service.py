"""The catalogue in use: reloaded when its file changes, not parsed again when it does not."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest

from kiosk.clock import FakeClock
from kiosk.errors import CatalogueError
from kiosk.paths import Paths
from kiosk.station import Station, open_station
from tests.conftest import SMALL_CATALOGUE, small_config


def station_on(home: Paths, clock: FakeClock, catalogue: Path) -> Station:
    config = dataclasses.replace(small_config(home), catalogue_file=catalogue)
    return open_station(home, config, clock)


def test_an_unchanged_file_is_not_parsed_again(
    home: Paths, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalogue = tmp_path / "katalog.toml"
    catalogue.write_bytes(SMALL_CATALOGUE.read_bytes())
    station_on(home, clock, catalogue).close()

    def refuse(*_: object) -> None:
        raise AssertionError("the unchanged file or the stored copy was validated again")

    monkeypatch.setattr("kiosk.catalog.loader.load_bytes", refuse)
    monkeypatch.setattr("kiosk.catalog.loader.load_json", refuse)
    again = station_on(home, clock, catalogue)
    assert again.catalogues.current().version == "test-1"
    again.close()


def test_an_edited_file_is_loaded_and_a_broken_edit_keeps_the_last_good(
    home: Paths, clock: FakeClock, tmp_path: Path
) -> None:
    catalogue = tmp_path / "katalog.toml"
    catalogue.write_bytes(SMALL_CATALOGUE.read_bytes())
    station_on(home, clock, catalogue).close()
    catalogue.write_text(SMALL_CATALOGUE.read_text().replace('"test-1"', '"test-2"'))
    edited = station_on(home, clock, catalogue)
    assert edited.catalogues.current().version == "test-2"
    edited.close()
    catalogue.write_text(SMALL_CATALOGUE.read_text().replace("nominal_minutes = 8", "x = 1"))
    kept = station_on(home, clock, catalogue)
    assert kept.catalogues.current().version == "test-2"
    assert isinstance(kept.catalogue_load.error, CatalogueError)
    assert "field 'x'" in kept.catalogue_load.error.message.en
    kept.close()


def test_the_snapshot_for_a_fast_start_is_the_catalogue_in_use(
    home: Paths, clock: FakeClock, tmp_path: Path
) -> None:
    from kiosk.catalog.snapshot import read_snapshot

    catalogue = tmp_path / "katalog.toml"
    catalogue.write_bytes(SMALL_CATALOGUE.read_bytes())
    station = station_on(home, clock, catalogue)
    assert read_snapshot(home.catalogue_snapshot) == station.catalogues.current()
    station.close()
    home.catalogue_snapshot.unlink()
    station_on(home, clock, catalogue).close()  # unchanged file: the snapshot is written again
    assert read_snapshot(home.catalogue_snapshot) is not None
    home.catalogue_snapshot.write_text("{ broken")
    assert read_snapshot(home.catalogue_snapshot) is None, "a bad snapshot means a slow start"


def test_the_same_catalogue_from_the_server_is_remembered_as_the_servers(
    station: Station,
) -> None:
    from kiosk.services.catalogue_service import SERVER_SOURCE

    content = SMALL_CATALOGUE.read_bytes()
    assert station.catalogues.server_sha256() is None
    station.catalogues.replace_from_bytes(content, SERVER_SOURCE, "server.toml")
    assert station.catalogues.server_sha256() == hashlib.sha256(content).hexdigest()
    # A restart keeps the server's catalogue, whatever file the config names.
    assert station.catalogues.start(None).source == SERVER_SOURCE
