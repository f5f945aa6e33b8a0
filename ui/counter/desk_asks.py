"""The desk's questions: which sheet an action opens, and what the printer and scanner answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.counter import strings
from ui.counter.desk_worker import PrintReport, reason_for
from ui.counter.scan_sheet import can_call

if TYPE_CHECKING:
    from ui.counter.desk_screen import DeskScreen


class DeskAsks(QObject):
    """Opens the sheets with what they need; handles the answers that are not moves."""

    def __init__(self, desk: DeskScreen) -> None:
        super().__init__(desk)
        self.desk = desk

    def outcome(self) -> None:
        """F4: how did the service end?"""
        current = self.desk.state.current
        if current is not None:
            self.desk.sheets.outcome.ask(current)

    def transfer(self) -> None:
        """F5: to which service (and counter)?"""
        current = self.desk.state.current
        if current is not None:
            self.desk.sheets.transfer.ask(current, self.desk.catalogue())

    def number(self) -> None:
        """F8: which number? (the one selected in the list, if any)"""
        selected = self.desk.state.selected
        self.desk.sheets.number.ask(selected.number if selected else "")

    def number_requested(self, number: str) -> None:
        """Call the number typed, if it can come here; else say why not."""
        desk, sheet = self.desk, self.desk.sheets.number
        if desk.session is None:
            return
        try:
            ticket = desk.station.tickets.find(number)
        except Exception as error:
            sheet.refuse(reason_for(error))
            return
        if not can_call(ticket, desk.session.counter):
            # Calling it would recall it where it is, or move a finished ticket: say why not.
            sheet.refuse(strings.not_callable(ticket.number, ticket.status))
            return
        sheet.close_sheet()
        desk.queue.clear_selection()
        desk.handlers.call_ticket(ticket.id)

    def walk_in(self) -> None:
        """F9: which service, and a priority class?"""
        if self.desk.session is not None:
            self.desk.sheets.walk_in.ask(self.desk.session.services, self.desk.catalogue())

    def receipt(self) -> None:
        """F11: the ticket's form and its tanda terima."""
        desk, target = self.desk, self.desk.state.target
        if target is not None:
            submission = desk.station.forms.latest(target.id)
            desk.sheets.receipt.ask(target, submission, desk.catalogue())
            desk.queue.clear_selection()

    def print_receipt(self, ticket_id: str, checklist: list[bool]) -> None:
        """Print the tanda terima with the requirements ticked (on the worker's thread)."""
        desk, sheet = self.desk, self.desk.sheets.receipt
        if sheet.ticket is not None and desk.session is not None:
            officer = desk.session.officer_name
            desk.worker.receipt(ticket_id, sheet.ticket.number, officer, desk.lang, checklist)

    def reprint(self) -> None:
        """F10: a copy of the selected (or current) ticket."""
        desk, target = self.desk, self.desk.state.target
        if target is not None:
            desk.worker.reprint(target.id, target.number, desk.lang)
            desk.tell("info", strings.PRINTING)
            desk.queue.clear_selection()

    def printed(self, report: PrintReport) -> None:
        """The printer's answer, in the receipt sheet if it asked, and in the notice."""
        desk, sheet = self.desk, self.desk.sheets.receipt
        if sheet.isVisible() and sheet.ticket and sheet.ticket.number == report.number:
            sheet.printed(report.ok, report.message)
        text = strings.printed(report.number, report.what, report.message)
        desk.tell("ok" if report.ok else "error", text)

    def scanned(self, text: str) -> None:
        """Bring a scanned ticket up (Enter calls it), or show plainly why it is refused."""
        desk = self.desk
        if desk.session is None:
            return
        desk.sheets.close_all()
        try:
            ticket = desk.station.desk.scan(text)
        except Exception as error:
            desk.sheets.scan.show_refusal(reason_for(error))
            return
        desk.sheets.scan.show_ticket(ticket, desk.session.counter, desk.catalogue())
