"""The roles' windows besides the kiosk (counter desk, hall board, survey tablet), with what
each needs, built at boot."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

from kiosk.station import Station
from ui.sync_bridge import SyncBridge

if TYPE_CHECKING:
    from sync.client.worker import SyncWorker
    from ui.admin.station_control import StationControl


@dataclass
class RoleWindow:
    """A role's window, whether it locks the screen, and what to release when it ends."""

    window: QMainWindow
    kiosk_mode: bool
    closers: list[Callable[[], None]] = field(default_factory=list)

    def close(self) -> None:
        """Release what the window used (server connections, sound)."""
        for closer in self.closers:
            closer()


def staff_window(
    station: Station,
    sync: SyncBridge | None,
    worker: SyncWorker | None,
    control: StationControl | None = None,
) -> RoleWindow:
    """The counter desk, the hall board or the survey tablet for this station's role;
    `control` is handed to its admin menu (run setup, restart, sync now)."""
    if station.config.role == "counter":
        return counter_window(station, sync, worker, control)
    if station.config.role == "survey":
        return survey_window(station, sync, control)
    return display_window(station, sync, control)


def counter_window(
    station: Station,
    sync: SyncBridge | None,
    worker: SyncWorker | None,
    control: StationControl | None = None,
) -> RoleWindow:
    """The counter desk. Clerks also use their agency's own programs, so the desk is a
    normal window, never locked full screen."""
    from mpp.counter_calls import CounterCalls
    from mpp.printing import TicketPrinting, station_printer
    from ui.counter.window import CounterWindow

    calls = CounterCalls(station, worker)
    printing = TicketPrinting(station, station_printer(station))
    window = CounterWindow(station, printing, calls, sync=sync, control=control)
    return RoleWindow(window, kiosk_mode=False, closers=[calls.close])


def display_window(
    station: Station, sync: SyncBridge | None, control: StationControl | None = None
) -> RoleWindow:
    """The hall board, full screen unless in the demo, announcing each call it shows."""
    from PySide6.QtCore import QLoggingCategory

    from ui.display.announcer import Announcer
    from ui.display.board_window import DisplayWindow

    # Qt Multimedia lists every optional codec library it did not find (VA-API, PipeWire):
    # noise in a board's log, not faults.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false")
    kiosk_mode = not station.config.demo
    window = DisplayWindow(station, kiosk_mode=kiosk_mode, sync=sync, control=control)
    options = station.config.display
    announcer = Announcer.from_options(
        window, options.announce, options.english, station.paths.data_dir / "sound-cache"
    )
    window.set_announcer(announcer)
    return RoleWindow(window, kiosk_mode=kiosk_mode, closers=[announcer.stop])


def survey_window(
    station: Station, sync: SyncBridge | None, control: StationControl | None = None
) -> RoleWindow:
    """The survey tablet facing the citizen at a counter: locked full screen like the
    kiosk (unless in the demo), only the survey, the admin menu behind the PIN."""
    from ui.feedback.survey_window import SurveyWindow

    kiosk_mode = not station.config.demo
    window = SurveyWindow(station, kiosk_mode=kiosk_mode, sync=sync, control=control)
    # In kiosk mode a plain close is refused (Alt+F4); the program's own end is not.
    return RoleWindow(window, kiosk_mode=kiosk_mode, closers=[window.leave])
