"""What the setup wizard asks, checked, and turned into the station's config file.

Plain Python: the wizard's pages only collect values; the rules for what is a good
station name, server address or admin PIN live here, where the CLI can use them too.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from kiosk.config import Announce, Orientation, Role, StationConfig, update_config
from kiosk.domain.text import Lang, Text

PIN_DIGITS = (4, 8)


@dataclass(frozen=True, slots=True)
class SetupAnswers:
    """Every value the wizard asks for. The enrolment code is used once, never stored."""

    language: Lang = "id"
    role: Role = "kiosk"
    name: str = ""
    demo: bool = False
    catalogue_file: Path | None = None
    server_url: str | None = None
    enrol_code: str | None = None
    printer: str = ""
    paper_mm: int = 80
    code_page: str = "CP437"
    orientation: Orientation = "auto"
    idle_seconds: int = 60
    large_text: bool = False
    announce: Announce = "voice"
    admin_pin_hash: str | None = None

    def replace(self, **changes: object) -> SetupAnswers:
        """A copy with some answers changed."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


def answers_from(config: StationConfig | None, default_printer: str) -> SetupAnswers:
    """The wizard's starting values: the current config's, or a new station's."""
    if config is None:
        return SetupAnswers(printer=default_printer)
    return SetupAnswers(
        language=config.language,
        role=config.role,
        name=config.name,
        demo=config.demo,
        catalogue_file=config.catalogue_file,
        server_url=config.server_url,
        printer=config.printer,
        paper_mm=config.paper_mm,
        code_page=config.code_page,
        orientation=config.orientation,
        idle_seconds=config.kiosk.idle_seconds,
        large_text=config.kiosk.large_text,
        announce=config.display.announce,
        admin_pin_hash=config.admin_pin_hash,
    )


def config_values(answers: SetupAnswers) -> dict[str, dict[str, object]]:
    """The config keys the wizard owns; None removes a key (e.g. working without a server)."""
    catalogue = str(answers.catalogue_file) if answers.catalogue_file else None
    return {
        "station": {
            "name": answers.name.strip(),
            "role": answers.role,
            "language": answers.language,
            "demo": answers.demo,
        },
        "catalogue": {"file": catalogue},
        "server": {"url": answers.server_url},
        "printer": {
            "address": answers.printer,
            "paper_mm": answers.paper_mm,
            "code_page": answers.code_page,
        },
        "screen": {"orientation": answers.orientation},
        "kiosk": {"idle_seconds": answers.idle_seconds, "large_text": answers.large_text},
        "display": {"announce": answers.announce},
        "admin": {"pin_hash": answers.admin_pin_hash},
    }


def write_answers(path: Path, answers: SetupAnswers) -> None:
    """Write the answers into the config in one atomic replace, keeping keys the wizard
    does not ask about (the hall key, retention, the running text…)."""
    update_config(path, config_values(answers))


def name_problem(name: str) -> Text | None:
    """Why a station name cannot be used, or None."""
    name = " ".join(name.split())
    if not name:
        return Text(
            "Isi nama stasiun, mis. \u201cKiosk Pintu Utama\u201d.",
            "Enter a station name, e.g. \u201cKiosk Main Door\u201d.",
        )
    if len(name) > 80:
        return Text(
            "Nama stasiun paling banyak 80 huruf.", "A station name has at most 80 letters."
        )
    return None


def server_url_problem(url: str) -> Text | None:
    """Why a server address cannot be used, or None. It must be http(s)://host[:port]."""
    url = url.strip()
    parts = urlsplit(url)
    try:
        port_ok = parts.port is None or 0 < parts.port < 65536
    except ValueError:
        port_ok = False
    if parts.scheme not in ("http", "https") or not parts.hostname or not port_ok:
        return Text(
            "Alamat server ditulis seperti http://10.0.0.2:8470 atau https://mpp.example.go.id.",
            "Write the server address like http://10.0.0.2:8470 or https://mpp.example.go.id.",
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        return Text(
            "Tulis alamat server saja, tanpa /api atau bagian lain.",
            "Write the server address only, without /api or anything after it.",
        )
    return None


def clean_server_url(url: str) -> str:
    """The address as stored: no spaces, no trailing slash."""
    return url.strip().rstrip("/")


def pin_problem(pin: str, again: str) -> Text | None:
    """Why a new admin PIN cannot be used, or None."""
    low, high = PIN_DIGITS
    if not (pin.isdigit() and low <= len(pin) <= high):
        return Text(
            f"PIN admin terdiri dari {low} sampai {high} angka.",
            f"The admin PIN has {low} to {high} digits.",
        )
    if len(set(pin)) == 1 or pin in "0123456789" or pin in "9876543210":
        return Text(
            "PIN ini terlalu mudah ditebak; pilih angka lain.",
            "This PIN is too easy to guess; choose other digits.",
        )
    if pin != again:
        return Text("Kedua PIN tidak sama. Ketik ulang.", "The two PINs differ. Type them again.")
    return None
