"""Printer addresses: one string such as ``tcp://10.0.0.5:9100`` parsed into a frozen value."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

from printers.errors import AddressError

Scheme = Literal["usb", "tcp", "serial", "cups", "file", "pdf", "dummy"]
SCHEMES: tuple[Scheme, ...] = ("usb", "tcp", "serial", "cups", "file", "pdf", "dummy")
EXAMPLES = (
    "usb:04b8:0e15",
    "tcp://192.168.1.50:9100",
    "serial:/dev/ttyUSB0?baudrate=19200",
    "cups:QUEUE",
    "file:/path",
    "pdf:/dir",
    "dummy:",
)
DEFAULT_TCP_PORT = 9100
DEFAULT_BAUDRATE = 9600
PDF_PAGES = ("A4", "A5", "A6")
DUMMY_STATES = ("ready", "paper_near_end", "paper_out", "cover_open", "offline", "unknown")
# Options each scheme accepts after "?"; anything else is a typo worth reporting.
_OPTIONS: dict[str, tuple[str, ...]] = {
    "usb": ("in_ep", "out_ep"),
    "serial": ("baudrate",),
    "pdf": ("page",),
    "dummy": ("state",),
}
_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$")
_QUEUE = re.compile(r"^[A-Za-z0-9_.@-]+$")


@dataclass(frozen=True)
class PrinterAddress:
    """Where a printer is; only its ``scheme``'s fields mean anything. ``str()`` is canonical."""

    scheme: Scheme
    host: str = ""
    port: int = 0
    vendor_id: int = 0
    product_id: int = 0
    in_ep: int | None = None
    out_ep: int | None = None
    path: str = ""
    baudrate: int = 0
    queue: str = ""
    page: str = ""
    state: str = ""

    def __str__(self) -> str:
        return _format(self)


def parse_address(text: str) -> PrinterAddress:
    """Parse a printer address string; raise :class:`AddressError` naming the part that is wrong."""
    raw = text.strip()
    if not raw:
        raise _error(text, "alamat printer kosong", "the printer address is empty")
    scheme_text, sep, rest = raw.partition(":")
    scheme = scheme_text.lower()
    if not sep or scheme not in SCHEMES:
        raise _unknown_scheme(raw, scheme_text if sep else raw)
    body, _, query = rest.partition("?")
    options = _parse_options(raw, scheme, query)
    return _PARSERS[scheme](raw, body, options)


def _parse_usb(raw: str, body: str, options: dict[str, str]) -> PrinterAddress:
    parts = body.split(":")
    if len(parts) != 2:
        raise _error(
            raw, "tulis usb:VID:PID, mis. usb:04b8:0e15", "write usb:VID:PID, e.g. usb:04b8:0e15"
        )
    vendor = _hex_id(raw, parts[0], "ID vendor", "vendor id")
    product = _hex_id(raw, parts[1], "ID produk", "product id")
    in_ep = _endpoint(raw, options, "in_ep")
    out_ep = _endpoint(raw, options, "out_ep")
    return PrinterAddress("usb", vendor_id=vendor, product_id=product, in_ep=in_ep, out_ep=out_ep)


def _parse_tcp(raw: str, body: str, options: dict[str, str]) -> PrinterAddress:
    if not body.startswith("//"):
        raise _error(raw, "tulis tcp://HOST:PORT", "write tcp://HOST:PORT")
    netloc = body[2:].rstrip("/")
    if netloc.startswith("["):  # IPv6 literal: [::1]:9100
        host, _, port_part = netloc[1:].partition("]")
        port_text = port_part[1:] if port_part.startswith(":") else port_part
    else:
        host, _, port_text = netloc.partition(":")
    if not host or not (_HOST.match(host) or ":" in host):
        raise _error(raw, f"nama host {host!r} tidak sah", f"host name {host!r} is not valid")
    return PrinterAddress("tcp", host=host, port=_port(raw, port_text))


def _parse_serial(raw: str, body: str, options: dict[str, str]) -> PrinterAddress:
    if not body:
        raise _error(raw, "perangkat serial tidak diisi", "the serial device is missing")
    baud_text = options.get("baudrate", str(DEFAULT_BAUDRATE))
    if not baud_text.isdigit() or not 300 <= int(baud_text) <= 921600:
        raise _error(
            raw,
            f"baudrate {baud_text!r} harus angka 300-921600",
            f"baudrate {baud_text!r} must be a number from 300 to 921600",
        )
    return PrinterAddress("serial", path=body, baudrate=int(baud_text))


def _parse_cups(raw: str, body: str, options: dict[str, str]) -> PrinterAddress:
    if not _QUEUE.match(body):
        raise _error(
            raw,
            f"nama antrean CUPS {body!r} tidak sah (huruf, angka, _ . - saja)",
            f"CUPS queue name {body!r} is not valid (letters, digits, _ . - only)",
        )
    return PrinterAddress("cups", queue=body)


def _parse_file(raw: str, body: str, options: dict[str, str]) -> PrinterAddress:
    return PrinterAddress("file", path=_path(raw, body))


def _parse_pdf(raw: str, body: str, options: dict[str, str]) -> PrinterAddress:
    page = options.get("page", "").upper()
    if page and page not in PDF_PAGES:
        raise _error(
            raw,
            f"ukuran halaman {page!r} tidak dikenal; pilih {', '.join(PDF_PAGES)}",
            f"page size {page!r} is unknown; choose {', '.join(PDF_PAGES)}",
        )
    return PrinterAddress("pdf", path=_path(raw, body), page=page)


def _parse_dummy(raw: str, body: str, options: dict[str, str]) -> PrinterAddress:
    state = options.get("state", "ready").lower()
    if body or state not in DUMMY_STATES:
        raise _error(
            raw,
            f"tulis dummy: atau dummy:?state=… ({', '.join(DUMMY_STATES)})",
            f"write dummy: or dummy:?state=… ({', '.join(DUMMY_STATES)})",
        )
    return PrinterAddress("dummy", state=state)


_PARSERS = {
    "usb": _parse_usb,
    "tcp": _parse_tcp,
    "serial": _parse_serial,
    "cups": _parse_cups,
    "file": _parse_file,
    "pdf": _parse_pdf,
    "dummy": _parse_dummy,
}


def _parse_options(raw: str, scheme: str, query: str) -> dict[str, str]:
    allowed = _OPTIONS.get(scheme, ())
    options: dict[str, str] = {}
    for pair in filter(None, query.split("&")):
        key, _, value = pair.partition("=")
        if key not in allowed:
            known = ", ".join(allowed) or "-"
            raise _error(
                raw,
                f"pilihan {key!r} tidak dikenal untuk {scheme}: (yang sah: {known})",
                f"option {key!r} is not known for {scheme}: (valid: {known})",
            )
        options[key] = value
    return options


def _hex_id(raw: str, text: str, name_id: str, name_en: str) -> int:
    digits = text[2:] if text.lower().startswith("0x") else text
    if not re.fullmatch(r"[0-9A-Fa-f]{1,4}", digits):
        raise _error(
            raw,
            f"{name_id} {text!r} bukan bilangan heksadesimal (4 digit, mis. 04b8)",
            f"{name_en} {text!r} is not hexadecimal (4 digits, e.g. 04b8)",
        )
    if int(digits, 16) == 0:
        raise _error(raw, f"{name_id} tidak boleh 0000", f"{name_en} must not be 0000")
    return int(digits, 16)


def _endpoint(raw: str, options: dict[str, str], key: str) -> int | None:
    text = options.get(key)
    if text is None:
        return None
    try:
        value = int(text, 0)
    except ValueError:
        value = -1
    if not 0 < value < 0x100:
        raise _error(
            raw,
            f"{key} {text!r} harus nomor endpoint, mis. 0x81",
            f"{key} {text!r} must be an endpoint number, e.g. 0x81",
        )
    return value


def _port(raw: str, text: str) -> int:
    if not text:
        return DEFAULT_TCP_PORT
    if not text.isdigit():
        raise _error(raw, f"port {text!r} bukan angka", f"port {text!r} is not a number")
    if not 1 <= int(text) <= 65535:
        raise _error(
            raw,
            f"port {text} di luar rentang 1-65535",
            f"port {text} is out of range 1-65535",
        )
    return int(text)


def _path(raw: str, body: str) -> str:
    # Accept the URL spelling file:///var/x as well as file:/var/x.
    path = "/" + body.lstrip("/") if body.startswith("//") else body
    if not path:
        raise _error(raw, "jalur berkas/folder tidak diisi", "the file or folder path is missing")
    return path


def _unknown_scheme(raw: str, scheme: str) -> AddressError:
    valid = ", ".join(f"{name}:" for name in SCHEMES)
    close = difflib.get_close_matches(scheme.lower(), SCHEMES, n=1)
    hint_id = f" Maksud Anda {close[0]}:?" if close else ""
    hint_en = f" Did you mean {close[0]}:?" if close else ""
    return _error(
        raw,
        f"jenis alamat {scheme!r} tidak dikenal; yang sah: {valid}.{hint_id}",
        f"address scheme {scheme!r} is unknown; valid: {valid}.{hint_en}",
    )


def _error(raw: str, message_id: str, message_en: str) -> AddressError:
    return AddressError(f'"{raw}": {message_id}', f'"{raw}": {message_en}')


def _format(address: PrinterAddress) -> str:
    scheme = address.scheme
    if scheme == "usb":
        query = "&".join(
            f"{key}=0x{value:02x}"
            for key, value in (("in_ep", address.in_ep), ("out_ep", address.out_ep))
            if value is not None
        )
        base = f"usb:{address.vendor_id:04x}:{address.product_id:04x}"
        return f"{base}?{query}" if query else base
    if scheme == "tcp":
        host = f"[{address.host}]" if ":" in address.host else address.host
        return f"tcp://{host}:{address.port}"
    if scheme == "serial":
        return f"serial:{address.path}?baudrate={address.baudrate}"
    if scheme == "pdf" and address.page:
        return f"pdf:{address.path}?page={address.page}"
    if scheme == "dummy":
        return "dummy:" if address.state == "ready" else f"dummy:?state={address.state}"
    return f"{scheme}:{address.queue or address.path}"
