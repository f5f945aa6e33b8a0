"""Searching the catalogue the way citizens type."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.catalog.loader import SEED_CATALOGUE, load_file
from kiosk.domain.catalogue import Service
from kiosk.domain.search import fold, search_services

SEED, _ = load_file(SEED_CATALOGUE)


def codes(query: str) -> list[str]:
    return [s.code for s in search_services(SEED, query)]


def test_folding_ignores_case_accents_and_punctuation() -> None:
    assert fold("KTP-el") == "ktp el"
    assert fold("  Pérekaman   KTP ") == "perekaman ktp"


def test_common_searches_find_the_service() -> None:
    assert codes("ktp")[0] == "KTP-EL"
    assert "AKTA-LAHIR" in codes("akta lahir")
    assert "SKCK-BARU" in codes("skck")
    assert any(code.startswith("PASPOR") for code in codes("paspor"))
    assert "AKTA-LAHIR" in codes("birth certificate"), "English names are searched too"
    assert set(codes("dukcapil")) == {s.code for s in SEED.services_of("DUKCAPIL")}


def test_every_word_must_match() -> None:
    assert codes("akta kematian") == ["AKTA-MATI"]
    assert codes("akta xyzzy") == []


def test_nothing_typed_finds_nothing() -> None:
    assert codes("") == [] and codes("  - ") == []


@given(st.sampled_from(SEED.services))
def test_every_service_is_found_by_its_own_name_and_its_code(service: Service) -> None:
    assert service.code in codes(service.name.id)
    assert service.code in codes(service.code)
