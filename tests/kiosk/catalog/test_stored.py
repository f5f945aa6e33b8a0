"""The store's catalogue is read without validating it again, unless its shape is old."""

from __future__ import annotations

import json

import pytest

from kiosk.catalog.loader import load_file
from kiosk.catalog.snapshot import stored_catalogue
from kiosk.errors import CatalogueError
from tests.conftest import SMALL_CATALOGUE as SMALL


def test_the_stored_data_gives_the_same_catalogue_as_the_file() -> None:
    catalogue, data = load_file(SMALL)
    assert stored_catalogue(json.dumps(data), "store") == catalogue


def test_data_of_another_shape_is_validated_and_its_problem_named() -> None:
    _, data = load_file(SMALL)
    del data["hall"]
    with pytest.raises(CatalogueError) as refused:
        stored_catalogue(json.dumps(data), "store (version test-1)")
    assert "hall" in str(refused.value)
