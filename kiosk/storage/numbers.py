"""Blocks of ticket numbers the server leased to this station."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kiosk.storage.models import NumberBlockRow


class NumberBlocks:
    """Takes numbers from leased blocks, oldest block first."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def take(self, service_code: str, day: date) -> int | None:
        """The next leased number of a service on a day, or None when the blocks are used up."""
        block = self._session.scalars(
            select(NumberBlockRow)
            .where(
                NumberBlockRow.service_code == service_code,
                NumberBlockRow.service_day == day,
                NumberBlockRow.next_number <= NumberBlockRow.last,
            )
            .order_by(NumberBlockRow.first)
            .limit(1)
        ).first()
        if block is None:
            return None
        number = block.next_number
        self._session.execute(
            update(NumberBlockRow)
            .where(
                NumberBlockRow.service_code == service_code,
                NumberBlockRow.service_day == day,
                NumberBlockRow.first == block.first,
            )
            .values(next_number=number + 1)
        )
        return number

    def add(self, service_code: str, day: date, first: int, last: int) -> None:
        """Keep a leased block (a block already kept is left as it is)."""
        key = (service_code, day, first)
        if self._session.get(NumberBlockRow, key) is None:
            self._session.add(
                NumberBlockRow(
                    service_code=service_code,
                    service_day=day,
                    first=first,
                    last=last,
                    next_number=first,
                )
            )

    def remaining(self, day: date, service_codes: Iterable[str]) -> dict[str, int]:
        """Unused leased numbers per service on a day (0 for a service with none)."""
        codes = list(service_codes)
        left = func.sum(NumberBlockRow.last - NumberBlockRow.next_number + 1)
        query = (
            select(NumberBlockRow.service_code, left)
            .where(
                NumberBlockRow.service_day == day,
                NumberBlockRow.service_code.in_(codes),
                NumberBlockRow.next_number <= NumberBlockRow.last,
            )
            .group_by(NumberBlockRow.service_code)
        )
        found = {code: int(n or 0) for code, n in self._session.execute(query)}
        return {code: found.get(code, 0) for code in codes}
