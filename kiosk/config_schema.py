"""The station config file's schema: every key checked, unknown keys refused.

Kept apart from `kiosk.config` so that reading the few values a fast start needs
does not load pydantic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from kiosk.config import Orientation, Role
from kiosk.domain.text import Lang


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _StationIn(_Section):
    name: str = Field(default="Kiosk", min_length=1, max_length=80)
    role: Role = "kiosk"
    language: Lang = "id"
    demo: bool = False


class _CatalogueIn(_Section):
    file: Path | None = None


class _PrinterIn(_Section):
    address: str | None = None
    paper_mm: Literal[58, 80] = 80
    # false for a printer model that never answers status queries (its faults go unseen)
    status_reply: bool | None = None
    code_page: Literal["CP437", "PC858"] = "CP437"


class _ServerIn(_Section):
    url: str | None = None


class _HallIn(_Section):
    key: str | None = Field(default=None, min_length=16)


class _AdminIn(_Section):
    pin_hash: str | None = Field(default=None, pattern=r"^scrypt\$")


class _PrivacyIn(_Section):
    form_retention_days: int = Field(default=30, ge=1, le=3650)


class _DisplayIn(_Section):
    zone: str | None = Field(default=None, min_length=1, max_length=40)
    running_text: str = Field(default="", max_length=500)
    announce: Literal["voice", "chime", "off"] = "voice"
    english: bool = False


class _CounterIn(_Section):
    recall_limit: int = Field(default=3, ge=1, le=10)


class _KioskIn(_Section):
    idle_seconds: int = Field(default=60, ge=20, le=600)
    large_text: bool = False


class _ScreenIn(_Section):
    orientation: Orientation = "auto"


class ConfigIn(_Section):
    station: _StationIn = _StationIn()
    catalogue: _CatalogueIn = _CatalogueIn()
    printer: _PrinterIn = _PrinterIn()
    server: _ServerIn = _ServerIn()
    hall: _HallIn = _HallIn()
    admin: _AdminIn = _AdminIn()
    privacy: _PrivacyIn = _PrivacyIn()
    display: _DisplayIn = _DisplayIn()
    counter: _CounterIn = _CounterIn()
    kiosk: _KioskIn = _KioskIn()
    screen: _ScreenIn = _ScreenIn()
