"""Calling a ticket to a counter: the server arbitrates while it can be reached; offline,
the counter calls only tickets it can prove it owns (docs/sync-protocol.md, "Calls").
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.clock import service_day
from kiosk.services.dto import TicketView
from kiosk.services.sync_service import RemoteEvent
from kiosk.station import Station
from sync.client.api import ServerApi
from sync.client.errors import Unreachable
from sync.protocol import CallRequest, LostCall


@dataclass(frozen=True, slots=True)
class CallOutcome:
    """The ticket now called here (None: nobody waits), a race lost on the way, and whether
    the call was made without the server."""

    ticket: TicketView | None
    lost: LostCall | None
    offline: bool


def call_ticket(
    station: Station,
    api: ServerApi | None,
    counter: int,
    services: Sequence[str],
    ticket_id: str | None = None,
) -> CallOutcome:
    """Call `ticket_id` (a scanned ticket), or the next ticket of `services`, to `counter`.

    With the server: it decides, and its `ticket.called` event is applied here at once.
    Without it: a scanned ticket is called here (the citizen is at the desk); "next"
    considers only tickets this station issued itself.
    """
    if api is not None:
        request = CallRequest(
            request_id=str(uuid.uuid4()),
            counter=counter,
            services=list(services),
            ticket_id=ticket_id,
            day=service_day(station.clock.now()),
        )
        try:
            reply = api.call(request)
        except Unreachable:
            pass
        else:
            if reply.event is None or reply.called is None:
                return CallOutcome(None, reply.lost, offline=False)
            e = reply.event
            station.sync.apply(
                [RemoteEvent(e.feed_seq, e.id, e.station_id, e.seq, e.type, e.payload)], last=0
            )
            return CallOutcome(station.tickets.get(reply.called.ticket_id), reply.lost, False)
    if ticket_id is not None:
        return CallOutcome(station.tickets.call(ticket_id, counter), None, offline=True)
    return CallOutcome(station.tickets.call_next(counter, services, own_only=True), None, True)
