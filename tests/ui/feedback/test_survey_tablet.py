"""`--role survey`: the counter-facing tablet that shows only the survey, locked like the kiosk."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from kiosk.clock import FakeClock, service_day
from kiosk.domain.admin_pin import hash_pin
from kiosk.paths import Paths
from kiosk.station import Station, open_station
from mpp.cli import build_parser
from tests.conftest import small_config
from tests.kiosk.services.feedback_helpers import served
from tests.ui.feedback.helpers import activate, touch, type_keys
from tests.ui.test_app_roles import WatchFor
from ui.app import run
from ui.feedback.survey_window import SurveyWindow
from ui.kiosk.window import KioskWindow
from ui.theme import apply_theme


@pytest.fixture
def tablet(
    qapp: QApplication, qtbot: QtBot, home: Paths, clock: FakeClock
) -> Iterator[SurveyWindow]:
    """A survey tablet in kiosk mode whose admin PIN is 246810."""
    config = dataclasses.replace(
        small_config(home), role="survey", admin_pin_hash=hash_pin("246810")
    )
    station = open_station(home, config, clock)
    apply_theme(qapp)
    window = SurveyWindow(station, kiosk_mode=True)
    qtbot.addWidget(window)
    window.resize(1080, 1920)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.leave()
    station.close()


class LookAtTablet(WatchFor):
    """Runs until the survey tablet is up, notes what it shows, then tries to close it."""

    def __init__(self) -> None:
        super().__init__(SurveyWindow)
        self.seen_as: dict[str, object] = {}

    def __call__(self, app: QApplication) -> int:
        deadline = time.monotonic() + 30
        while not isinstance(self.window, SurveyWindow) and time.monotonic() < deadline:
            app.processEvents()
            shown = [w for w in app.topLevelWidgets() if w.isVisible()]
            self.seen += [w for w in shown if isinstance(w, QMainWindow) and w not in self.seen]
            self.window = next((w for w in shown if isinstance(w, SurveyWindow)), None)
        tablet = self.window
        if isinstance(tablet, SurveyWindow):
            start = tablet.start_screen
            tablet.close()  # what Alt+F4 asks: refused in kiosk mode
            self.seen_as = {
                "locked": tablet.kiosk_mode and tablet.isVisible(),
                "frameless": bool(tablet.windowFlags() & Qt.WindowType.FramelessWindowHint),
                "on show": tablet.navigator.current() is start,
                "title": start.title.text(),
                "back or home": start.header.back_button.isVisible()
                or start.header.home_button.isVisible(),
            }
        return 0


def test_the_config_role_survey_opens_the_tablet_and_only_the_survey(
    qapp: QApplication, home: Paths
) -> None:
    home.config_dir.mkdir(parents=True, exist_ok=True)
    home.config_file.write_text(
        '[station]\nname = "Tablet Loket 3"\nrole = "survey"\n[printer]\naddress = "dummy:"\n',
        encoding="utf-8",
    )
    watch = LookAtTablet()
    assert run(event_loop=watch) == 0
    assert watch.window is not None, "the survey tablet came up"
    assert not any(isinstance(w, KioskWindow) for w in watch.seen), "no citizen Home"
    assert watch.seen_as == {
        "locked": True,
        "frameless": True,
        "on show": True,
        "title": "Nilai layanan kami",
        "back or home": False,
    }


def test_the_command_line_takes_the_survey_role() -> None:
    args = build_parser().parse_args(["run", "--role", "survey"])
    assert args.role == "survey"


def test_a_rating_on_the_tablet_ends_back_at_the_start(tablet: SurveyWindow, qtbot: QtBot) -> None:
    station: Station = tablet.station
    ticket = served(station)
    activate(tablet)
    start = tablet.start_screen
    touch(qtbot, start.number)
    assert start.keyboard is not None
    type_keys(qtbot, start.keyboard, "a-001")
    touch(qtbot, start.keyboard.key("ok"))
    for question in tablet.survey.questions:
        assert tablet.navigator.current() is question
        touch(qtbot, question.choices[3])
        touch(qtbot, question.next_button)
    touch(qtbot, tablet.survey.profile.skip_button)
    touch(qtbot, tablet.survey.comment.send_button)
    thanks = tablet.survey.thanks
    assert tablet.navigator.current() is thanks
    assert thanks.countdown.text().startswith("Kembali ke awal dalam")
    touch(qtbot, thanks.done_button)
    assert tablet.navigator.current() is start, "the next citizen finds the start screen"
    day = service_day(station.clock.now())
    [record] = station.surveys.records(day, day)
    assert record.ticket_id == ticket.id and record.answers.scores == (4,) * 9


def test_idle_brings_the_tablet_back_to_the_start_with_nothing_kept(
    tablet: SurveyWindow, qtbot: QtBot
) -> None:
    served(tablet.station)
    tablet.start_screen.number.setText("A-001")
    tablet.start_screen.check()
    touch(qtbot, tablet.survey.questions[0].choices[0])
    touch(qtbot, tablet.survey.questions[0].header.language_button)
    assert tablet.navigator.lang == "en"
    tablet.idle._idle.setInterval(50)
    tablet.idle._tick.setInterval(10)
    tablet.idle.start()
    qtbot.waitUntil(lambda: tablet.navigator.current() is tablet.start_screen, timeout=3000)
    assert tablet.survey.draft.empty and tablet.navigator.lang == "id"


def test_the_tablet_is_locked_and_the_pin_opens_the_admin_menu(
    tablet: SurveyWindow, qtbot: QtBot
) -> None:
    close = QCloseEvent()
    tablet.closeEvent(close)
    assert not close.isAccepted()
    escape = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    tablet.keyPressEvent(escape)
    assert escape.isAccepted() and tablet.isVisible()
    header = tablet.start_screen.header
    header._hold.setInterval(200)  # the real hold is five seconds
    QTest.mousePress(header._hall_label, Qt.MouseButton.LeftButton)
    QTest.qWait(350)
    QTest.mouseRelease(header._hall_label, Qt.MouseButton.LeftButton)
    assert tablet.navigator.current() is tablet.pin
    for digit in "246810":
        touch(qtbot, tablet.pin.keyboard.key(digit))
    touch(qtbot, tablet.pin.keyboard.key("ok"))
    assert tablet.navigator.current() is tablet.admin
    menu = tablet.admin.menu
    assert not menu.reprint_button.isVisible() and not menu.test_button.isVisible(), "no printer"
    touch(qtbot, menu.exit_button)
    assert not tablet.kiosk_mode
    assert not tablet.windowFlags() & Qt.WindowType.FramelessWindowHint
