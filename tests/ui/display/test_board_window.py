"""The hall board as citizens see it: calls within a second, one at a time, never twice."""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from time import monotonic

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from kiosk.services.board_service import BoardCall
from kiosk.station import Station
from tests.ui.display.conftest import (
    TEST_FLASH_MS,
    BoardMaker,
    FakeAnnouncer,
    StationMaker,
    call,
    tick,
)
from tests.ui.test_contrast import contrast
from ui.display.announcer import Announcer
from ui.display.board_labels import FitLabel
from ui.display.board_style import PAINTED_TEXT, BoardMetrics, board_stylesheet
from ui.display.board_window import DisplayWindow
from ui.sync_bridge import SyncBridge


def record(window: DisplayWindow) -> list[BoardCall]:
    presented: list[BoardCall] = []
    window.call_presented.connect(presented.append)
    return presented


def metrics(window: DisplayWindow) -> BoardMetrics:
    assert window.metrics is not None
    return window.metrics


def tiles(window: DisplayWindow) -> dict[int, str]:
    return {n: tile.number.text() for n, tile in window.counters.tiles.items()}


def test_a_call_is_on_the_board_within_a_second(
    qtbot: QtBot, hall: Station, make_board: BoardMaker
) -> None:
    window = make_board(hall)
    presented = record(window)

    number = call(hall, "KTP-EL", 2)
    started = monotonic()
    qtbot.waitUntil(lambda: window.spotlight.number.text() == number, timeout=1000)

    assert monotonic() - started < 1
    assert window.spotlight.counter.text() == "2"
    assert window.spotlight.property("flash") in ("on", "alt")
    assert [c.number for c in presented] == [number]
    qtbot.waitUntil(lambda: tiles(window) == {2: number}, timeout=1000)


def test_a_presented_call_moves_to_the_last_calls_when_its_flash_is_over(
    qtbot: QtBot, hall: Station, make_board: BoardMaker
) -> None:
    window = make_board(hall)
    first = call(hall, "KTP-EL", 1)
    qtbot.waitUntil(lambda: window.spotlight.number.text() == first, timeout=1000)
    assert [c.number for c in window.last_calls.calls] == []  # flashing, not listed yet

    qtbot.waitUntil(lambda: window.presenter.current is None, timeout=1000)

    assert window.spotlight.property("flash") == ""
    assert window.spotlight.number.text() == first  # still shown, calm
    assert [c.number for c in window.last_calls.calls] == [first]


def test_calls_made_together_are_presented_one_after_another(
    qtbot: QtBot, hall: Station, make_board: BoardMaker
) -> None:
    announcer = FakeAnnouncer(speak_ms=80)
    window = make_board(hall, announcer=announcer)
    presented = record(window)
    presented_at: list[float] = []
    window.call_presented.connect(lambda _call: presented_at.append(monotonic()))

    made = [call(hall, "KTP-EL", 1), call(hall, "NIB", 5), call(hall, "KK", 3)]
    qtbot.waitUntil(lambda: len(presented) == 1, timeout=1000)
    assert tiles(window) == {1: made[0]}  # the others wait for their turn, also on tiles
    assert window.last_calls.calls == []
    qtbot.waitUntil(lambda: len(announcer.finished_at) == 3, timeout=3000)

    assert [c.number for c in presented] == made
    assert announcer.calls == [(made[0], 1), (made[1], 5), (made[2], 3)]
    assert not announcer.overlapped
    for earlier, later in itertools.pairwise(presented_at):
        assert later - earlier >= TEST_FLASH_MS / 1000 * 0.9  # each had its flash


def test_the_next_call_waits_for_a_long_announcement(
    qtbot: QtBot, hall: Station, make_board: BoardMaker
) -> None:
    announcer = FakeAnnouncer(speak_ms=4 * TEST_FLASH_MS)
    window = make_board(hall, announcer=announcer)
    presented = record(window)

    call(hall, "KTP-EL", 1)
    second = call(hall, "KTP-EL", 2)
    qtbot.waitUntil(lambda: len(presented) == 2, timeout=3000)

    assert announcer.started_at[1] >= announcer.finished_at[0]
    assert window.spotlight.number.text() == second  # the picture matches the voice
    assert not announcer.overlapped


def test_a_recall_is_presented_again(qtbot: QtBot, hall: Station, make_board: BoardMaker) -> None:
    window = make_board(hall)
    presented = record(window)
    ticket = hall.tickets.issue("KTP-EL")
    hall.tickets.call(ticket.id, 2)
    qtbot.waitUntil(lambda: window.presenter.current is None and len(presented) == 1)

    tick(hall, 30)
    hall.tickets.recall(ticket.id)
    qtbot.waitUntil(lambda: len(presented) == 2, timeout=1000)

    assert [(c.number, c.recall_count) for c in presented] == [
        (ticket.number, 0),
        (ticket.number, 1),
    ]
    assert window.spotlight.recall.isVisible()


def test_a_restarted_board_does_not_present_what_it_announced(
    qtbot: QtBot, make_station: StationMaker, make_board: BoardMaker
) -> None:
    first = make_station()
    window = make_board(first)
    number = call(first, "KTP-EL", 1)
    qtbot.waitUntil(lambda: window.presenter.current is None and window.state is not None)
    qtbot.waitUntil(lambda: [c.number for c in window.last_calls.calls] == [number])
    window.close()

    presented: list[BoardCall] = []
    again = make_board(make_station(), presented=presented)  # a new station, same store
    qtbot.wait(3 * TEST_FLASH_MS)

    assert presented == []
    assert again.spotlight.number.text() == number  # shown, calm
    assert again.spotlight.property("flash") in (None, "")
    assert tiles(again) == {1: number}


def test_calls_made_while_the_board_was_down_are_presented_after_a_restart(
    qtbot: QtBot, make_station: StationMaker, make_board: BoardMaker
) -> None:
    first = make_station()
    window = make_board(first)
    heard = call(first, "KTP-EL", 1)
    qtbot.waitUntil(lambda: window.presenter.current is None and bool(window.last_calls.calls))
    window.close()
    tick(first, 30)
    missed = call(first, "NIB", 5)  # while the board was off

    presented: list[BoardCall] = []
    make_board(make_station(), presented=presented)
    qtbot.waitUntil(lambda: len(presented) == 1, timeout=1000)
    qtbot.wait(2 * TEST_FLASH_MS)

    assert [c.number for c in presented] == [missed]
    assert heard != missed


def test_calls_older_than_two_minutes_at_start_are_only_shown(
    qtbot: QtBot, hall: Station, make_board: BoardMaker
) -> None:
    number = call(hall, "KTP-EL", 1)
    tick(hall, 150)

    presented: list[BoardCall] = []
    window = make_board(hall, presented=presented)
    qtbot.wait(2 * TEST_FLASH_MS)

    assert presented == []
    assert window.spotlight.number.text() == number
    assert tiles(window) == {1: number}


def test_a_zone_board_shows_only_the_counters_of_its_zone(
    qtbot: QtBot, make_station: StationMaker, make_board: BoardMaker
) -> None:
    station = make_station(zone="B")  # DPMPTSP: counters 5 to 7
    window = make_board(station)
    presented = record(window)

    call(station, "KTP-EL", 1)
    nib = call(station, "NIB", 5)
    qtbot.waitUntil(lambda: window.presenter.current is None and len(presented) == 1)
    qtbot.wait(2 * TEST_FLASH_MS)

    assert [c.number for c in presented] == [nib]
    assert tiles(window) == {5: nib}
    assert [c.number for c in window.last_calls.calls] == [nib]
    assert {line.prefixes for line in window.waiting.lines} == {"B1", "B2", "B3", "B4", "B5"}
    assert "Zona B" in window.header.subtitle.full_text()


def test_the_running_text_shows_the_configured_text_and_moves(
    qtbot: QtBot, make_station: StationMaker, make_board: BoardMaker
) -> None:
    text = "Loket tutup pukul 15.00 WIT.  Bawa dokumen asli."
    window = make_board(make_station(running_text=text))

    assert window.ticker.isVisible()
    assert window.ticker.text() == text
    start = window.ticker.offset()
    qtbot.waitUntil(lambda: window.ticker.offset() > start + 5, timeout=1000)


def test_without_running_text_the_line_is_hidden(hall: Station, make_board: BoardMaker) -> None:
    window = make_board(hall)
    assert not window.ticker.isVisible()
    assert window.waiting.geometry().bottom() > window.height() - 2 * metrics(window).gap


def on_screen(label: FitLabel, window: DisplayWindow) -> bool:
    """The label's text, at the font it is drawn with, fits the label, and the label the window."""
    metrics = QFontMetrics(label.font())
    room = label.contentsRect()
    fits = metrics.horizontalAdvance(label.text()) <= room.width()
    fits &= metrics.height() <= room.height()
    where = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
    return fits and window.rect().contains(where) and label.isVisible()


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1366, 768)])
def test_the_number_is_on_screen_whole_at_every_size(
    qtbot: QtBot, hall: Station, make_board: BoardMaker, size: tuple[int, int]
) -> None:
    window = make_board(hall, size)
    for counter in (1, 2, 3, 4, 5, 10):
        code = {1: "KTP-EL", 2: "KTP-EL", 3: "KK", 4: "AKTA-LAHIR", 5: "NIB"}.get(counter)
        call(hall, code or "PKB-TAHUNAN", counter)
    qtbot.waitUntil(lambda: len(window.counters.tiles) == 6, timeout=3000)

    spotlight = window.spotlight
    assert on_screen(spotlight.number, window)
    assert on_screen(spotlight.counter, window)
    # Big enough to read from across the hall: at least 100 px at 1080 lines.
    assert spotlight.number.pixel_size() >= 100 * metrics(window).scale
    for tile in window.counters.tiles.values():
        assert on_screen(tile.number, window)
    width, height = size
    portrait = height > width
    share = spotlight.width() / window.width()
    assert share > 0.9 if portrait else share < 0.7


def test_the_arrangement_follows_the_shape_of_the_window(
    qtbot: QtBot, hall: Station, make_board: BoardMaker
) -> None:
    window = make_board(hall, (1920, 1080))
    beside = window.last_calls.x() > window.spotlight.geometry().right()
    window.resize(1080, 1920)
    qtbot.waitUntil(lambda: window.metrics is not None and window.metrics.portrait)
    below = window.last_calls.y() > window.counters.geometry().bottom()
    assert beside and below


def test_waiting_counts_show_per_agency(
    qtbot: QtBot, hall: Station, make_board: BoardMaker
) -> None:
    window = make_board(hall)
    for code in ("KTP-EL", "KK", "NIB"):
        hall.tickets.issue(code)

    def counts() -> dict[str, int]:
        return {line.name: line.waiting for line in window.waiting.lines}

    qtbot.waitUntil(lambda: counts().get("Disdukcapil") == 2, timeout=1000)
    assert counts()["DPMPTSP"] == 1
    shown = [row.count.text() for row in window.waiting.rows if row.isVisible()]
    assert "2" in shown


def test_the_online_hint_follows_the_sync_state(hall: Station, make_board: BoardMaker) -> None:
    bridge = SyncBridge()
    window = make_board(hall)
    assert not window.header.online.isVisible()  # no server: no hint
    window.close()
    window = DisplayWindow(hall, sync=bridge)
    bridge.setParent(window)
    bridge.online_changed.emit(True)
    assert "Terhubung" in window.header.online.text()
    bridge.online_changed.emit(False)
    assert "Tidak terhubung" in window.header.online.text()
    window.close()


def test_timers_stop_while_the_board_is_hidden(
    make_station: StationMaker, make_board: BoardMaker
) -> None:
    window = make_board(make_station(running_text="Selamat datang"))
    window.hide()
    assert not window.poller.is_running()
    assert not window.ticker.is_running()


def test_every_board_text_colour_stands_out_from_its_ground() -> None:
    sheet = board_stylesheet(BoardMetrics(1.0, False))
    pairs = []
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        color = re.search(r"(?<![-\w])color:\s*(#[0-9A-Fa-f]{6})", body)
        if color is None:
            continue
        ground = re.search(r"background:\s*(#[0-9A-Fa-f]{6})", body)
        assert ground is not None, f"{selector.strip()} names no background"
        pairs.append((selector.strip(), color.group(1), ground.group(1)))
    pairs += [("ticker", fg, bg) for fg, bg in PAINTED_TEXT]
    assert len(pairs) > 20
    for selector, fg, bg in pairs:
        assert contrast(fg, bg) >= 4.5, f"{selector}: {fg} on {bg}"


def test_with_the_real_announcer_the_next_call_waits_for_its_end(
    qtbot: QtBot, hall: Station, make_board: BoardMaker, tmp_path: Path
) -> None:
    announcer = Announcer(mode="off", cache_dir=tmp_path)  # silent, but as long as a chime
    events: list[tuple[str, str]] = []
    announcer.finished.connect(lambda number: events.append(("ended", number)))
    window = make_board(hall)
    announcer.setParent(window)
    window.set_announcer(announcer)
    window.call_presented.connect(lambda c: events.append(("shown", c.number)))

    first, second = call(hall, "KTP-EL", 1), call(hall, "NIB", 5)
    qtbot.waitUntil(lambda: len(events) == 4, timeout=6000)

    assert events == [("shown", first), ("ended", first), ("shown", second), ("ended", second)]
