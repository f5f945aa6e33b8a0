"""The station's token from enrolment: a secret file beside the store, readable by its user only."""

from __future__ import annotations

import os
from pathlib import Path


def read_token(path: Path) -> str | None:
    """The saved token, or None when the station was never enrolled."""
    try:
        token = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    return token or None


def save_token(path: Path, token: str) -> None:
    """Replace the saved token atomically (a new enrolment replaces the old one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(token)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
