"""The hall board (`--role display`): who is called to which counter, readable from 10 m.

Languages: a board has no language button and is read by everyone in the hall at
once, so it shows Bahasa Indonesia first and large, with English small beside or
below the captions ("NOMOR ANTREAN  Queue number", "Loket 3 · Counter 3"). Names
from the catalogue (agencies, services) are shown in Indonesian only: they are
proper names in the hall, and doubling them would halve the size of every line.

Arrangement: landscape (wider than tall) puts the called number and the counters on
the left and the last calls and the waiting figures on the right; portrait stacks
them. It is chosen anew on every resize, and every size scales with the window.

Staff: holding the header (hall name, clock) for five seconds, or Ctrl+Shift+A on a
keyboard, asks for the admin PIN, then shows the admin menu over the board.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from kiosk.services.board_service import BoardCall, BoardService, BoardState
from kiosk.station import Station
from ui.admin.admin_access import AdminAccess
from ui.admin.hold_gesture import HoldGesture
from ui.admin.station_control import StationControl
from ui.display.board_header import BoardHeader
from ui.display.board_poller import BoardPoller
from ui.display.board_style import BoardMetrics, board_stylesheet
from ui.display.call_presenter import Announcing, CallPresenter
from ui.display.call_spotlight import CallSpotlight
from ui.display.counter_grid import CounterGrid
from ui.display.last_calls import LastCalls
from ui.display.ticker import Ticker
from ui.display.waiting_panel import WaitingPanel
from ui.sync_bridge import SyncBridge

log = logging.getLogger(__name__)

#: The called number blinks at this pace while it is presented (well under 3 Hz).
BLINK_MS = 600


class DisplayWindow(QMainWindow):
    """The board of one hall (or of one zone, with `[display] zone`).

    Polls the station's store, presents each new call in turn (`call_presented`),
    and with `set_announcer` speaks it too, waiting for the voice before the next.
    """

    call_presented = Signal(object)  # BoardCall

    def __init__(
        self,
        station: Station,
        *,
        kiosk_mode: bool = False,
        sync: SyncBridge | None = None,
        control: StationControl | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`control`: the station program's controls for the admin menu (run setup,
        restart, sync now); without it the menu leaves those out."""
        super().__init__(parent)
        self.setObjectName("DisplayWindow")
        self.station = station
        self.kiosk_mode = kiosk_mode
        self.zone = station.config.display.zone
        catalogue = station.catalogues.current()
        self.setWindowTitle(catalogue.hall.name.id)
        if kiosk_mode:
            flags = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
            self.setWindowFlags(self.windowFlags() | flags)
            self.setCursor(Qt.CursorShape.BlankCursor)  # nobody points at a TV
        self.board = BoardService(station.store, station.catalogues, station.clock)
        self.metrics: BoardMetrics | None = None
        self.state: BoardState | None = None
        self._build(station)
        self.poller = BoardPoller(self.board, self.zone, self)
        self.poller.state_changed.connect(self._show_state)
        self.poller.calls_arrived.connect(self._calls_arrived)
        self.presenter = CallPresenter(self)
        self.presenter.presented.connect(self._present)
        self.presenter.done.connect(self._presented)
        self._blink = QTimer(self)
        self._blink.setInterval(BLINK_MS)
        self._blink.timeout.connect(self._toggle_blink)
        self._blink_on = True
        if sync is not None:
            # Unknown until the worker's first report: no hint rather than a wrong one.
            self.header.set_online(sync.state.online if sync.state else None)
            sync.online_changed.connect(self.header.set_online)
        self.admin = AdminAccess(self, station, None, sync=sync, control=control)
        self.admin.kiosk_mode = kiosk_mode
        self.admin.exit_kiosk_requested.connect(self.leave_kiosk_mode)
        self.hold = HoldGesture(self.header)
        self.hold.held.connect(self.admin.open)

    def _build(self, station: Station) -> None:
        catalogue = station.catalogues.current()
        body = self.body = QWidget(self)
        body.setObjectName("BoardBody")
        self.setCentralWidget(body)
        self.header = BoardHeader(catalogue.hall, self.zone, station.clock, body)
        self.spotlight = CallSpotlight(catalogue.hall, body)
        self.counters = CounterGrid(body)
        self.last_calls = LastCalls(body)
        self.waiting = WaitingPanel(body, per_service=self.zone is not None)
        self.ticker = Ticker(station.config.display.running_text, body)

    def set_announcer(self, announcer: Announcing | None) -> None:
        """Speak every presented call with `announcer` (its `announce(number, counter)`),
        and start the next call only after its `finished(number)`. Call before `show()`.
        """
        self.presenter.set_announcer(announcer)

    # Reading the store
    def _show_state(self, state: BoardState) -> None:
        new_day = self.state is not None and self.state.day != state.day
        if new_day:
            self.counters.clear()
        self.state = state
        self._refresh_lists()
        self.waiting.set_state(state)
        idle = self.presenter.current is None and not self.presenter.waiting()
        if idle and (new_day or self.spotlight.call is None):
            # The newest call, calm; before the day's first call, the welcome.
            self.spotlight.show_call(state.last_calls[0] if state.last_calls else None)

    def _calls_arrived(self, calls: list[BoardCall]) -> None:
        self.presenter.enqueue(calls)
        self._refresh_lists()  # calls waiting their turn are not listed before it

    def _refresh_lists(self) -> None:
        state = self.state
        if state is None:
            return
        hidden = self.presenter.pending()
        self.counters.set_calls([c for c in state.counters if c.key not in hidden])
        self.last_calls.set_calls([c for c in state.last_calls if c.key not in hidden])

    # Presenting a call
    def _present(self, call: BoardCall) -> None:
        self.spotlight.show_call(call)
        self.counters.set_calls([call])
        self._blink_on = True
        self._apply_blink(call)
        self._blink.start()
        try:
            self.board.mark_announced(call)
        except Exception:
            # Showing the call matters more; at worst it is announced again after a restart.
            log.exception("The board could not note that %s was announced", call.number)
        self._refresh_lists()
        self.call_presented.emit(call)

    def _presented(self, call: BoardCall) -> None:
        self._blink.stop()
        self.spotlight.set_flash("")
        self.counters.flash(None, False)
        self._refresh_lists()

    def _toggle_blink(self) -> None:
        call = self.presenter.current
        if call is None:
            self._blink.stop()
            return
        self._blink_on = not self._blink_on
        self._apply_blink(call)

    def _apply_blink(self, call: BoardCall) -> None:
        self.spotlight.set_flash("on" if self._blink_on else "alt")
        self.counters.flash(call.counter_number, self._blink_on)

    # Layout
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def _lay_out(self) -> None:
        body = self.body
        m = BoardMetrics.for_size(body.width(), body.height())
        if m != self.metrics:
            self.metrics = m
            self.setStyleSheet(board_stylesheet(m))
            self.header.apply_metrics(m)
            self.ticker.set_scale(m.scale, m.ticker_height)
            for part in (self.spotlight, self.counters, self.last_calls, self.waiting):
                part.apply_metrics(m)
        width, height = body.width(), body.height()
        self.header.setGeometry(0, 0, width, m.header_height)
        bottom = height
        if self.ticker.text():
            bottom -= m.ticker_height
            self.ticker.setGeometry(0, bottom, width, m.ticker_height)
        g = m.gap
        area = QRect(g, m.header_height + g, width - 2 * g, bottom - m.header_height - 2 * g)
        if m.portrait:
            self._portrait(area, g)
        else:
            self._landscape(area, g)

    def _landscape(self, area: QRect, g: int) -> None:
        left_w = round((area.width() - g) * 0.6)
        right_w = area.width() - g - left_w
        spot_h = round(area.height() * 0.44)
        x, y, h = area.x(), area.y(), area.height()
        self.spotlight.setGeometry(x, y, left_w, spot_h)
        self.counters.setGeometry(x, y + spot_h + g, left_w, h - spot_h - g)
        right = x + left_w + g
        last_h = round(h * 0.56)
        self.last_calls.setGeometry(right, y, right_w, last_h)
        self.waiting.setGeometry(right, y + last_h + g, right_w, h - last_h - g)

    def _portrait(self, area: QRect, g: int) -> None:
        x, y, w, h = area.x(), area.y(), area.width(), area.height()
        spot_h = round(h * 0.27)
        grid_h = round(h * 0.36)
        lists_y = y + spot_h + grid_h + 2 * g
        lists_h = y + h - lists_y
        half = (w - g) // 2
        self.spotlight.setGeometry(x, y, w, spot_h)
        self.counters.setGeometry(x, y + spot_h + g, w, grid_h)
        self.last_calls.setGeometry(x, lists_y, half, lists_h)
        self.waiting.setGeometry(x + half + g, lists_y, w - half - g, lists_h)

    # Life
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._lay_out()
        self.header.start()
        self.ticker.start()
        self.counters.start()
        self.waiting.start()
        if self.presenter.current is not None:
            self._blink.start()  # hidden in the middle of a flash
        if not self.poller.is_running():
            # After the window is up, so an announcer set just after show() is in place.
            QTimer.singleShot(0, self, self._start_polling)

    def _start_polling(self) -> None:
        if self.isVisible() and not self.poller.is_running():
            self.poller.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._stop_timers()
        super().hideEvent(event)

    def _stop_timers(self) -> None:
        self.hold.stop()
        self.poller.stop()
        self.header.stop()
        self.ticker.stop()
        self.counters.stop()
        self.waiting.stop()
        self._blink.stop()

    def leave_kiosk_mode(self) -> None:
        """The admin's "leave kiosk mode": a normal window with a frame and a pointer."""
        if not self.kiosk_mode:
            return
        self.kiosk_mode = False
        locked = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        self.setWindowFlags(self.windowFlags() & ~locked)
        self.unsetCursor()
        self.showNormal()  # setting the flags hid the window

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.kiosk_mode and event.key() == Qt.Key.Key_Escape:
            event.accept()  # a stray keyboard must not take the board off the wall
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_timers()
        self.admin.close()
        self.presenter.stop()
        self.board.close()
        super().closeEvent(event)
