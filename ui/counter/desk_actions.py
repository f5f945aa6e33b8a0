"""What each desk action does: calls go to the worker, moves are written to the local store,
and the clerk is told the outcome in one line.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.domain.ticket import Outcome, PriorityClass
from kiosk.services.dto import TicketView
from ui.counter import strings
from ui.counter.actions import Action
from ui.counter.desk_worker import CallReport, reason_for

if TYPE_CHECKING:
    from ui.counter.desk_screen import DeskScreen


class DeskActions(QObject):
    """The actions of one desk; each reads and writes the desk's state, then refreshes it."""

    def __init__(self, desk: DeskScreen) -> None:
        super().__init__(desk)
        self.desk = desk

    def do(self, action: Action) -> None:
        """Do `action` (a button or its key); some open a sheet that asks first."""
        asks = self.desk.asks
        handlers: dict[Action, Callable[[], None]] = {
            Action.CALL_NEXT: self.call_next,
            Action.RECALL: self.recall,
            Action.START: self.start_serving,
            Action.FINISH: asks.outcome,
            Action.TRANSFER: asks.transfer,
            Action.HOLD: self.hold,
            Action.RETURN: self.return_first_held,
            Action.CALL_NUMBER: asks.number,
            Action.WALK_IN: asks.walk_in,
            Action.REPRINT: asks.reprint,
            Action.RECEIPT: asks.receipt,
            Action.NO_SHOW: self.no_show,
        }
        handlers[action]()

    # Calls: through the worker, answered by `called`
    def call_next(self) -> None:
        """Call the next ticket of this counter's services (the server arbitrates)."""
        self._call(None)

    def call_ticket(self, ticket_id: str) -> None:
        """Call one ticket here (a number, a scan, a held ticket)."""
        self._call(ticket_id)

    def _call(self, ticket_id: str | None) -> None:
        desk, session = self.desk, self.desk.session
        if session is None or desk.state.calling:
            return
        desk.state = dataclasses.replace(desk.state, calling=True)
        desk.tell("info", strings.CALLING)
        services = session.services if ticket_id is None else ()
        desk.worker.call(session.counter, services, ticket_id)
        desk.show_actions()

    def called(self, report: CallReport) -> None:
        """The call's answer: the ticket now here, a race lost, nobody waiting, or an error."""
        desk = self.desk
        desk.state = dataclasses.replace(desk.state, calling=False)
        if desk.session is None:
            return  # signed out while the call was on its way: it waits at the counter
        outcome = report.outcome
        if outcome is None:
            desk.tell("error", report.error)
            desk.refresh()
            return
        got = outcome.ticket
        if got is not None:
            desk.focus_id = got.id
            desk.queue.clear_selection()
        if outcome.lost is not None:
            lost = outcome.lost
            text = strings.lost_call(lost.number, lost.counter, got.number if got else None)
            desk.tell("warn", text)
        elif got is None:
            desk.tell("info", strings.NOBODY_WAITING)
        elif outcome.offline and desk.calls.with_server:
            # Only a counter that has a server is limited while it cannot reach it.
            desk.tell("info", strings.CALLED_OFFLINE)
        else:
            desk.clear_notice()
        desk.refresh()

    # Moves of the current ticket, written to the local store
    def recall(self) -> None:
        """Announce the current ticket again."""
        ticket = self._current(self.desk.station.tickets.recall)
        if ticket is not None:
            self.desk.tell("ok", strings.recall_done(ticket.number, ticket.recall_count))

    def start_serving(self) -> None:
        """The citizen is at the counter."""
        if self._current(self.desk.station.tickets.start_serving) is not None:
            self.desk.clear_notice()

    def hold(self) -> None:
        """The citizen steps away; the ticket waits here."""
        ticket = self._current(self.desk.station.desk.hold)
        if ticket is not None:
            self.desk.tell("info", strings.held(ticket.number))

    def no_show(self) -> None:
        """The citizen did not come after the recalls."""
        ticket = self._current(self.desk.station.tickets.no_show)
        if ticket is not None:
            self.desk.tell("info", strings.no_show_done(ticket.number))

    def finish(self, ticket_id: str, outcome: Outcome, note: str) -> None:
        """End the service with its outcome and note (from the outcome sheet)."""
        ticket = self._change(self.desk.station.tickets.finish, ticket_id, outcome, note)
        if ticket is not None:
            self.desk.tell("ok", strings.done(ticket.number, outcome.label))

    def transfer(self, ticket_id: str, code: str, counter: int | None, note: str) -> None:
        """Send the ticket to another service (and counter), keeping its number and place."""
        ticket = self._change(self.desk.station.desk.transfer, ticket_id, code, counter, note)
        service = self.desk.catalogue().service(code)
        if ticket is not None and service is not None:
            self.desk.tell("ok", strings.transferred(ticket.number, service.name, counter))

    def return_to_queue(self, ticket_id: str) -> None:
        """A held ticket queues again, for this counter."""
        ticket = self._change(self.desk.station.desk.return_to_queue, ticket_id)
        if ticket is not None:
            self.desk.tell("ok", strings.returned(ticket.number))

    def return_first_held(self) -> None:
        """F7: the held ticket named on the button."""
        held = self.desk.state.first_held
        if held is not None:
            self.return_to_queue(held.id)

    def walk_in(self, code: str, priority: PriorityClass | None) -> None:
        """A citizen served straight away: a new number, called and served here."""
        desk = self.desk
        if desk.session is None:
            return
        ticket = self._change(desk.station.desk.walk_in, code, desk.session.counter, priority)
        if ticket is not None:
            desk.focus_id = ticket.id
            desk.tell("ok", strings.walk_in_done(ticket.number))
            desk.refresh()

    def bring_up(self, ticket_id: str) -> None:
        """Make a ticket at this counter the one the actions apply to."""
        self.desk.focus_id = ticket_id
        self.desk.refresh()

    def _current(self, move: Callable[[str], TicketView]) -> TicketView | None:
        """Apply `move` to the current ticket."""
        current = self.desk.state.current
        return self._change(move, current.id) if current is not None else None

    def _change(self, move: Callable[..., TicketView], *args: object) -> TicketView | None:
        """Apply a move; say why not if it cannot be made. Either way, show the store."""
        desk = self.desk
        try:
            ticket = move(*args)
        except Exception as error:  # e.g. the store stayed locked: say so, lose nothing
            desk.tell("error", reason_for(error))
            desk.refresh()
            return None
        desk.calls.changed()  # have the sync worker send it now, not at its next turn
        desk.refresh()
        return ticket
