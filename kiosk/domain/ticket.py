"""Queue tickets: their states, the moves between them, priority classes and numbers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from kiosk.domain.text import Text


class TicketStatus(StrEnum):
    """Where a ticket is in its life."""

    ISSUED = "issued"  # recorded, being printed
    PRINT_FAILED = "print_failed"  # printer failed; the citizen decides keep or cancel
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"
    TRANSFERRED = "transferred"  # waiting again, at the service it was sent to
    HELD = "held"  # the citizen stepped away to complete documents; the counter keeps it
    CANCELLED = "cancelled"


S = TicketStatus

#: Allowed moves. CALLED → CALLED is a recall; CANCELLED/NO_SHOW → WAITING is a
#: restore by staff; CALLED → WAITING gives a ticket back (a lost call race);
#: HELD → WAITING returns a held ticket to the queue, HELD → CALLED calls it back.
TRANSITIONS: dict[TicketStatus, frozenset[TicketStatus]] = {
    S.ISSUED: frozenset({S.WAITING, S.PRINT_FAILED, S.CANCELLED}),
    S.PRINT_FAILED: frozenset({S.WAITING, S.CANCELLED}),
    S.WAITING: frozenset({S.CALLED, S.CANCELLED}),
    S.TRANSFERRED: frozenset({S.CALLED, S.CANCELLED}),
    S.CALLED: frozenset({S.CALLED, S.SERVING, S.NO_SHOW, S.WAITING, S.TRANSFERRED, S.HELD}),
    S.SERVING: frozenset({S.DONE, S.TRANSFERRED, S.HELD}),
    S.HELD: frozenset({S.WAITING, S.CALLED}),
    S.NO_SHOW: frozenset({S.WAITING}),
    S.CANCELLED: frozenset({S.WAITING}),
    S.DONE: frozenset(),
}

#: States in which a ticket stands in the queue, waiting to be called.
IN_QUEUE = frozenset({S.WAITING, S.TRANSFERRED})
#: States in which a ticket is with the counter that called it.
AT_COUNTER = frozenset({S.CALLED, S.SERVING, S.HELD})
#: States that no longer hold a place in the daily quota.
RELEASED = frozenset({S.CANCELLED})


class InvalidTransition(ValueError):
    """A ticket was asked to move where its state machine does not allow."""

    def __init__(self, current: TicketStatus, target: TicketStatus) -> None:
        super().__init__(f"ticket cannot go from {current} to {target}")
        self.current = current
        self.target = target


def check_transition(current: TicketStatus, target: TicketStatus) -> None:
    """Raise InvalidTransition unless `current → target` is allowed."""
    if target not in TRANSITIONS[current]:
        raise InvalidTransition(current, target)


class PriorityClass(StrEnum):
    """Who may use the priority queue (layanan prioritas); no proof is asked."""

    LANSIA = "lansia"
    DISABILITAS = "disabilitas"
    IBU_HAMIL = "ibu_hamil"
    ANAK = "anak"

    @property
    def label(self) -> Text:
        """The class as a citizen reads it."""
        return _PRIORITY_LABELS[self]


_PRIORITY_LABELS = {
    PriorityClass.LANSIA: Text("Lansia", "Elderly"),
    PriorityClass.DISABILITAS: Text("Penyandang disabilitas", "Person with disability"),
    PriorityClass.IBU_HAMIL: Text("Ibu hamil", "Pregnant woman"),
    PriorityClass.ANAK: Text("Membawa anak kecil", "With a small child"),
}


class Outcome(StrEnum):
    """How a service at the counter ended."""

    SELESAI = "selesai"  # done: the application is taken in
    BERKAS_KURANG = "berkas_kurang"  # documents incomplete: the citizen must come back
    DITOLAK = "ditolak"  # refused (not eligible, not this hall's business)
    DIALIHKAN = "dialihkan"  # referred to another office outside the queue

    @property
    def label(self) -> Text:
        """The outcome as a clerk and a report read it."""
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    Outcome.SELESAI: Text("Selesai", "Done"),
    Outcome.BERKAS_KURANG: Text("Berkas kurang", "Documents incomplete"),
    Outcome.DITOLAK: Text("Ditolak", "Refused"),
    Outcome.DIALIHKAN: Text("Dialihkan", "Referred elsewhere"),
}

#: The longest note a clerk can attach to a transfer or an outcome.
MAX_NOTE = 200


def format_number(prefix: str, number: int) -> str:
    """The ticket number as shown and printed: `A-012`, `KK-1203`."""
    return f"{prefix}-{number:03d}"


@dataclass(frozen=True, slots=True)
class Ticket:
    """A queue ticket as the domain sees it."""

    id: str
    service_code: str
    service_day: date
    prefix: str
    number: int
    status: TicketStatus
    priority: PriorityClass | None
    issued_at: datetime
    queued_at: datetime
    station_id: str
    print_failed: bool = False
    called_at: datetime | None = None
    counter_number: int | None = None
    serving_at: datetime | None = None
    finished_at: datetime | None = None
    recall_count: int = 0
    #: How the service ended (set when done).
    outcome: Outcome | None = None
    #: The clerk's note on the last transfer or outcome (never personal data by rule).
    note: str | None = None
    #: The service the ticket was issued for, once it has been transferred away from it.
    origin_service: str | None = None
    #: A transfer to one counter: only that counter calls the ticket.
    target_counter: int | None = None

    @property
    def label(self) -> str:
        """The ticket number as printed."""
        return format_number(self.prefix, self.number)
