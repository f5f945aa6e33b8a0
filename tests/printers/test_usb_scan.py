"""The wizard's list of USB printers, read from a sysfs tree like Linux's."""

from __future__ import annotations

from pathlib import Path

from printers import parse_address
from printers.usb_scan import _from_sysfs


def _device(root: Path, name: str, vendor: str, product_id: str, **files: str) -> Path:
    device = root / name
    device.mkdir(parents=True)
    (device / "idVendor").write_text(f"{vendor}\n")
    (device / "idProduct").write_text(f"{product_id}\n")
    for file, text in files.items():
        (device / file).write_text(f"{text}\n")
    return device


def _interface(device: Path, number: int, klass: str) -> None:
    # sysfs lists each interface inside its device (and again beside it, as a link)
    interface = device / f"{device.name}:1.{number}"
    interface.mkdir()
    (device.parent / interface.name).mkdir()
    (interface / "bInterfaceClass").write_text(f"{klass}\n")


def test_printers_are_found_by_class_or_by_a_pos_maker_and_other_devices_are_not(
    tmp_path: Path,
) -> None:
    hp = _device(tmp_path, "1-1", "03f0", "0c17", manufacturer="HP", product="LaserJet 1010")
    _interface(hp, 0, "07")
    cheap = _device(tmp_path, "1-2", "0416", "5011")  # vendor-specific interface
    _interface(cheap, 0, "ff")
    mouse = _device(tmp_path, "1-3", "046d", "c077", manufacturer="Logitech", product="Mouse")
    _interface(mouse, 0, "03")
    (tmp_path / "usb1").mkdir()  # a root hub entry without ids

    found = _from_sysfs(tmp_path)

    assert [p.label for p in found] == [
        "HP LaserJet 1010 (03f0:0c17)",
        "Winbond (POS-58/POS-80) (0416:5011)",
    ]
    address = parse_address(found[1].address)
    assert (address.vendor_id, address.product_id) == (0x0416, 0x5011)


def test_no_usb_tree_means_no_printers(tmp_path: Path) -> None:
    assert _from_sysfs(tmp_path / "missing") == []
