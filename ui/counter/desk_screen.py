"""The desk of a signed-in officer: the ticket in front of them, the actions, the queue, figures.

The desk reads the local store after each action and, through `DeskReader`, in the
background every few seconds; calls and printing go through `DeskWorker`.
Everything the clerk does is written to the local store first, so nothing is lost
while the server cannot be reached.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.text import Lang, Text
from kiosk.domain.ticket import Outcome, PriorityClass
from kiosk.errors import KioskError
from kiosk.services.dto import TicketView
from kiosk.services.officer_service import DeskSession
from kiosk.station import Station
from mpp.counter_calls import CounterCalls
from ui.counter import strings
from ui.counter.actions import Action, ActionPad
from ui.counter.current_panel import CurrentPanel
from ui.counter.desk_header import DeskHeader
from ui.counter.desk_reader import DeskReader, DeskSnapshot, read_desk
from ui.counter.desk_state import DeskState, desk_state, enabled_actions, next_step
from ui.counter.desk_style import DeskMetrics, set_state
from ui.counter.desk_worker import CallReport, DeskWorker, PrintReport
from ui.counter.figures_bar import FiguresBar
from ui.counter.kept_panel import KeptPanel
from ui.counter.queue_model import queue_rows
from ui.counter.queue_panel import QueuePanel
from ui.counter.scan_sheet import can_call
from ui.counter.sheets import DeskSheets
from ui.navigator import Screen

#: How often the desk reads its queue, its tickets and its figures again.
REFRESH_MS = 3000


class DeskScreen(Screen):
    """One counter's work; `sign_out_requested` when the officer leaves."""

    sign_out_requested = Signal()

    def __init__(
        self, station: Station, calls: CounterCalls, worker: DeskWorker, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DeskPage")
        self.station = station
        self.calls = calls
        self.worker = worker
        self.session: DeskSession | None = None
        self.lang: Lang = "id"
        self.state = DeskState(None, ())
        self.focus_id: str | None = None
        self._notice: tuple[str, Text] | None = None
        self._generation = 0  # counts reads, so an older background read is not shown
        self.reader = DeskReader(station, self)
        self.reader.arrived.connect(self._arrived)
        self._build()
        self.sheets = DeskSheets(self, station)
        self.sheets.opened.connect(self._sheet_opened)
        self.sheets.closed.connect(self._sheet_closed)
        self._connect()
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self.pad.set_keys_enabled(False)

    def _build(self) -> None:
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        self.header = DeskHeader(self.station.catalogues.current().hall, self.station.clock, self)
        page.addWidget(self.header)
        body = self._body = QHBoxLayout()
        body.setContentsMargins(16, 14, 16, 14)
        body.setSpacing(14)
        left = QVBoxLayout()
        left.setSpacing(10)
        self.notice = QLabel(self)
        self.notice.setObjectName("Notice")
        self.notice.setWordWrap(True)
        left.addWidget(self.notice)
        self.current = CurrentPanel(self)
        left.addWidget(self.current, 5)
        self.pad = ActionPad(self)
        left.addWidget(self.pad, 3)
        right = QVBoxLayout()
        right.setSpacing(10)
        self.figures = FiguresBar(self)
        self.queue = QueuePanel(self)
        self.kept = KeptPanel(self)
        right.addWidget(self.figures)
        right.addWidget(self.queue, 1)
        right.addWidget(self.kept)
        body.addLayout(left, 11)
        body.addLayout(right, 9)
        page.addLayout(body, 1)

    def _connect(self) -> None:
        self.header.sign_out_requested.connect(self.sign_out_requested)
        self.pad.triggered.connect(self.act)
        self.queue.selection_changed.connect(self._selection_changed)
        self.kept.return_requested.connect(self.return_to_queue)
        self.kept.call_requested.connect(self.call_ticket)
        self.kept.bring_up_requested.connect(self.bring_up)
        self.worker.called.connect(self._called)
        self.worker.printed.connect(self._printed)
        s = self.sheets
        s.outcome.chosen.connect(self.finish)
        s.transfer.chosen.connect(self.transfer)
        s.number.requested.connect(self._number_requested)
        s.walk_in.chosen.connect(self.walk_in)
        s.receipt.print_requested.connect(self._print_receipt)
        s.scan.call_requested.connect(self.call_ticket)
        s.scan.bring_up_requested.connect(self.bring_up)

    # Life
    def start(self, session: DeskSession) -> None:
        """Begin the desk of a signed-in officer."""
        self.session, self.focus_id, self._notice = session, None, None
        self._generation += 1
        self.header.set_desk(self._place(session), session.officer_name)

    def _place(self, session: DeskSession) -> Text:
        catalogue = self.station.catalogues.current()
        counter = next((c for c in catalogue.counters if c.number == session.counter), None)
        agency = catalogue.agency(counter.agency_code) if counter else None
        name = counter.label if counter else strings.counter_name(session.counter)
        if agency is None:
            return name
        where = agency.short_name
        return Text(f"{name.id}  ·  {where.id}", f"{name.en}  ·  {where.en}")

    def on_enter(self) -> None:
        self.header.start()
        self._timer.start()
        self.pad.set_keys_enabled(True)
        self.refresh()

    def on_leave(self) -> None:
        self.header.stop()
        self._timer.stop()
        self.pad.set_keys_enabled(False)
        self.sheets.close_all()

    def apply_metrics(self, m: DeskMetrics) -> None:
        """Sizes that are not in the stylesheet, for the window's scale."""
        self._body.setContentsMargins(m.px(16), m.px(14), m.px(16), m.px(14))
        self.queue.apply_scale(m.px(40))
        self.current.apply_metrics(m)
        self.sheets.apply_metrics(m)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc lets go of a ticket selected in the list: the actions go back to the current one.
        if event.key() == Qt.Key.Key_Escape and self.queue.selected() is not None:
            self.queue.clear_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        open_sheet = self.sheets.current()
        if open_sheet is not None:
            open_sheet.setGeometry(self.rect())

    def set_language(self, lang: Lang) -> None:
        self.lang = lang
        self.header.set_language(lang)
        self.queue.set_language(lang)
        self.kept.set_language(lang)
        self.figures.set_language(lang)
        self.sheets.set_language(lang)
        self._show_notice()
        self.refresh()

    # Reading the store
    def refresh(self) -> None:
        """Read the counter's tickets, queue and figures now and show them."""
        if self.session is not None:
            self._generation += 1
            self._show(read_desk(self.station, self.session))

    def _tick(self) -> None:
        if self.session is not None:
            self.reader.read(self.session, self._generation)

    def _arrived(self, snapshot: DeskSnapshot, generation: int) -> None:
        if generation == self._generation and self.session is not None:
            self._show(snapshot)

    def _show(self, snapshot: DeskSnapshot) -> None:
        assert self.session is not None
        counter, catalogue, now = self.session.counter, self._catalogue(), snapshot.now
        rows = queue_rows(snapshot.waiting, now, self.lang, catalogue, counter)
        self.queue.show_rows(rows, self.lang)
        self.state = desk_state(
            snapshot.here, self.focus_id, self.queue.selected(), self.state.calling
        )
        limit = self.station.config.recall_limit
        self.current.show_ticket(self.state.current, now, self.lang, catalogue, limit)
        self.kept.show_tickets(self.state.kept, self.lang, calling=self.state.calling)
        self.figures.show_stats(snapshot.stats, self.lang)
        self._show_actions()

    def _show_actions(self) -> None:
        state, limit = self.state, self.station.config.recall_limit
        self.pad.set_enabled(enabled_actions(state, limit))
        self.pad.set_emphasis(*next_step(state, limit))
        target, held = state.target, state.first_held
        details = {
            Action.REPRINT: target.number if target else "",
            Action.RECEIPT: target.number if target else "",
            Action.RETURN: held.number if held else "",
            Action.CALL_NEXT: strings.CALLING.get(self.lang) if state.calling else "",
        }
        self.pad.set_language(self.lang, details)
        self.sheets.scan.set_calling(state.calling)
        self.header.sign_out_button.setEnabled(not state.calling)

    def _selection_changed(self) -> None:
        self.state = dataclasses.replace(self.state, selected=self.queue.selected())
        self._show_actions()

    def _catalogue(self) -> Catalogue:
        return self.station.catalogues.current()

    # Telling the clerk
    def tell(self, kind: str, text: Text | None) -> None:
        """A one-line notice above the ticket (kind: ok, info, warn, error)."""
        self._notice = (kind, text) if text is not None else None
        self._show_notice()

    def clear_notice(self) -> None:
        """No notice: the ticket panel says it all."""
        self.tell("none", None)

    def _show_notice(self) -> None:
        kind, text = self._notice if self._notice else ("none", Text("", ""))
        set_state(self.notice, "kind", kind)
        self.notice.setText(text.get(self.lang))
        self.notice.setVisible(self._notice is not None)

    # The actions
    def act(self, action: Action) -> None:
        """Do `action` (a button or its key)."""
        handlers: dict[Action, Callable[[], None]] = {
            Action.CALL_NEXT: self.call_next,
            Action.RECALL: self.recall,
            Action.START: self.start_serving,
            Action.FINISH: self._ask_outcome,
            Action.TRANSFER: self._ask_transfer,
            Action.HOLD: self.hold,
            Action.RETURN: self._return_first_held,
            Action.CALL_NUMBER: self._ask_number,
            Action.WALK_IN: self._ask_walk_in,
            Action.REPRINT: self.reprint,
            Action.RECEIPT: self._ask_receipt,
            Action.NO_SHOW: self.no_show,
        }
        handlers[action]()

    def call_next(self) -> None:
        """Call the next ticket of this counter's services (the server arbitrates)."""
        if self.session is not None and not self.state.calling:
            self._begin_call(None)

    def call_ticket(self, ticket_id: str) -> None:
        """Call one ticket here (a number, a scan, a held ticket)."""
        if self.session is not None and not self.state.calling:
            self._begin_call(ticket_id)

    def _begin_call(self, ticket_id: str | None) -> None:
        assert self.session is not None
        self.state = dataclasses.replace(self.state, calling=True)
        self.tell("info", strings.CALLING)
        services = self.session.services if ticket_id is None else ()
        self.worker.call(self.session.counter, services, ticket_id)
        self._show_actions()

    def _called(self, report: CallReport) -> None:
        self.state = dataclasses.replace(self.state, calling=False)
        if self.session is None:
            return  # signed out while the call was on its way: it waits at the counter
        outcome = report.outcome
        if outcome is None:
            self.tell("error", report.error)
        else:
            got = outcome.ticket
            if got is not None:
                self.focus_id = got.id
                self.queue.clear_selection()
            if outcome.lost is not None:
                lost = outcome.lost
                text = strings.lost_call(lost.number, lost.counter, got.number if got else None)
                self.tell("warn", text)
            elif got is None:
                self.tell("info", strings.NOBODY_WAITING)
            elif outcome.offline and self.calls.with_server:
                # Only a counter that has a server is limited while it cannot reach it.
                self.tell("info", strings.CALLED_OFFLINE)
            else:
                self.clear_notice()
        self.refresh()

    def recall(self) -> None:
        """Announce the current ticket again."""
        ticket = self._do(self.station.tickets.recall)
        if ticket is not None:
            self.tell("ok", strings.recall_done(ticket.number, ticket.recall_count))

    def start_serving(self) -> None:
        """The citizen is at the counter."""
        if self._do(self.station.tickets.start_serving) is not None:
            self.clear_notice()

    def hold(self) -> None:
        """The citizen steps away; the ticket waits here."""
        ticket = self._do(self.station.desk.hold)
        if ticket is not None:
            self.tell("info", strings.held(ticket.number))

    def no_show(self) -> None:
        """The citizen did not come after the recalls."""
        ticket = self._do(self.station.tickets.no_show)
        if ticket is not None:
            self.tell("info", strings.no_show_done(ticket.number))

    def _do(self, move: Callable[[str], TicketView]) -> TicketView | None:
        """Apply `move` to the current ticket; say why not if it cannot."""
        current = self.state.current
        return self._change(move, current.id) if current is not None else None

    def _change(self, move: Callable[..., TicketView], *args: object) -> TicketView | None:
        try:
            ticket = move(*args)
        except KioskError as error:
            self.tell("error", error.message)
            self.refresh()
            return None
        self.calls.changed()  # have the sync worker send it now
        self.refresh()
        return ticket

    def finish(self, ticket_id: str, outcome: Outcome, note: str) -> None:
        """End the service with its outcome and note (from the outcome sheet)."""
        ticket = self._change(self.station.tickets.finish, ticket_id, outcome, note)
        if ticket is not None:
            self.tell("ok", strings.done(ticket.number, outcome.label))

    def transfer(self, ticket_id: str, code: str, counter: int | None, note: str) -> None:
        """Send the ticket to another service (and counter), keeping its number and place."""
        ticket = self._change(self.station.desk.transfer, ticket_id, code, counter, note)
        service = self._catalogue().service(code)
        if ticket is not None and service is not None:
            self.tell("ok", strings.transferred(ticket.number, service.name, counter))

    def return_to_queue(self, ticket_id: str) -> None:
        """A held ticket queues again, for this counter."""
        ticket = self._change(self.station.desk.return_to_queue, ticket_id)
        if ticket is not None:
            self.tell("ok", strings.returned(ticket.number))

    def _return_first_held(self) -> None:
        held = self.state.first_held
        if held is not None:
            self.return_to_queue(held.id)

    def walk_in(self, code: str, priority: PriorityClass | None) -> None:
        """A citizen served straight away: a new number, called and served here."""
        if self.session is None:
            return
        ticket = self._change(self.station.desk.walk_in, code, self.session.counter, priority)
        if ticket is not None:
            self.focus_id = ticket.id
            self.tell("ok", strings.walk_in_done(ticket.number))
            self.refresh()

    def bring_up(self, ticket_id: str) -> None:
        """Make a ticket at this counter the one the actions apply to."""
        self.focus_id = ticket_id
        self.refresh()

    def reprint(self) -> None:
        """Print a copy of the selected (or current) ticket."""
        target = self.state.target
        if target is not None:
            self.worker.reprint(target.id, target.number, self.lang)
            self.tell("info", strings.PRINTING)
            self.queue.clear_selection()

    def _printed(self, report: PrintReport) -> None:
        receipt = self.sheets.receipt
        if receipt.isVisible() and receipt.ticket and receipt.ticket.number == report.number:
            receipt.printed(report.ok, report.message)
        text = strings.printed(report.number, report.what, report.message)
        self.tell("ok" if report.ok else "error", text)

    def _print_receipt(self, ticket_id: str, checklist: list[bool]) -> None:
        receipt, session = self.sheets.receipt, self.session
        if receipt.ticket is None or session is None:
            return
        number = receipt.ticket.number
        self.worker.receipt(ticket_id, number, session.officer_name, self.lang, checklist)

    # Asking with a sheet
    def _ask_outcome(self) -> None:
        if self.state.current is not None:
            self.sheets.outcome.ask(self.state.current)

    def _ask_transfer(self) -> None:
        if self.state.current is not None:
            self.sheets.transfer.ask(self.state.current, self._catalogue())

    def _ask_number(self) -> None:
        selected = self.state.selected
        self.sheets.number.ask(selected.number if selected else "")

    def _number_requested(self, number: str) -> None:
        assert self.session is not None
        try:
            ticket = self.station.tickets.find(number)
        except KioskError as error:
            self.sheets.number.refuse(error.message)
            return
        if not can_call(ticket, self.session.counter):
            # Calling it would recall it where it is, or move a finished ticket: say why not.
            self.sheets.number.refuse(strings.not_callable(ticket.number, ticket.status))
            return
        self.sheets.number.close_sheet()
        self.queue.clear_selection()
        self.call_ticket(ticket.id)

    def _ask_walk_in(self) -> None:
        if self.session is not None:
            self.sheets.walk_in.ask(self.session.services, self._catalogue())

    def _ask_receipt(self) -> None:
        target = self.state.target
        if target is not None:
            submission = self.station.forms.latest(target.id)
            self.sheets.receipt.ask(target, submission, self._catalogue())
            self.queue.clear_selection()

    def scanned(self, text: str) -> None:
        """A scanner read a QR: bring its ticket up, or say plainly why not."""
        if self.session is None:
            return
        self.sheets.close_all()
        try:
            ticket = self.station.desk.scan(text)
        except KioskError as error:
            self.sheets.scan.show_refusal(error.message)
            return
        self.sheets.scan.show_ticket(ticket, self.session.counter, self._catalogue())

    def _sheet_opened(self) -> None:
        self.pad.set_keys_enabled(False)

    def _sheet_closed(self) -> None:
        self.pad.set_keys_enabled(self.isVisible())
        self.setFocus(Qt.FocusReason.OtherFocusReason)
