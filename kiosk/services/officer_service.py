"""Counter officers: the hall admin's list, signing in at a counter with a PIN, attendance.

Officers are shared by the whole hall: adding one or changing a PIN writes an
`officer.saved` event, and every station applies it from the server's feed. Only the
PIN's slow hash travels, never the PIN. Each sign-in and sign-out is an event too, so
the hall has the attendance of every counter.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from kiosk.clock import Clock
from kiosk.domain.admin_pin import hash_pin, valid_pin
from kiosk.domain.text import Text
from kiosk.errors import KioskError
from kiosk.services.catalogue_service import CatalogueService
from kiosk.services.pin_gate import PinGate
from kiosk.storage.models import AttendanceRow, OfficerRow
from kiosk.storage.store import Store
from kiosk.storage.uow import UnitOfWork

NAME_LENGTH = (2, 80)


class OfficerError(KioskError):
    """An officer cannot be added, changed or signed in; the message says why."""


@dataclass(frozen=True, slots=True)
class OfficerView:
    """An officer as the admin list shows it (never the PIN hash)."""

    id: str
    name: str
    active: bool


@dataclass(frozen=True, slots=True)
class DeskSession:
    """An officer signed in at a counter, serving some services."""

    attendance_id: str
    officer_id: str
    officer_name: str
    counter: int
    services: tuple[str, ...]
    signed_in_at: datetime


def name_key(name: str) -> str:
    """The name folded for lookup: case and spacing do not make another officer."""
    return " ".join(name.split()).casefold()


class OfficerService:
    """The hall's officers and their sign-ins at this station."""

    def __init__(self, store: Store, catalogues: CatalogueService, clock: Clock) -> None:
        self._store = store
        self._catalogues = catalogues
        self._clock = clock

    # --- the admin's list ---------------------------------------------------------

    def save(self, name: str, pin: str) -> OfficerView:
        """Add an officer, or give an existing one (same name) a new PIN and reactivate them."""
        shown = " ".join(name.split())
        if not NAME_LENGTH[0] <= len(shown) <= NAME_LENGTH[1]:
            raise OfficerError(
                Text("Nama petugas 2 sampai 80 huruf.", "An officer's name is 2 to 80 characters.")
            )
        if not valid_pin(pin):
            raise OfficerError(Text("PIN terdiri dari 4–8 angka.", "A PIN is 4 to 8 digits."))
        return self._write(shown, hash_pin(pin), active=True)

    def deactivate(self, name: str) -> OfficerView:
        """Stop an officer from signing in (their history stays)."""
        with self._store.uow() as uow:
            row = _by_name(uow, name)
            if row is None:
                raise OfficerError(_unknown(name))
            pin_hash = row.pin_hash
        return self._write(row.name, pin_hash, active=False)

    def officers(self) -> list[OfficerView]:
        """Every officer, by name."""
        with self._store.uow() as uow:
            rows = uow.session.scalars(select(OfficerRow).order_by(OfficerRow.name_key))
            return [OfficerView(r.id, r.name, r.active) for r in rows]

    def ensure_demo(self, name: str, pin_hash: str) -> None:
        """The demo's officer, when the station has none."""
        with self._store.uow() as uow:
            if uow.session.scalar(select(OfficerRow.id).limit(1)) is not None:
                return
        self._write(name, pin_hash, active=True)

    def _write(self, name: str, pin_hash: str, *, active: bool) -> OfficerView:
        now = self._clock.now()
        with self._store.uow(write=True) as uow:
            row = _by_name(uow, name)
            if row is None:
                row = OfficerRow(id=str(uuid.uuid4()), name_key=name_key(name))
                uow.session.add(row)
            row.name, row.pin_hash, row.active, row.updated_at = name, pin_hash, active, now
            payload = {"officer_id": row.id, "name": name, "pin_hash": pin_hash, "active": active}
            uow.outbox.add("officer.saved", payload, now)
            view = OfficerView(row.id, name, active)
            uow.commit()
        return view

    # --- signing in ----------------------------------------------------------------

    def sign_in(self, name: str, pin: str, counter: int, services: Sequence[str]) -> DeskSession:
        """Check the officer's PIN (with a lock-out) and open their attendance at a counter."""
        codes = self._check_desk(counter, services)
        with self._store.uow() as uow:
            row = _by_name(uow, name)
            officer = (row.id, row.name, row.pin_hash) if row and row.active else None
        gate = PinGate(self._store, self._clock, f"officer_pin_lockout:{name_key(name)}")
        # An unknown name is checked against a hash too, so the answer takes as long and
        # says the same: nobody learns which names exist.
        answer = gate.check(pin, officer[2] if officer else _NOBODY)
        if not answer.ok or officer is None:
            wrong = Text("Nama atau PIN salah.", "Wrong name or PIN.")
            raise OfficerError(answer.message if answer.locked_until else wrong)
        now = self._clock.now()
        session = DeskSession(str(uuid.uuid4()), officer[0], officer[1], counter, codes, now)
        with self._store.uow(write=True) as uow:
            self._close_open(uow, now)
            uow.session.add(
                AttendanceRow(
                    id=session.attendance_id,
                    officer_id=session.officer_id,
                    officer_name=session.officer_name,
                    counter_number=counter,
                    services=json.dumps(list(codes)),
                    signed_in_at=now,
                )
            )
            uow.outbox.add("officer.signed_in", _attendance(session, now), now)
            uow.commit()
        return session

    def sign_out(self, session: DeskSession) -> None:
        """Close the officer's attendance."""
        now = self._clock.now()
        with self._store.uow(write=True) as uow:
            row = uow.session.get(AttendanceRow, session.attendance_id)
            if row is not None and row.signed_out_at is None:
                row.signed_out_at = now
                uow.outbox.add("officer.signed_out", _attendance(session, now), now)
            uow.commit()

    def attendance(self) -> list[tuple[str, int, datetime, datetime | None]]:
        """Every sign-in at this station: officer, counter, in, out (None: still in)."""
        with self._store.uow() as uow:
            rows = uow.session.scalars(select(AttendanceRow).order_by(AttendanceRow.signed_in_at))
            return [
                (r.officer_name, r.counter_number, r.signed_in_at, r.signed_out_at) for r in rows
            ]

    def _check_desk(self, counter: int, services: Sequence[str]) -> tuple[str, ...]:
        if not 1 <= counter <= 999:
            raise OfficerError(Text("Nomor loket 1 sampai 999.", "A counter number is 1 to 999."))
        catalogue = self._catalogues.current()
        if catalogue.counters and counter not in {c.number for c in catalogue.counters}:
            raise OfficerError(
                Text(
                    f"Loket {counter} tidak ada di katalog aula ini.",
                    f"Counter {counter} is not in this hall's catalogue.",
                )
            )
        codes = tuple(dict.fromkeys(s.upper() for s in services))
        unknown = [c for c in codes if catalogue.service(c) is None]
        if not codes or unknown:
            raise OfficerError(
                Text(
                    "Pilih paling sedikit satu layanan dari katalog.",
                    "Choose at least one service of the catalogue.",
                )
            )
        return codes

    @staticmethod
    def _close_open(uow: UnitOfWork, now: datetime) -> None:
        """A sign-in left open (a crash, a power cut) ends where the next one starts."""
        for row in uow.session.scalars(
            select(AttendanceRow).where(AttendanceRow.signed_out_at.is_(None))
        ):
            row.signed_out_at = now
            open_session = DeskSession(
                row.id,
                row.officer_id,
                row.officer_name,
                row.counter_number,
                tuple(json.loads(row.services)),
                row.signed_in_at,
            )
            uow.outbox.add("officer.signed_out", _attendance(open_session, now), now)


def apply_officer(uow: UnitOfWork, payload: Mapping[str, Any], updated_at: datetime) -> bool:
    """Take another station's `officer.saved` (from the feed); False if it is malformed."""
    try:
        officer_id, name = str(payload["officer_id"]), " ".join(str(payload["name"]).split())
        pin_hash, active = str(payload["pin_hash"]), bool(payload["active"])
    except (KeyError, TypeError):
        return False
    if not name or len(name) > NAME_LENGTH[1] or len(pin_hash) > 200:
        return False
    same_name = _by_name(uow, name)
    if same_name is not None and same_name.id != officer_id:
        uow.session.delete(same_name)  # the hall's list wins: one officer per name
        uow.session.flush()
    row = uow.session.get(OfficerRow, officer_id)
    if row is None:
        row = OfficerRow(id=officer_id)
        uow.session.add(row)
    row.name, row.name_key, row.pin_hash = name, name_key(name), pin_hash
    row.active, row.updated_at = active, updated_at
    return True


def _by_name(uow: UnitOfWork, name: str) -> OfficerRow | None:
    query = select(OfficerRow).where(OfficerRow.name_key == name_key(name))
    return uow.session.scalars(query).first()


def _attendance(session: DeskSession, at: datetime) -> dict[str, Any]:
    return {
        "attendance_id": session.attendance_id,
        "officer_id": session.officer_id,
        "officer": session.officer_name,
        "counter": session.counter,
        "services": list(session.services),
        "signed_in_at": session.signed_in_at.isoformat(),
        "at": at.isoformat(),
    }


def _unknown(name: str) -> Text:
    return Text(f"Petugas '{name}' tidak ada.", f"No officer named '{name}'.")


#: A hash no PIN matches (scrypt of a random PIN, fixed here), for unknown names.
_NOBODY = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
