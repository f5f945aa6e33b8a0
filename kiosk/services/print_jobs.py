"""Rendering a ticket once into a stored print job, inside the ticket's own transaction."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from kiosk.services.dto import TicketView
from kiosk.storage.models import PrintJobRow
from kiosk.storage.uow import UnitOfWork

#: Turns a ticket into the exact bytes its printer takes (the caller's printer layer).
Renderer = Callable[[TicketView, bool], bytes]


@dataclass(frozen=True, slots=True)
class PrintRequest:
    """Where to print, and how to render (the second argument marks a copy)."""

    printer: str
    render: Renderer


def attach_job(
    uow: UnitOfWork, view: TicketView, request: PrintRequest, now: datetime, *, copy: bool
) -> TicketView:
    """Render the ticket once and store the bytes; the view learns its job id."""
    job_id = str(uuid.uuid4())
    uow.print_jobs.add(
        PrintJobRow(
            id=job_id,
            ticket_id=view.id,
            kind="ticket",
            printer=request.printer,
            data=request.render(view, copy),
            copy=copy,
            created_at=now,
            attempts=0,
        )
    )
    return dataclasses.replace(view, print_job_id=job_id)
