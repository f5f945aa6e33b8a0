"""The desk of a signed-in officer: the ticket in front of them, the actions, the queue, figures.

The desk reads the local store after each action and, through `DeskReader`, in the
background every few seconds; calls and printing go through `DeskWorker`.
Everything the clerk does is written to the local store first, so nothing is lost
while the server cannot be reached.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.text import Lang, Text
from kiosk.services.officer_service import DeskSession
from kiosk.station import Station
from mpp.counter_calls import CounterCalls
from ui.counter import strings
from ui.counter.actions import Action, ActionPad
from ui.counter.current_panel import CurrentPanel
from ui.counter.desk_actions import DeskActions
from ui.counter.desk_asks import DeskAsks
from ui.counter.desk_header import DeskHeader
from ui.counter.desk_reader import DeskReader, DeskSnapshot, read_desk
from ui.counter.desk_state import DeskState, desk_state, enabled_actions, next_step
from ui.counter.desk_style import DeskMetrics
from ui.counter.desk_worker import DeskWorker
from ui.counter.figures_bar import FiguresBar
from ui.counter.kept_panel import KeptPanel
from ui.counter.queue_model import queue_rows
from ui.counter.queue_panel import QueuePanel
from ui.counter.sheets import DeskSheets
from ui.navigator import Screen
from ui.widgets.restyle import set_style_state

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
        self.handlers = DeskActions(self)
        self.asks = DeskAsks(self)
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
        actions, asks, sheets = self.handlers, self.asks, self.sheets
        self.header.sign_out_requested.connect(self.sign_out_requested)
        self.pad.triggered.connect(self.act)
        self.queue.selection_changed.connect(self._selection_changed)
        self.kept.return_requested.connect(actions.return_to_queue)
        self.kept.call_requested.connect(actions.call_ticket)
        self.kept.bring_up_requested.connect(actions.bring_up)
        self.worker.called.connect(actions.called)
        self.worker.printed.connect(asks.printed)
        sheets.outcome.chosen.connect(actions.finish)
        sheets.transfer.chosen.connect(actions.transfer)
        sheets.walk_in.chosen.connect(actions.walk_in)
        sheets.number.requested.connect(asks.number_requested)
        sheets.receipt.print_requested.connect(asks.print_receipt)
        sheets.scan.call_requested.connect(actions.call_ticket)
        sheets.scan.bring_up_requested.connect(actions.bring_up)

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
        self.sheets.close_all()  # first: closing a sheet gives the desk its keys back
        self.header.stop()
        self._timer.stop()
        self.pad.set_keys_enabled(False)

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
        counter, catalogue, now = self.session.counter, self.catalogue(), snapshot.now
        rows = queue_rows(snapshot.waiting, now, self.lang, catalogue, counter)
        self.queue.show_rows(rows, self.lang)
        self.state = desk_state(
            snapshot.here, self.focus_id, self.queue.selected(), self.state.calling
        )
        limit = self.station.config.recall_limit
        self.current.show_ticket(self.state.current, now, self.lang, catalogue, limit)
        self.kept.show_tickets(self.state.kept, self.lang, calling=self.state.calling)
        self.figures.show_stats(snapshot.stats, self.lang)
        self.show_actions()

    def show_actions(self) -> None:
        """Enable, emphasise and name the actions for the state the desk is in."""
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
        self.show_actions()

    def catalogue(self) -> Catalogue:
        """The catalogue in use now (the server may replace it during the day)."""
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
        set_style_state(self.notice, "kind", kind)
        self.notice.setText(text.get(self.lang))
        self.notice.setVisible(self._notice is not None)

    # The actions (each a button and a key) and the sheets they open
    def act(self, action: Action) -> None:
        """Do `action`, as its button or its key does."""
        self.handlers.do(action)

    def scanned(self, text: str) -> None:
        """A scanner read a QR: bring its ticket up, or say plainly why not."""
        self.asks.scanned(text)

    def _sheet_opened(self) -> None:
        self.pad.set_keys_enabled(False)

    def _sheet_closed(self) -> None:
        self.pad.set_keys_enabled(self.isVisible())
        self.setFocus(Qt.FocusReason.OtherFocusReason)
