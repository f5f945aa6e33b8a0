"""Printer address strings: what parses, its canonical form, and errors that name the bad part."""

from __future__ import annotations

import pytest

from printers.address import PrinterAddress, parse_address
from printers.errors import AddressError, PrinterError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("usb:04b8:0e15", PrinterAddress("usb", vendor_id=0x04B8, product_id=0x0E15)),
        ("USB:0x0416:0x5011", PrinterAddress("usb", vendor_id=0x0416, product_id=0x5011)),
        (
            "usb:0fe6:811e?in_ep=0x81&out_ep=0x03",
            PrinterAddress("usb", vendor_id=0x0FE6, product_id=0x811E, in_ep=0x81, out_ep=0x03),
        ),
        ("tcp://192.168.1.50:9100", PrinterAddress("tcp", host="192.168.1.50", port=9100)),
        ("tcp://printer-loket3", PrinterAddress("tcp", host="printer-loket3", port=9100)),
        ("tcp://[::1]:9101", PrinterAddress("tcp", host="::1", port=9101)),
        (
            "serial:/dev/ttyUSB0?baudrate=19200",
            PrinterAddress("serial", path="/dev/ttyUSB0", baudrate=19200),
        ),
        ("serial:COM3", PrinterAddress("serial", path="COM3", baudrate=9600)),
        ("cups:TM-T20II", PrinterAddress("cups", queue="TM-T20II")),
        ("file:/dev/usb/lp0", PrinterAddress("file", path="/dev/usb/lp0")),
        ("file:///tmp/out.bin", PrinterAddress("file", path="/tmp/out.bin")),
        ("pdf:/var/lib/mpp/pdf", PrinterAddress("pdf", path="/var/lib/mpp/pdf")),
        ("pdf:/srv/pdf?page=a4", PrinterAddress("pdf", path="/srv/pdf", page="A4")),
        ("dummy:", PrinterAddress("dummy", state="ready")),
        (" dummy:?state=paper_out ", PrinterAddress("dummy", state="paper_out")),
    ],
)
def test_valid_addresses_parse(text: str, expected: PrinterAddress) -> None:
    assert parse_address(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "usb:04b8:0e15",
        "usb:04b8:0e15?in_ep=0x81&out_ep=0x03",
        "tcp://10.0.0.5:9100",
        "tcp://[::1]:9100",
        "serial:/dev/ttyS0?baudrate=38400",
        "cups:Kiosk_1",
        "file:/tmp/x.bin",
        "pdf:/tmp/pdf",
        "pdf:/tmp/pdf?page=A5",
        "dummy:",
        "dummy:?state=cover_open",
    ],
)
def test_canonical_form_parses_back_to_the_same_address(text: str) -> None:
    address = parse_address(text)
    assert str(address) == text
    assert parse_address(str(address)) == address


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("usb:04b8:zz", "product id 'zz' is not hexadecimal"),
        ("usb:xyz1:0e15", "vendor id 'xyz1' is not hexadecimal"),
        ("usb:04b8", "write usb:VID:PID"),
        ("usb:0000:0e15", "vendor id must not be 0000"),
        ("usb:04b8:0e15?in_ep=banana", "in_ep 'banana' must be an endpoint number"),
        ("tcp://10.0.0.5:99999", "port 99999 is out of range 1-65535"),
        ("tcp://10.0.0.5:0", "port 0 is out of range"),
        ("tcp://10.0.0.5:91OO", "port '91OO' is not a number"),
        ("tcp:10.0.0.5:9100", "write tcp://HOST:PORT"),
        ("tcp://:9100", "host name '' is not valid"),
        ("tcp://bad host:9100", "host name 'bad host' is not valid"),
        ("serial:/dev/ttyUSB0?baudrate=fast", "baudrate 'fast' must be a number"),
        ("serial:/dev/ttyUSB0?baud=9600", "option 'baud' is not known for serial"),
        ("serial:", "the serial device is missing"),
        ("cups:my queue", "CUPS queue name 'my queue' is not valid"),
        ("file:", "the file or folder path is missing"),
        ("pdf:/tmp?page=Letter", "page size 'LETTER' is unknown"),
        ("dummy:?state=on_fire", "write dummy: or dummy:?state="),
        ("", "the printer address is empty"),
    ],
)
def test_bad_addresses_say_what_is_wrong(text: str, needle: str) -> None:
    with pytest.raises(AddressError) as caught:
        parse_address(text)
    assert needle in caught.value.message_en
    assert caught.value.message_id  # the Indonesian message is always there too
    assert caught.value.message_id != caught.value.message_en


def test_a_typo_in_the_scheme_lists_valid_schemes_and_suggests_one() -> None:
    with pytest.raises(AddressError) as caught:
        parse_address("tpc://192.168.1.50:9100")
    message = caught.value.message_en
    assert "'tpc' is unknown" in message
    for scheme in ("usb:", "tcp:", "serial:", "cups:", "file:", "pdf:", "dummy:"):
        assert scheme in message
    assert "Did you mean tcp:?" in message
    assert "Maksud Anda tcp:?" in caught.value.message_id


def test_an_address_without_a_scheme_is_rejected() -> None:
    with pytest.raises(AddressError, match="unknown"):
        parse_address("192.168.1.50")


def test_address_errors_belong_to_the_package_hierarchy() -> None:
    with pytest.raises(PrinterError):
        parse_address("usb:04b8:zz")
    with pytest.raises(ValueError, match="not hexadecimal"):  # a ValueError too, for config checks
        parse_address("usb:04b8:zz")
