"""Where catalogue files come from, without the validation machinery (pydantic) that
checking one needs: a station whose catalogue has not changed never loads it."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from kiosk.errors import CatalogueError

SEED_CATALOGUE = Path(str(files("assets") / "catalog" / "mimika.toml"))


def read_file(path: Path) -> bytes:
    """A catalogue file's bytes; an unreadable file is a CatalogueError naming it."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CatalogueError(path.name, [f"cannot read the file: {exc.strerror or exc}"]) from exc
