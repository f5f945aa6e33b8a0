"""Complaints (pengaduan) filed at a station, and their status by tracking number.

A complaint is written with its `complaint.filed` event in one transaction. Its text and
the citizen's optional contact are personal: kept here sealed with the station's key and
sent to the server sealed with the hall's key (the hall's admin must be able to answer),
never logged, and removed from the station once the server has had them for the
retention period. The citizen keeps the tracking number (`kiosk.domain.complaint`).

The status comes from the server when it can be reached (through a `ComplaintLookup`
the caller passes, so this module needs no network); otherwise from this station's own
record: sent or not yet sent, no answer known.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import select

from kiosk.clock import Clock, service_day
from kiosk.domain.complaint import (
    Category,
    ComplaintInvalid,
    ComplaintStatus,
    Contact,
    canonical_tracking,
    check_contact,
    clean_text,
    new_tracking_number,
    shown_tracking,
)
from kiosk.domain.text import Text
from kiosk.domain.ticket_token import PREFIX as QR_PREFIX
from kiosk.domain.ticket_token import InvalidTicketToken, verify
from kiosk.errors import KioskError
from kiosk.services.catalogue_service import CatalogueService
from kiosk.services.numbering import SLOT_KEY
from kiosk.services.sealed_events import SEALED_KEY, PurgedRow, purge_due
from kiosk.storage.hall_seal import HallSeal
from kiosk.storage.models import ComplaintRow, EventRow
from kiosk.storage.sealing import Sealer
from kiosk.storage.store import Store
from kiosk.storage.uow import UnitOfWork

DEFAULT_RETENTION_DAYS = 30
#: Draws of a tracking number before giving up (a repeat within one station is a 1 in
#: 8 billion chance per complaint already filed here).
DRAWS = 20


class ComplaintNotAccepted(KioskError):
    """A complaint that cannot be filed as it is; the message says what to fix."""


class ComplaintNotFound(KioskError):
    """No complaint with that tracking number (here, or on the server)."""


class StatusUnavailable(KioskError):
    """The server could not be asked (not reachable, not enrolled); the lookup raises it."""


@dataclass(frozen=True, slots=True)
class FiledComplaint:
    """A complaint just filed: what the screen shows and the slip prints."""

    complaint_id: str
    tracking: str
    #: The tracking number as printed, in two groups: `ADU-K7QF-2M9X`.
    tracking_shown: str
    agency_code: str
    agency_name: Text
    category: Category
    #: The contact masked (a phone's last three digits), or None when none was given.
    contact_masked: str | None
    ticket_number: str | None
    filed_at: datetime


@dataclass(frozen=True, slots=True)
class RemoteComplaint:
    """A complaint as the server tells a station (never its text or contact)."""

    tracking: str
    agency_code: str
    category: str
    status: ComplaintStatus
    filed_at: datetime
    received_at: datetime
    answered_at: datetime | None
    answer: str | None


#: Asks the server about a tracking number: None when it does not know it; raises
#: StatusUnavailable when it cannot be asked. `sync.client.complaints` makes one.
ComplaintLookup = Callable[[str], RemoteComplaint | None]


@dataclass(frozen=True, slots=True)
class ComplaintStatusView:
    """What the status screen shows for a tracking number."""

    tracking: str
    tracking_shown: str
    #: "server": the hall's current answer; "station": only this station's record.
    source: Literal["server", "station"]
    agency_code: str
    agency_name: Text
    category: Category | None
    filed_at: datetime
    #: The server's status; None when only this station's record is known.
    status: ComplaintStatus | None
    #: Whether the complaint has reached the server (False: waiting in this station).
    sent: bool
    answered_at: datetime | None
    answer: str | None
    #: One line for the citizen: the status in words.
    message: Text


class ComplaintService:
    """Files complaints, tells their status, purges personal data in time."""

    def __init__(
        self,
        store: Store,
        catalogues: CatalogueService,
        clock: Clock,
        sealer: Sealer,
        hall_key: bytes,
        retention_days: int = DEFAULT_RETENTION_DAYS,
        *,
        draw: Callable[[int | None], str] = new_tracking_number,
    ) -> None:
        self._store = store
        self._catalogues = catalogues
        self._clock = clock
        self._sealer = sealer
        self._hall_key = hall_key
        self._hall_seal = HallSeal(hall_key)
        self._retention = timedelta(days=retention_days)
        self._draw = draw

    def file(
        self,
        agency_code: str,
        category: Category | str,
        text: str,
        contact: str | None = None,
        ticket: str | None = None,
    ) -> FiledComplaint:
        """File a complaint; returns its tracking number. `ticket` is an optional reference:
        today's ticket number or a scanned ticket QR. ComplaintNotAccepted says what to fix."""
        agency = self._catalogues.current().agency(agency_code.strip().upper())
        if agency is None:
            raise ComplaintNotAccepted(
                Text(
                    f"Instansi '{agency_code}' tidak ada di katalog. Pilih instansi dari daftar.",
                    f"There is no agency '{agency_code}' in the catalogue. Choose one from the "
                    "list.",
                )
            )
        kind = _category(category)
        try:
            kept_text = clean_text(text)
            checked = check_contact(contact)
        except ComplaintInvalid as exc:
            raise ComplaintNotAccepted(exc.message) from exc
        now = self._clock.now()
        with self._store.uow(write=True) as uow:
            ticket_id, ticket_number = self._reference(uow, ticket, now)
            tracking = self._new_tracking(uow)
            complaint_id = str(uuid.uuid4())
            personal = {"text": kept_text, "contact": checked.value if checked else None}
            payload = {
                "complaint_id": complaint_id,
                "tracking": tracking,
                "agency": agency.code,
                "category": kind.value,
                "ticket": ticket_id,
                "ticket_number": ticket_number,
                "filed_at": now.isoformat(),
                "contact_kind": checked.kind.value if checked else None,
                SEALED_KEY: self._hall_seal.seal(personal),
            }
            event = uow.outbox.add("complaint.filed", payload, now)
            uow.session.flush()  # the event first: the row refers to it
            uow.session.add(
                ComplaintRow(
                    id=complaint_id,
                    tracking=tracking,
                    agency_code=agency.code,
                    category=kind.value,
                    sealed=self._sealer.seal(personal),
                    contact_kind=checked.kind.value if checked else None,
                    ticket_id=ticket_id,
                    ticket_number=ticket_number,
                    filed_at=now,
                    event_id=event.id,
                )
            )
            uow.commit()
        return FiledComplaint(
            complaint_id=complaint_id,
            tracking=tracking,
            tracking_shown=shown_tracking(tracking),
            agency_code=agency.code,
            agency_name=agency.name,
            category=kind,
            contact_masked=_masked(checked),
            ticket_number=ticket_number,
            filed_at=now,
        )

    def status(self, tracking: str, lookup: ComplaintLookup | None = None) -> ComplaintStatusView:
        """The status of a complaint: the server's when `lookup` can ask it, else what this
        station knows. ComplaintNotFound when neither knows the number."""
        canonical = canonical_tracking(tracking)
        if canonical is None:
            raise ComplaintNotFound(_not_a_number(tracking))
        remote, asked = None, False
        if lookup is not None:
            # Unreachable: this station's own record is the best answer it has.
            with contextlib.suppress(StatusUnavailable):
                remote, asked = lookup(canonical), True
        if remote is not None:
            return self._remote_view(remote)
        with self._store.uow() as uow:
            found = uow.session.execute(
                select(ComplaintRow, EventRow.synced_at)
                .join(EventRow, EventRow.id == ComplaintRow.event_id)
                .where(ComplaintRow.tracking == canonical)
            ).first()
        if found is None:
            raise ComplaintNotFound(_unknown(canonical, asked))
        row, synced_at = found
        return self._local_view(row, sent=synced_at is not None)

    def contact_of(self, tracking: str) -> Contact | None:
        """The contact of a complaint filed here, while the station keeps it (staff only;
        screens show `Contact.masked`)."""
        with self._store.uow() as uow:
            row = uow.session.scalar(select(ComplaintRow).where(ComplaintRow.tracking == tracking))
            if row is None or row.sealed is None or row.contact_kind is None:
                return None
            value = self._sealer.open(row.sealed).get("contact")
        return check_contact(str(value)) if value else None

    def purge(self) -> int:
        """Remove texts and contacts the server has had for the retention period."""
        now = self._clock.now()
        with self._store.uow(write=True) as uow:
            purged = purge_due(uow.session, ComplaintRow, _clear_sealed, self._retention, now)
            uow.commit()
        return purged

    def _reference(
        self, uow: UnitOfWork, entered: str | None, now: datetime
    ) -> tuple[str | None, str | None]:
        """The ticket a complaint refers to: (its id if known, its number)."""
        text = (entered or "").strip()
        if not text:
            return None, None
        if text.startswith(QR_PREFIX + "."):
            try:
                claim = verify(text, self._hall_key)
            except InvalidTicketToken as exc:
                raise ComplaintNotAccepted(
                    Text(
                        "Kode QR ini bukan tiket MPP ini; kosongkan nomor tiket atau ketik "
                        "nomornya.",
                        "This QR code is not a ticket of this hall; leave the ticket empty or "
                        "type its number.",
                    )
                ) from exc
            return claim.ticket_id, claim.number
        number = text.upper()
        prefix, _, digits = number.rpartition("-")
        if not prefix or not digits.isdigit() or len(number) > 16:
            raise ComplaintNotAccepted(
                Text(
                    f"'{text}' bukan nomor antrean (contoh: A1-012).",
                    f"'{text}' is not a queue number (e.g. A1-012).",
                )
            )
        found = uow.tickets.find_number(service_day(now), prefix, int(digits))
        return (found.id if found else None), number

    def _new_tracking(self, uow: UnitOfWork) -> str:
        slot = uow.settings.get_int(SLOT_KEY)
        for _ in range(DRAWS):
            tracking = self._draw(slot)
            taken = uow.session.scalar(
                select(ComplaintRow.id).where(ComplaintRow.tracking == tracking)
            )
            if taken is None:
                return tracking
        raise RuntimeError("no free tracking number after many draws: is the random source broken?")

    def _agency_name(self, code: str) -> Text:
        agency = self._catalogues.current().agency(code)
        return agency.name if agency else Text(code, code)

    def _remote_view(self, remote: RemoteComplaint) -> ComplaintStatusView:
        message = remote.status.label
        if remote.status is ComplaintStatus.CLOSED and not remote.answer:
            message = Text(
                "Selesai (ditutup) tanpa jawaban tertulis", "Closed without a written answer"
            )
        return ComplaintStatusView(
            tracking=remote.tracking,
            tracking_shown=shown_tracking(remote.tracking),
            source="server",
            agency_code=remote.agency_code,
            agency_name=self._agency_name(remote.agency_code),
            category=_known_category(remote.category),
            filed_at=remote.filed_at,
            status=remote.status,
            sent=True,
            answered_at=remote.answered_at,
            answer=remote.answer,
            message=message,
        )

    def _local_view(self, row: ComplaintRow, *, sent: bool) -> ComplaintStatusView:
        return ComplaintStatusView(
            tracking=row.tracking,
            tracking_shown=shown_tracking(row.tracking),
            source="station",
            agency_code=row.agency_code,
            agency_name=self._agency_name(row.agency_code),
            category=_known_category(row.category),
            filed_at=row.filed_at,
            status=None,
            sent=sent,
            answered_at=None,
            answer=None,
            message=_SENT if sent else _NOT_SENT,
        )


_SENT = Text(
    "Terkirim ke server; belum ada jawaban yang dapat ditampilkan (server tidak terhubung). "
    "Coba lagi nanti.",
    "Sent to the server; no answer can be shown now (the server cannot be reached). "
    "Try again later.",
)
_NOT_SENT = Text(
    "Belum terkirim ke server; akan terkirim otomatis saat jaringan tersedia. Belum ada jawaban.",
    "Not sent to the server yet; it goes automatically when the network is back. No answer yet.",
)


def _category(value: Category | str) -> Category:
    try:
        return Category(value)
    except ValueError as exc:
        choices = ", ".join(c.value for c in Category)
        raise ComplaintNotAccepted(
            Text(
                f"Kategori '{value}' tidak dikenal; pilih salah satu: {choices}.",
                f"Unknown category '{value}'; choose one of: {choices}.",
            )
        ) from exc


def _known_category(value: str) -> Category | None:
    try:
        return Category(value)
    except ValueError:
        return None


def _masked(contact: Contact | None) -> str | None:
    return contact.masked if contact else None


def _not_a_number(text: str) -> Text:
    return Text(
        f"'{text.strip()}' bukan nomor pengaduan. Nomor pengaduan seperti ADU-K7QF-2M9X.",
        f"'{text.strip()}' is not a complaint tracking number. It looks like ADU-K7QF-2M9X.",
    )


def _unknown(tracking: str, asked_server: bool) -> Text:
    where = (
        ("server dan stasiun ini", "the server or this station")
        if asked_server
        else (
            "stasiun ini (server tidak terhubung)",
            "this station (the server cannot be reached)",
        )
    )
    shown = shown_tracking(tracking)
    return Text(
        f"Pengaduan {shown} tidak ditemukan di {where[0]}. Periksa nomornya pada slip.",
        f"Complaint {shown} was not found on {where[1]}. Check the number on the slip.",
    )


def _clear_sealed(row: PurgedRow) -> None:
    assert isinstance(row, ComplaintRow)
    row.sealed = None
