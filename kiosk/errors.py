"""The station's exceptions; each carries a message a person can act on, in ID and EN."""

from __future__ import annotations

from kiosk.domain.text import Text


class KioskError(Exception):
    """Base of every error the station reports to a person."""

    def __init__(self, message: Text) -> None:
        super().__init__(message.en)
        self.message = message


class ConfigError(KioskError):
    """The station's config file cannot be used."""


class CatalogueError(KioskError):
    """A catalogue file is not valid; `problems` names each entry and field."""

    def __init__(self, source: str, problems: list[str]) -> None:
        listing = "\n".join(f"  - {p}" for p in problems)
        count = f"{len(problems)} problem" + ("s" if len(problems) != 1 else "")
        super().__init__(
            Text(
                f"Katalog {source} tidak valid ({len(problems)} masalah):\n{listing}",
                f"Catalogue {source} is not valid ({count}):\n{listing}",
            )
        )
        self.source = source
        self.problems = problems


class UnknownService(KioskError):
    """A service code that the catalogue does not have."""

    def __init__(self, code: str) -> None:
        super().__init__(
            Text(
                f"Layanan dengan kode '{code}' tidak ada di katalog.",
                f"There is no service with code '{code}' in the catalogue.",
            )
        )
        self.code = code


class ServiceClosed(KioskError):
    """The service cannot issue now; the message says why and until when."""


class PriorityNotAllowed(KioskError):
    """The service has no priority queue."""


class TicketNotFound(KioskError):
    """No ticket with that id or number."""


class TicketStateError(KioskError):
    """A ticket cannot make the move that was asked."""


class FormInvalid(KioskError):
    """A form's answers have mistakes; `errors` names each field's."""

    def __init__(self, errors: dict[str, Text], labels: dict[str, Text]) -> None:
        names = [labels[f] for f in errors]
        super().__init__(
            Text(
                "Ada isian yang perlu diperbaiki: " + ", ".join(n.id for n in names) + ".",
                "Some answers need fixing: " + ", ".join(n.en for n in names) + ".",
            )
        )
        self.errors = errors
