"""Taking the next ticket number from the right source (see kiosk/domain/numbering.py)."""

from __future__ import annotations

from datetime import date

from kiosk.domain.numbering import offline_number
from kiosk.storage.uow import UnitOfWork

#: The station's slot in its hall, stored at enrolment; unset = not enrolled.
SLOT_KEY = "sync.slot"


def take_number(uow: UnitOfWork, service_code: str, day: date, prefix: str) -> int:
    """The next number of a service on a day, inside the issuing write transaction.

    Raises NumbersExhausted when an enrolled station is offline with its slot's
    999 numbers of that service used.
    """
    slot = uow.settings.get_int(SLOT_KEY)
    if slot is None:
        return uow.tickets.next_number(service_code, day)
    leased = uow.numbers.take(service_code, day)
    # A number this store holds already (issued before the station was enrolled) is
    # passed over: the station's own tickets never clash, whatever the server leased.
    while leased is not None and uow.tickets.holder(prefix, day, leased) is not None:
        leased = uow.numbers.take(service_code, day)
    if leased is not None:
        return leased
    return offline_number(slot, uow.tickets.next_number(service_code, day))
