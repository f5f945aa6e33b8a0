"""Finding receipt printers plugged in by USB, for the setup wizard's printer list.

pyusb (with the system's libusb) is asked first; without it, Linux's sysfs tells the
same vendor and product ids without opening any device. A printer is a device with a
printer-class interface (07) or one from a maker of ESC/POS printers, many of which
present a vendor-specific interface instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

#: Makers of ESC/POS receipt printers, by USB vendor id (names as the makers write them).
POS_VENDORS: dict[int, str] = {
    0x04B8: "Epson",
    0x0519: "Star Micronics",
    0x0416: "Winbond (POS-58/POS-80)",
    0x0FE6: "ICS Advent (POS-58/POS-80)",
    0x1504: "Bixolon",
    0x154F: "SNBC",
    0x1FC9: "NXP (POS printer)",
    0x20D1: "Rongta",
    0x28E9: "GD32 (POS printer)",
    0x0DD4: "Custom",
    0x0483: "STMicroelectronics (POS printer)",
}
PRINTER_CLASS = 0x07
SYSFS_USB = Path("/sys/bus/usb/devices")


@dataclass(frozen=True, slots=True)
class UsbPrinter:
    """One USB printer found: its ids, a name to show and its printer address."""

    vendor_id: int
    product_id: int
    maker: str
    product: str

    @property
    def address(self) -> str:
        """The station's printer address for it, e.g. `usb:0416:5011`."""
        return f"usb:{self.vendor_id:04x}:{self.product_id:04x}"

    @property
    def label(self) -> str:
        """What the technician sees: maker, product and ids."""
        name = " ".join(p for p in (self.maker, self.product) if p) or "USB"
        return f"{name} ({self.vendor_id:04x}:{self.product_id:04x})"


def find_usb_printers(sysfs: Path = SYSFS_USB) -> list[UsbPrinter]:
    """The USB printers plugged in now; empty when none is found or USB cannot be read."""
    found = _from_pyusb()
    if found is None:
        found = _from_sysfs(sysfs)
    return sorted(set(found), key=lambda p: (p.maker, p.product, p.vendor_id, p.product_id))


def _is_printer(vendor_id: int, classes: set[int]) -> bool:
    return PRINTER_CLASS in classes or vendor_id in POS_VENDORS


def _from_pyusb() -> list[UsbPrinter] | None:
    try:
        import usb.core  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        devices = list(usb.core.find(find_all=True))
    except Exception:  # no libusb backend, or no permission: sysfs still knows the ids
        return None
    found = []
    for device in devices:
        classes = {interface.bInterfaceClass for config in device for interface in config} | {
            device.bDeviceClass
        }
        if _is_printer(device.idVendor, classes):
            found.append(_printer(device.idVendor, device.idProduct, "", ""))
    return found


def _from_sysfs(root: Path) -> list[UsbPrinter]:
    found = []
    try:
        entries = sorted(root.iterdir())
    except OSError:
        return []
    for device in entries:
        vendor = _hex(device / "idVendor")
        product = _hex(device / "idProduct")
        if vendor is None or product is None:
            continue  # an interface entry, not a device
        classes = {
            value
            for interface in device.glob(f"{device.name}:*")
            if (value := _hex(interface / "bInterfaceClass")) is not None
        }
        if _is_printer(vendor, classes):
            found.append(
                _printer(vendor, product, _text(device / "manufacturer"), _text(device / "product"))
            )
    return found


def _printer(vendor_id: int, product_id: int, maker: str, product: str) -> UsbPrinter:
    return UsbPrinter(vendor_id, product_id, maker or POS_VENDORS.get(vendor_id, ""), product)


def _hex(path: Path) -> int | None:
    try:
        return int(path.read_text(encoding="ascii").strip(), 16)
    except (OSError, ValueError):
        return None


def _text(path: Path) -> str:
    try:
        return " ".join(path.read_text(encoding="utf-8", errors="replace").split())[:60]
    except OSError:
        return ""
