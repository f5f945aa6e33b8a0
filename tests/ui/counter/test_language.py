"""Indonesian first, English one touch away: every visible word changes, none is left empty."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from kiosk.clock import FakeClock
from kiosk.domain.ticket import PriorityClass
from kiosk.station import Station
from tests.ui.counter.helpers import OFFICER, touch
from ui.counter import strings
from ui.counter.actions import Action
from ui.counter.window import CounterWindow

#: Data, not words: numbers, ticket numbers, keys, names, acronyms. They read the same in both.
NEUTRAL = re.compile(rf"^(\d+|[A-Z]\d?-\d{{3}}|F\d{{1,2}}|Esc|Enter|–|!|NIK|{OFFICER})$")
DATA_FIELDS = {"AnswerValue", "KeptNumber", "CurrentNumber", "SheetNumber", "FigureValue"}


def visible_texts(root: QWidget) -> dict[int, str]:
    """Every visible label's and button's text, and every list row's, by identity."""
    texts: dict[int, str] = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.objectName() in DATA_FIELDS:
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts[id(widget)] = widget.text()
        elif isinstance(widget, QListWidget):
            for row in range(widget.count()):
                texts[id(widget.item(row))] = widget.item(row).text()
    return texts


def check_toggle(qtbot: QtBot, window: CounterWindow, button: QAbstractButton) -> None:
    """Switch language with `button`: every word visible before is visible after, changed."""
    before = visible_texts(window)
    touch(qtbot, button)
    after = visible_texts(window)
    assert before.keys() == after.keys()
    same = [t for k, t in before.items() if after[k] == t and t and not NEUTRAL.match(t)]
    assert same == [], f"not translated: {same}"
    assert len([t for t in after.values() if t.strip()]) > 10


def no_empty_words(window: CounterWindow) -> None:
    """No visible label without text (a key button's words are its labels')."""
    for widget in window.findChildren(QLabel):
        if widget.isVisible():
            assert widget.text().strip(), widget.objectName()


def test_the_sign_in_screen_in_both_languages(window: CounterWindow, qtbot: QtBot) -> None:
    no_empty_words(window)
    header = window.sign_in.header
    check_toggle(qtbot, window, header.language_button)
    assert window.sign_in.title.text() == "Sign in at a counter"
    no_empty_words(window)
    check_toggle(qtbot, window, header.language_button)
    assert window.sign_in.title.text() == "Masuk ke loket"


def busy_desk(desk: CounterWindow, station: Station, clock: FakeClock) -> None:
    """A held ticket, one called (recalled to the limit) with a priority and a form, a queue,
    a notice."""
    held = station.tickets.issue("KK")
    station.tickets.call(held.id, 1)
    station.desk.hold(held.id)
    answers = {"nik": "9409010101900001", "nama": "Ani", "alasan": "baru"}
    answers["tanggal_lahir"] = "1990-01-01"
    current = station.tickets.issue("KTP-EL", PriorityClass.LANSIA, answers=answers)
    station.tickets.issue("KTP-EL")
    clock.advance(timedelta(minutes=5))
    station.tickets.call(current.id, 1)
    for _ in range(station.config.recall_limit):
        station.tickets.recall(current.id)
    desk.desk.refresh()
    desk.desk.tell("info", strings.CALLING)


def _nothing(window: CounterWindow) -> None:
    return


def _finish(window: CounterWindow) -> None:
    assert window.desk.state.current is not None
    window.desk.sheets.outcome.ask(window.desk.state.current)


def _walk_in(window: CounterWindow) -> None:
    window.desk.sheets.walk_in.ask(["KTP-EL", "KK"], window.station.catalogues.current())


def _scanned(window: CounterWindow) -> None:
    waiting = window.station.desk.queue(1, ["KTP-EL"])[0]
    window.desk.scanned(waiting.qr_payload)


def _refused(window: CounterWindow) -> None:
    window.desk.scanned("MPP1.not.a.ticket")


def _action(action: Action) -> Callable[[CounterWindow], None]:
    def do(window: CounterWindow) -> None:
        window.desk.act(action)
        assert window.desk.sheets.current() is not None

    return do


SCENES = {
    "desk": _nothing,
    "finish": _finish,
    "transfer": _action(Action.TRANSFER),
    "number": _action(Action.CALL_NUMBER),
    "walk-in": _walk_in,
    "receipt": _action(Action.RECEIPT),
    "scanned": _scanned,
    "refused": _refused,
}


@pytest.mark.parametrize("scene", SCENES)
def test_the_desk_and_its_sheets_in_both_languages(
    desk: CounterWindow, qtbot: QtBot, station: Station, clock: FakeClock, scene: str
) -> None:
    busy_desk(desk, station, clock)
    SCENES[scene](desk)
    no_empty_words(desk)
    check_toggle(qtbot, desk, desk.desk.header.language_button)
    no_empty_words(desk)
    model = desk.desk.queue.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Number", "Service", "Waited", "Notes"]
