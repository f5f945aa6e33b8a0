"""The station's config file (TOML), validated; without one the station runs the demo."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from kiosk.domain.text import Lang, Text
from kiosk.errors import ConfigError
from kiosk.files import write_atomically
from kiosk.paths import Paths

#: "survey": the counter-facing tablet that shows only the satisfaction survey.
Role = Literal["kiosk", "counter", "display", "survey"]
ROLES: tuple[Role, ...] = ("kiosk", "counter", "display", "survey")
Announce = Literal["voice", "chime", "off"]
#: How the screen is turned: "auto" leaves it as the system has it.
Orientation = Literal["auto", "landscape", "portrait-left", "portrait-right"]
ORIENTATIONS: tuple[Orientation, ...] = ("auto", "landscape", "portrait-left", "portrait-right")
#: The receipt printer's character tables the station can use (see printers.text).
CODE_PAGES = ("CP437", "PC858")


@dataclass(frozen=True, slots=True)
class DisplayOptions:
    """How a hall board shows and announces calls (`[display]` in the config)."""

    #: Show only the counters of agencies in this zone (a floor's board); None: all.
    zone: str | None = None
    #: The running text line along the bottom of the board, set by the hall admin.
    running_text: str = ""
    #: "voice": chime then speech; "chime": the chime alone; "off": silent.
    announce: Announce = "voice"
    #: Speak the call again in English after the Indonesian.
    english: bool = False


@dataclass(frozen=True, slots=True)
class KioskOptions:
    """The citizen kiosk's screen (`[kiosk]` in the config); the survey tablet's idle time."""

    #: Seconds without a touch before the countdown back to Home starts.
    idle_seconds: int = 60
    #: Start (and return after idle) in the large-text look.
    large_text: bool = False


@dataclass(frozen=True, slots=True)
class StationConfig:
    """What a station is and what it talks to."""

    name: str
    role: Role
    language: Lang
    demo: bool
    catalogue_file: Path | None
    printer: str
    paper_mm: int
    server_url: str | None
    hall_key: str | None = None
    printer_status_reply: bool | None = None
    admin_pin_hash: str | None = None
    #: Days the station keeps sealed form answers after the server has them.
    form_retention_days: int = 30
    display: DisplayOptions = DisplayOptions()
    #: After this many recalls the counter offers to mark the citizen absent (no-show).
    recall_limit: int = 3
    code_page: str = "CP437"
    kiosk: KioskOptions = KioskOptions()
    orientation: Orientation = "auto"

    @classmethod
    def demo_default(cls, paths: Paths) -> StationConfig:
        """The embedded default: demo data, SQLite, a PDF printer in the data folder."""
        return cls(
            name="Kiosk Demo",
            role="kiosk",
            language="id",
            demo=True,
            catalogue_file=None,
            printer=f"pdf:{paths.prints}",
            paper_mm=80,
            server_url=None,
        )


def load_config(paths: Paths, path: Path | None = None) -> StationConfig:
    """Read the station's config (or `path`); none means the demo. A bad file raises ConfigError."""
    if path is None:
        path = paths.config_file
    elif not path.exists():
        raise _bad(path, "file not found / berkas tidak ada")
    if not path.exists():
        return StationConfig.demo_default(paths)
    from pydantic import ValidationError

    from kiosk.config_schema import ConfigIn

    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        model = ConfigIn.model_validate(raw)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise _bad(path, str(exc)) from exc
    except ValidationError as exc:
        details = "; ".join(_where(e["loc"]) + f": {e['msg']}" for e in exc.errors())
        raise _bad(path, details) from exc
    station = model.station
    return StationConfig(
        name=station.name,
        role=station.role,
        language=station.language,
        demo=station.demo,
        catalogue_file=model.catalogue.file,
        printer=model.printer.address or f"pdf:{paths.prints}",
        paper_mm=model.printer.paper_mm,
        server_url=model.server.url,
        hall_key=model.hall.key,
        printer_status_reply=model.printer.status_reply,
        admin_pin_hash=model.admin.pin_hash,
        form_retention_days=model.privacy.form_retention_days,
        display=DisplayOptions(
            zone=model.display.zone,
            running_text=model.display.running_text,
            announce=model.display.announce,
            english=model.display.english,
        ),
        recall_limit=model.counter.recall_limit,
        code_page=model.printer.code_page,
        kiosk=KioskOptions(model.kiosk.idle_seconds, model.kiosk.large_text),
        orientation=model.screen.orientation,
    )


@dataclass(frozen=True, slots=True)
class QuickSettings:
    """The few values the kiosk needs to show Home before the rest has loaded."""

    language: Lang
    demo: bool
    role: Role = "kiosk"


def quick_settings(paths: Paths, path: Path | None = None) -> QuickSettings:
    """Language and demo flag, read without validating the whole file (that comes next).

    Anything odd gives the defaults; the full load then reports the problem.
    """
    path = path or paths.config_file
    if not path.exists():
        return QuickSettings("id", True)
    try:
        station = tomllib.loads(path.read_text(encoding="utf-8")).get("station", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return QuickSettings("id", False)
    language: Lang = "en" if station.get("language") == "en" else "id"
    role = station.get("role")
    return QuickSettings(language, station.get("demo") is True, role if role in ROLES else "kiosk")


def _where(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(p) for p in loc)


def _bad(path: Path, details: str) -> ConfigError:
    return ConfigError(
        Text(
            f"Berkas konfigurasi {path} tidak dapat dipakai: {details}. "
            "Perbaiki berkas itu (lihat docs/config.md).",
            f"The config file {path} cannot be used: {details}. Fix the file (see docs/config.md).",
        )
    )


def set_admin_pin_hash(path: Path, pin_hash: str) -> None:
    """Write the admin PIN hash into the config file, keeping every other value."""
    update_config(path, {"admin": {"pin_hash": pin_hash}})


def update_config(path: Path, values: dict[str, dict[str, object]]) -> None:
    """Set some keys of some sections of the config file, keeping every other value.

    A key set to None is removed. The file is replaced atomically (a temporary file,
    then rename), so a power cut leaves either the old config or the new one.
    """
    raw: dict[str, object] = {}
    if path.exists():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise _bad(path, str(exc)) from exc
    for section, keys in values.items():
        table = raw.setdefault(section, {})
        if not isinstance(table, dict):
            raise _bad(path, f"[{section}] must be a table")
        for key, value in keys.items():
            if value is None:
                table.pop(key, None)
            else:
                table[key] = value
        if not table:
            del raw[section]
    import tomli_w

    write_atomically(path, tomli_w.dumps(raw))


def move_aside(path: Path, now: datetime) -> Path:
    """Rename a config file that cannot be used to `station.toml.broken-YYYYmmdd-HHMMSS`.

    The technician can still read it; the station starts the setup wizard instead.
    """
    target = path.with_name(f"{path.name}.broken-{now.strftime('%Y%m%d-%H%M%S')}")
    number = 1
    while target.exists():
        number += 1
        target = target.with_name(f"{path.name}.broken-{now.strftime('%Y%m%d-%H%M%S')}-{number}")
    path.rename(target)
    return target
