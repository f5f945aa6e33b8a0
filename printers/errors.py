"""The printers package's exceptions: one small hierarchy, messages in Indonesian and English."""

from __future__ import annotations


class PrinterError(Exception):
    """Base of every error raised by :mod:`printers`.

    ``message_id`` is the Indonesian text shown to people first, ``message_en`` the English one.
    """

    def __init__(self, message_id: str, message_en: str) -> None:
        super().__init__(f"{message_id} / {message_en}")
        self.message_id = message_id
        self.message_en = message_en


class AddressError(PrinterError, ValueError):
    """A printer address string cannot be understood."""


class DocumentError(PrinterError, ValueError):
    """A document holds data that cannot be printed (e.g. a non-ASCII QR payload)."""


class JobFormatError(PrinterError, ValueError):
    """A job rendered for one kind of output was given to a printer of another kind."""


class DriverMissingError(PrinterError):
    """The Python driver for this kind of printer (pyusb, pyserial, lp) is not installed."""


class TransportError(PrinterError):
    """Sending to the printer failed."""


class PrinterUnreachableError(TransportError):
    """The printer could not be reached at all (refused, not found, no route)."""


class PrinterTimeoutError(TransportError):
    """The printer stopped taking data before the job was sent within its time limit."""
