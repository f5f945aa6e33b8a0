"""Printer state from ESC/POS real-time status (DLE EOT n), with messages for people.

Implemented here rather than with python-escpos, whose ``is_online()`` and ``paper_status()``
block or misread on several printers: every read has a deadline, and a printer that does not
answer is UNKNOWN rather than a hang.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from printers.deadline import Deadline
from printers.errors import PrinterTimeoutError

DLE_EOT = b"\x10\x04"
PRINTER_STATUS, OFFLINE_CAUSE, PAPER_SENSOR = 1, 2, 4
# Every DLE EOT reply has bits 1 and 4 set and bits 0 and 7 clear; anything else is noise.
_FIXED_MASK, _FIXED_BITS = 0x93, 0x12


class PrinterState(Enum):
    """What a printer can tell us about itself."""

    READY = "ready"
    PAPER_NEAR_END = "paper_near_end"
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"
    UNKNOWN = "unknown"

    @property
    def can_print(self) -> bool:
        """Whether sending a job is worth trying (an unknown state is given the benefit)."""
        return self in (PrinterState.READY, PrinterState.PAPER_NEAR_END, PrinterState.UNKNOWN)


MESSAGES: dict[PrinterState, tuple[str, str]] = {
    PrinterState.READY: ("Printer siap.", "The printer is ready."),
    PrinterState.PAPER_NEAR_END: (
        "Kertas hampir habis. Siapkan gulungan baru.",
        "Paper is nearly out. Have a new roll ready.",
    ),
    PrinterState.PAPER_OUT: (
        "Kertas habis. Pasang gulungan kertas baru.",
        "The paper has run out. Load a new roll.",
    ),
    PrinterState.COVER_OPEN: (
        "Penutup printer terbuka. Tutup sampai terkunci.",
        "The printer cover is open. Close it until it clicks.",
    ),
    PrinterState.OFFLINE: (
        "Printer mati atau tidak terhubung. Periksa daya, kabel dan alamat printer.",
        "The printer is offline or cannot be reached. Check its power, cable and address.",
    ),
    PrinterState.UNKNOWN: (
        "Printer tidak menjawab permintaan status.",
        "The printer did not answer the status request.",
    ),
}


@dataclass(frozen=True)
class PrinterStatus:
    """A printer's state with what to tell people; ``detail`` is technical, for logs."""

    state: PrinterState
    message_id: str
    message_en: str
    detail: str = ""

    @classmethod
    def of(cls, state: PrinterState, detail: str = "") -> PrinterStatus:
        """The status for ``state`` with its standard messages."""
        message_id, message_en = MESSAGES[state]
        return cls(state, message_id, message_en, detail)


class Channel(Protocol):
    """An open two-way connection to a printer; every call respects the deadline."""

    def write(self, data: bytes, deadline: Deadline) -> None:
        """Send all of ``data`` or raise."""

    def read_byte(self, deadline: Deadline) -> int | None:
        """One byte from the printer, or None if it sends none before the deadline."""


def query_status(channel: Channel, timeout: float) -> PrinterStatus:
    """Ask DLE EOT 1, 2 and 4 in turn; stop at the first unanswered one."""
    deadline = Deadline(timeout)
    replies: dict[int, int] = {}
    try:
        for n in (PRINTER_STATUS, OFFLINE_CAUSE, PAPER_SENSOR):
            channel.write(DLE_EOT + bytes([n]), deadline)
            reply = channel.read_byte(deadline)
            if reply is None:
                break
            replies[n] = reply
    except PrinterTimeoutError:
        pass  # decode what arrived in time
    return decode_status(replies)


def decode_status(replies: Mapping[int, int]) -> PrinterStatus:
    """Map DLE EOT replies (keyed by n) to a state; the worst condition wins."""
    detail = " ".join(f"n{n}=0x{b:02x}" for n, b in sorted(replies.items()))
    valid = {n: b for n, b in replies.items() if b & _FIXED_MASK == _FIXED_BITS}
    if PRINTER_STATUS not in valid:
        return PrinterStatus.of(PrinterState.UNKNOWN, detail or "no reply")
    cause, paper = valid.get(OFFLINE_CAUSE, 0), valid.get(PAPER_SENSOR, 0)
    if cause & 0x04:
        state = PrinterState.COVER_OPEN
    elif paper & 0x60 or cause & 0x20:
        state = PrinterState.PAPER_OUT
    elif valid[PRINTER_STATUS] & 0x08 or cause & 0x40:
        state = PrinterState.OFFLINE
    elif paper & 0x0C:
        state = PrinterState.PAPER_NEAR_END
    else:
        state = PrinterState.READY
    return PrinterStatus.of(state, detail)
