"""`mpp-kiosk run --role counter|display`: each role opens its own window on the station."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication, QMainWindow

from kiosk.paths import Paths
from kiosk.station import DEMO_OFFICER, open_station
from ui.app import run
from ui.kiosk.window import KioskWindow


class WatchFor:
    """An event loop for tests: runs until a window of one class is up, then closes it."""

    def __init__(self, kind: type[QMainWindow]) -> None:
        self.kind = kind
        self.window: QMainWindow | None = None
        self.seen: list[QMainWindow] = []

    def __call__(self, app: QApplication) -> int:
        deadline = time.monotonic() + 30
        while self.window is None and time.monotonic() < deadline:
            app.processEvents()
            shown = [w for w in app.topLevelWidgets() if w.isVisible()]
            self.seen += [w for w in shown if isinstance(w, QMainWindow) and w not in self.seen]
            self.window = next((w for w in shown if isinstance(w, self.kind)), None)
        if self.window is not None:
            self.window.close()
        return 0


def test_the_counter_role_opens_the_desk_with_the_demo_officer(
    qapp: QApplication, home: Paths
) -> None:
    from ui.counter.window import CounterWindow

    watch = WatchFor(CounterWindow)
    assert run(role="counter", demo=True, event_loop=watch) == 0
    assert watch.window is not None, "the counter desk came up"
    assert not any(isinstance(w, KioskWindow) for w in watch.seen), "no citizen Home first"
    assert not watch.window.isFullScreen(), "a desk is a normal window"
    with open_station(home) as station:
        assert [o.name for o in station.officers.officers()] == [DEMO_OFFICER]


def test_the_display_role_opens_the_hall_board(qapp: QApplication, home: Paths) -> None:
    from ui.display.board_window import DisplayWindow

    watch = WatchFor(DisplayWindow)
    assert run(role="display", demo=True, event_loop=watch) == 0
    assert watch.window is not None, "the board came up"
    assert not any(isinstance(w, KioskWindow) for w in watch.seen)


def test_the_role_in_the_config_file_is_used_without_the_option(
    qapp: QApplication, home: Paths
) -> None:
    from ui.display.board_window import DisplayWindow

    home.config_dir.mkdir(parents=True, exist_ok=True)
    home.config_file.write_text(
        '[station]\nname = "Papan"\nrole = "display"\ndemo = true\n', encoding="utf-8"
    )
    watch = WatchFor(DisplayWindow)
    assert run(event_loop=watch) == 0
    assert watch.window is not None
