"""Where catalogue files come from, without the validation machinery (pydantic) that
checking one needs: a station whose catalogue has not changed never loads it."""

from __future__ import annotations

from pathlib import Path

from assets import FOLDER as ASSETS
from kiosk.errors import CatalogueError

SEED_CATALOGUE = ASSETS / "catalog" / "mimika.toml"


def read_file(path: Path) -> bytes:
    """A catalogue file's bytes; an unreadable file is a CatalogueError naming it."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CatalogueError(path.name, [f"cannot read the file: {exc.strerror or exc}"]) from exc
