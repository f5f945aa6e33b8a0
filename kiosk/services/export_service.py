"""The technician's diagnostics export: one zip file of figures, logs and config, nothing personal.

In it: `diagnostics.json` (the admin menu's figures, the sync state with the reasons of
quarantined events, today's ticket counts by state, the catalogue in use, versions, and
the printer and server checks when the caller made them), the station's log files, its
config with every secret hidden, `version.txt` and a README. Never in it: the database,
form answers (not even masked), officers' PIN hashes, the station's token, anybody's
name. The station never logs personal data; long runs of digits (a NIK, a phone number)
are blanked in the copied logs and reasons all the same, in case a message ever slips.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import re
import tomllib
import zipfile
from collections.abc import Mapping
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.clock import local
from kiosk.domain.text import Text
from kiosk.errors import KioskError
from kiosk.services.diagnostics import public_url
from kiosk.station import Station
from kiosk.storage.models import CatalogueRow

PREFIX = "mpp-kiosk-diagnostik"
HIDDEN = "(disembunyikan)"
#: A config key is a secret when one of the words of its name is one of these.
SECRET_WORDS = frozenset({"pin", "hash", "key", "token", "secret", "password"})
#: Ten digits or more in a row: a NIK (16), a KK number, a phone number.
LONG_NUMBER = re.compile(r"(?<![\w.-])\+?\d{10,}(?![\w-]|\.\d)")
BLANKED = "[angka disembunyikan]"
QUARANTINE_LISTED = 50
_PACKAGES = ("PySide6_Essentials", "SQLAlchemy", "python-escpos", "requests")


class ExportFailed(KioskError):
    """The export could not be written where it was asked to go."""


def write_export(station: Station, folder: Path, checks: Mapping[str, Any] | None = None) -> Path:
    """Write the zip into `folder` (a temporary file, then renamed) and return its path."""
    now = station.clock.now()
    target = folder / export_name(station.config.name, now)
    temporary = folder / f".{target.name}.part"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with temporary.open("wb") as handle:
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
                t = local(now)
                stamp = (t.year, t.month, t.day, t.hour, t.minute, t.second)
                for name, data in export_members(station, checks).items():
                    archive.writestr(zipfile.ZipInfo(name, stamp), data, zipfile.ZIP_DEFLATED)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):  # the folder itself may be what failed
            temporary.unlink(missing_ok=True)
        raise _failed(folder, exc) from exc
    return target


def export_name(station_name: str, now: datetime) -> str:
    """`mpp-kiosk-diagnostik-kiosk-lobi-1-20261123-091500-WIT.zip` (the time in WIT)."""
    slug = re.sub(r"[^a-z0-9]+", "-", station_name.lower()).strip("-") or "stasiun"
    return f"{PREFIX}-{slug}-{local(now):%Y%m%d-%H%M%S}-WIT.zip"


def export_members(station: Station, checks: Mapping[str, Any] | None = None) -> dict[str, bytes]:
    """Every file of the export by its name in the zip."""
    report = json.dumps(_report(station, checks), ensure_ascii=False, indent=2)
    members = {
        "README.txt": README.encode(),
        "diagnostics.json": report.encode(),
        "station.toml": sanitised_config(station.paths.config_file).encode(),
        "version.txt": version_text().encode(),
    }
    logs = station.paths.logs
    for path in sorted(logs.glob("*.log*")) if logs.is_dir() else ():
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            members[f"logs/{path.name}"] = blank_numbers(text).encode()
    return members


def _report(station: Station, checks: Mapping[str, Any] | None) -> dict[str, Any]:
    status = station.sync.status()
    config = station.config
    return {
        "written_at": station.clock.now().isoformat(),
        "snapshot": station.diagnostics.snapshot().to_json(),
        "printer": {"address": config.printer, "paper_mm": config.paper_mm},
        "sync": {
            "server_url": public_url(config.server_url),
            "enrolled": status.enrolled,
            "slot": status.slot,
            "backlog": status.backlog,
            "quarantined": status.quarantined,
            "cursor": status.cursor,
            "last_success": status.last_success.isoformat() if status.last_success else None,
        },
        "quarantine": [
            {
                "seq": q.seq,
                "type": q.type,
                "occurred_at": q.occurred_at.isoformat(),
                "reason": blank_numbers(q.reason),
            }
            for q in station.sync.quarantined()[:QUARANTINE_LISTED]
        ],
        "tickets_today": station.diagnostics.tickets_today(),
        "catalogue": _catalogue(station),
        "versions": versions(),
        "checks": dict(checks) if checks is not None else None,
    }


def _catalogue(station: Station) -> dict[str, Any]:
    with station.store.uow() as uow:
        row = uow.session.get(CatalogueRow, 1)
        if row is None:
            return {"version": station.catalogues.current().version}
        return {
            "version": row.version,
            "source": row.source,
            "loaded_at": row.loaded_at.isoformat(),
        }


def sanitised_config(path: Path) -> str:
    """The config file as TOML with every secret replaced by "(disembunyikan)"."""
    if not path.exists():
        return (
            "# Tidak ada berkas konfigurasi: stasiun menjalankan konfigurasi demo.\n"
            "# No config file: the station runs the demo configuration.\n"
        )
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        # Not copied as text: an unreadable file may still hold a secret.
        return f"# Berkas tidak dapat dibaca / The file cannot be read: {type(exc).__name__}\n"
    import tomli_w

    return f"# {path.name}\n" + tomli_w.dumps(_hide_secrets(raw))


def _hide_secrets(table: Mapping[str, Any]) -> dict[str, Any]:
    hidden: dict[str, Any] = {}
    for key, value in table.items():
        if isinstance(value, Mapping):
            hidden[key] = _hide_secrets(value)
        elif SECRET_WORDS & set(key.lower().replace("-", "_").split("_")):
            hidden[key] = HIDDEN
        elif key == "url" and isinstance(value, str):
            hidden[key] = public_url(value)
        else:
            hidden[key] = value
    return hidden


def blank_numbers(text: str) -> str:
    """`text` with every run of ten digits or more blanked."""
    return LONG_NUMBER.sub(BLANKED, text)


def versions() -> dict[str, str]:
    """The program's version (as `mpp-kiosk --version` says it), Python, the system, libraries."""
    found = {"mpp-kiosk": __version__, "python": platform.python_version()}
    found["system"] = platform.platform()
    for package in _PACKAGES:
        try:
            found[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            found[package] = "-"
    return found


def version_text() -> str:
    """`version.txt`: the first line is what `mpp-kiosk --version` prints."""
    found = versions()
    lines = [f"mpp-kiosk {found.pop('mpp-kiosk')}"] + [f"{k} {v}" for k, v in found.items()]
    return "\n".join(lines) + "\n"


def _failed(folder: Path, exc: OSError) -> ExportFailed:
    reason = exc.strerror or type(exc).__name__
    return ExportFailed(
        Text(
            f"Berkas diagnostik tidak dapat ditulis ke {folder}: {reason}. "
            "Periksa flashdisk (terpasang, tidak penuh, tidak dikunci), lalu coba lagi.",
            f"The diagnostics file could not be written to {folder}: {reason}. "
            "Check the USB stick (plugged in, not full, not write-protected), then try again.",
        )
    )


README = """\
MPP Kiosk — ekspor diagnostik / diagnostics export

diagnostics.json  angka stasiun, sinkronisasi, karantina, jumlah tiket hari ini per status,
                  katalog, versi, pemeriksaan printer dan server
                  / the station's figures, sync, quarantine, today's ticket counts by
                  state, catalogue, versions, printer and server checks
station.toml      konfigurasi, rahasia disembunyikan / the config, secrets hidden
logs/             log stasiun / the station's log files
version.txt       versi program / program versions

Tanpa data pribadi: tidak ada basis data, isian formulir, PIN, token, atau nama.
No personal data: no database, form answers, PINs, tokens or names.
"""
