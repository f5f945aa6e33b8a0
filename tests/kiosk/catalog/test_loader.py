"""Catalogue files: the seed loads; every mistake is named by file, entry and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.catalog.loader import SEED_CATALOGUE, load_file
from kiosk.errors import CatalogueError
from tests.conftest import SMALL_CATALOGUE

GOOD = SMALL_CATALOGUE.read_text(encoding="utf-8")


def broken(tmp_path: Path, old: str, new: str) -> Path:
    assert old in GOOD, old
    path = tmp_path / "broken.toml"
    path.write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(CatalogueError) as caught:
        load_file(path)
    assert caught.value.source == path.name
    assert path.name in caught.value.message.id and path.name in caught.value.message.en
    return caught.value.problems


def test_seed_catalogue_is_a_real_hall() -> None:
    catalogue, _ = load_file(SEED_CATALOGUE)
    assert len(catalogue.agencies) >= 12
    assert len(catalogue.services) >= 40
    served = {code for counter in catalogue.counters for code in counter.services}
    assert {s.code for s in catalogue.services} <= served, "every service has a counter"
    for agency in catalogue.agencies:
        assert catalogue.services_of(agency.code), f"{agency.code} has no services"
    for service in catalogue.services:
        assert service.standard.requirements, service.code
        assert service.name.id != service.name.en or service.name.id.isupper(), service.code


def test_seed_catalogue_names_the_common_mpp_services() -> None:
    catalogue, _ = load_file(SEED_CATALOGUE)
    names = " ".join(s.name.id.lower() for s in catalogue.services)
    for expected in ("ktp", "kartu keluarga", "akta kelahiran", "skck", "paspor", "nib", "npwp"):
        assert expected in names, expected


def test_unknown_field_is_called_a_typo(tmp_path: Path) -> None:
    path = broken(tmp_path, "nominal_minutes = 10", "nominal_minutes = 10\nqouta = 5")
    assert problems_of(path) == ["services[0] (KTP-EL): field 'qouta': unknown field (a typo?)"]


def test_wrong_value_names_entry_and_field(tmp_path: Path) -> None:
    path = broken(tmp_path, "daily_quota = 3", "daily_quota = 0")
    [problem] = problems_of(path)
    assert problem.startswith("services[0] (KTP-EL): field 'daily_quota':")
    assert "greater than or equal to 1" in problem


def test_nested_field_is_named_with_its_path(tmp_path: Path) -> None:
    path = broken(tmp_path, 'requirements = [{ id = "Fotokopi KK"', 'requirements = [{ idx = "x"')
    problems = problems_of(path)
    assert "services[0] (KTP-EL): field 'requirements[0].idx': unknown field (a typo?)" in problems
    assert "services[0] (KTP-EL): field 'requirements[0].id': Field required" in problems


def test_cutoff_after_closing_is_refused(tmp_path: Path) -> None:
    path = broken(tmp_path, 'cutoff = "14:00" }', 'cutoff = "16:00" }')
    [problem] = problems_of(path)
    assert problem.startswith("hall: field 'hours.mon':")
    assert "'cutoff' must be after 'open' and not after 'close'" in problem


def test_duplicate_prefix_is_refused(tmp_path: Path) -> None:
    path = broken(tmp_path, 'prefix = "B"', 'prefix = "A"')
    assert problems_of(path) == ["services[1]: field 'prefix': 'A' is used more than once"]


def test_reference_to_a_missing_agency(tmp_path: Path) -> None:
    path = broken(tmp_path, 'agency = "DUKCAPIL"\nprefix = "B"', 'agency = "DINSOS"\nprefix = "B"')
    assert problems_of(path) == ["services[1] (KK): field 'agency': no agency with code 'DINSOS'"]


def test_counter_serving_a_missing_service(tmp_path: Path) -> None:
    path = broken(tmp_path, 'services = ["KTP-EL"]', 'services = ["KTP-EL", "SIM"]')
    assert problems_of(path) == [
        "counters[1] (loket 2): field 'services': no service with code 'SIM'"
    ]


def test_fee_must_be_known(tmp_path: Path) -> None:
    path = broken(tmp_path, "fee_idr = 0\nproduct", "product")
    [problem] = problems_of(path)
    assert problem.startswith("services[0] (KTP-EL):")
    assert "'fee_idr'" in problem


def test_toml_syntax_error_gives_the_line(tmp_path: Path) -> None:
    path = broken(tmp_path, 'version = "test-1"', 'version = "test-1')
    [problem] = problems_of(path)
    assert "not valid TOML" in problem and "line 1" in problem


def test_missing_file(tmp_path: Path) -> None:
    [problem] = problems_of(tmp_path / "nowhere.toml")
    assert "cannot read the file" in problem


def test_services_without_hours_take_the_hall_hours() -> None:
    catalogue, data = load_file(SMALL_CATALOGUE)
    ktp, kk = catalogue.service("KTP-EL"), catalogue.service("KK")
    assert ktp is not None and kk is not None
    assert len(ktp.hours.days) == 5
    assert list(kk.hours.days) == [5]
    assert data["services"][0]["code"] == "KTP-EL"
