"""Finding a service by what a citizen types: "ktp", "akta lahir", "paspor", "SIM"."""

from __future__ import annotations

import unicodedata

from kiosk.domain.catalogue import Catalogue, Service


def fold(text: str) -> str:
    """Lower case, accents and punctuation gone: "KTP-el" and "ktp el" read alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = (c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join("".join(letters).split())


def search_services(catalogue: Catalogue, query: str) -> list[Service]:
    """Active services whose names (ID or EN), agency, code or prefix hold every word typed.

    A match at the start of a word ranks first, then catalogue order; an empty
    query finds nothing.
    """
    words = fold(query).split()
    if not words:
        return []
    found: list[tuple[int, int, Service]] = []
    for order, service in enumerate(catalogue.services):
        if not service.active:
            continue
        haystack = _haystack(catalogue, service)
        if all(word in haystack for word in words):
            starts = sum(1 for word in words if f" {word}" in f" {haystack}")
            found.append((-starts, order, service))
    return [service for _, _, service in sorted(found, key=lambda item: item[:2])]


def _haystack(catalogue: Catalogue, service: Service) -> str:
    agency = catalogue.agency(service.agency_code)
    parts = [service.name.id, service.name.en, service.code, service.prefix]
    if agency is not None:
        parts += [agency.short_name.id, agency.short_name.en, agency.name.id, agency.name.en]
    return fold(" ".join(parts))
