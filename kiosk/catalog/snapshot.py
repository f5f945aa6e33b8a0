"""The catalogue in use, kept as a JSON file beside the store for a fast start.

The kiosk shows Home from this file in a fraction of the time it takes to load
the database layer; the store stays the source of truth and rewrites the file
whenever the catalogue in use changes. Only light modules are imported here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kiosk.catalog.convert import to_domain
from kiosk.domain.catalogue import Catalogue
from kiosk.files import write_atomically


def write_snapshot(path: Path, data: Mapping[str, Any]) -> None:
    """Keep validated catalogue data for the next start."""
    write_atomically(path, json.dumps(data, ensure_ascii=False, sort_keys=True))


def read_snapshot(path: Path) -> Catalogue | None:
    """The kept catalogue, or None when there is none or it cannot be read (start slowly)."""
    try:
        return to_domain(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def stored_catalogue(body: str, source: str) -> Catalogue:
    """The catalogue the store keeps (validated when it was loaded), read without
    validating it again; data an older version wrote in another shape is validated."""
    try:
        return to_domain(json.loads(body))
    except (ValueError, KeyError, TypeError):
        from kiosk.catalog.loader import load_json

        return load_json(body, source)[0]
