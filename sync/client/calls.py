"""Calling a ticket to a counter: the server arbitrates while it can be reached; offline,
the counter calls only tickets it can prove it owns (docs/sync-protocol.md, "Calls").
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.clock import service_day
from kiosk.domain.text import Text
from kiosk.services.dto import TicketView
from kiosk.services.sync_service import RemoteEvent
from kiosk.station import Station
from sync.client.api import ServerApi
from sync.client.errors import NotConnected, Refused, TokenInvalid, Unreachable
from sync.protocol import CallReply, CallRequest, LostCall


@dataclass(frozen=True, slots=True)
class CallOutcome:
    """The ticket now called here (None: nobody waits), a race lost on the way, and whether
    the call was made without the server."""

    ticket: TicketView | None
    lost: LostCall | None
    offline: bool


class CallUnanswered(Unreachable):
    """The server may have made the call but its answer was lost twice. Calling again with
    `request_id` returns that call instead of calling another citizen."""

    def __init__(self, request_id: str) -> None:
        super().__init__(
            Text(
                "Server tidak menjawab panggilan ini; mungkin sudah tercatat. Tunggu sebentar "
                "lalu panggil lagi: jawaban yang sama akan kembali.",
                "The server did not answer this call; it may have been made. Wait a moment "
                "and call again: the same answer comes back.",
            )
        )
        self.request_id = request_id


def call_ticket(
    station: Station,
    api: ServerApi | None,
    counter: int,
    services: Sequence[str],
    ticket_id: str | None = None,
    *,
    request_id: str | None = None,
) -> CallOutcome:
    """Call `ticket_id` (a scanned ticket), or the next ticket of `services`, to `counter`.

    With the server: it decides, and its `ticket.called` event is applied here at once.
    A lost answer is asked for again with the same request id (the server returns the
    call it made, never a second one); if it stays lost, CallUnanswered says so and
    nothing is called here. Only when the server certainly never saw the request (no
    connection, a revoked token, a ticket it does not know yet) does the counter call on
    its own: a scanned ticket (the citizen is at the desk), or "next" among the tickets
    this station issued itself.
    """
    if api is not None:
        request = CallRequest(
            request_id=request_id or str(uuid.uuid4()),
            counter=counter,
            services=list(services),
            ticket_id=ticket_id,
            day=service_day(station.clock.now()),
        )
        answered = _ask(api, request, scanned=ticket_id is not None)
        if answered is not None:
            reply = answered
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


def _ask(api: ServerApi, request: CallRequest, *, scanned: bool) -> CallReply | None:
    """The server's answer, or None when the counter must decide on its own."""
    for attempt in range(2):
        try:
            return api.call(request)
        except (NotConnected, TokenInvalid):
            return None
        except Refused as exc:
            if scanned and exc.status == 404:
                return None  # its kiosk has not synced yet; the QR proves the ticket
            raise
        except Unreachable:
            if attempt == 1:
                raise CallUnanswered(request.request_id) from None
    raise AssertionError("unreachable")
