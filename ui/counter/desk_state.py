"""Which ticket is in front of the clerk, and which actions apply to it: plain rules, no Qt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.services.dto import TicketView
from ui.counter.actions import Action

#: A ticket in one of these states is the one the clerk is dealing with.
ACTIVE = ("called", "serving")


@dataclass(frozen=True, slots=True)
class DeskState:
    """The counter's tickets as the desk shows them."""

    #: The ticket the actions apply to: the one brought up, else the newest called or served.
    current: TicketView | None
    #: Everything else still at this counter: held tickets, and any older call left open.
    kept: tuple[TicketView, ...]
    #: A waiting ticket selected in the list (Call a number, Reprint, Form use it first).
    selected: TicketView | None = None
    #: A call is on its way to the server.
    calling: bool = False

    @property
    def first_held(self) -> TicketView | None:
        """The held ticket F7 returns to the queue (the most recently called)."""
        return next((t for t in self.kept if t.status == "held"), None)

    @property
    def target(self) -> TicketView | None:
        """The ticket Reprint and Form act on: a selected one, else the current one."""
        return self.selected or self.current


def desk_state(
    at_counter: Sequence[TicketView],
    focus_id: str | None,
    selected: TicketView | None = None,
    calling: bool = False,
) -> DeskState:
    """Split the counter's tickets (newest call first) into the current one and the rest."""
    active = [t for t in at_counter if t.status in ACTIVE]
    current = next((t for t in active if t.id == focus_id), active[0] if active else None)
    kept = tuple(t for t in at_counter if t is not current)
    return DeskState(current, kept, selected, calling)


def enabled_actions(state: DeskState, recall_limit: int) -> dict[Action, bool]:
    """Every action, and whether it applies now (the others are greyed out)."""
    status = state.current.status if state.current else None
    free = state.current is None
    return {
        Action.CALL_NEXT: free and not state.calling,
        Action.RECALL: status == "called",
        Action.START: status == "called",
        Action.FINISH: status == "serving",
        Action.TRANSFER: status in ACTIVE,
        Action.HOLD: status in ACTIVE,
        Action.RETURN: state.first_held is not None,
        Action.CALL_NUMBER: not state.calling,
        Action.WALK_IN: free and not state.calling,
        Action.REPRINT: state.target is not None,
        Action.RECEIPT: state.target is not None,
        Action.NO_SHOW: no_show_due(state.current, recall_limit),
    }


def no_show_due(ticket: TicketView | None, recall_limit: int) -> bool:
    """Called and recalled `recall_limit` times without the citizen coming."""
    return ticket is not None and ticket.status == "called" and ticket.recall_count >= recall_limit


def next_step(state: DeskState, recall_limit: int) -> tuple[Action | None, Action | None]:
    """The natural next action, and the one to offer prominently (No-show), if any."""
    status = state.current.status if state.current else None
    primary = {None: Action.CALL_NEXT, "called": Action.START, "serving": Action.FINISH}.get(status)
    alert = Action.NO_SHOW if no_show_due(state.current, recall_limit) else None
    return primary, alert
