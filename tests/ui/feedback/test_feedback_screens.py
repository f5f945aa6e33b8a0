"""Every survey and complaint screen: both languages complete, big targets, readable text, and
nothing wider than the screen, in landscape, portrait and 1366×768."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.domain.complaint import Category
from kiosk.domain.text import Text
from kiosk.station import Station
from mpp.complaint_slip import SlipOutcome
from tests.kiosk.services.feedback_helpers import served
from tests.ui.feedback.helpers import touch, untranslated, visible_texts
from ui.feedback.complaint_text_screen import ComplaintTextScreen
from ui.feedback.feedback_worker import Lookup
from ui.feedback.survey_comment_screen import SurveyCommentScreen
from ui.kiosk.page import PageScreen
from ui.kiosk.window import KioskWindow

Scene = Callable[[KioskWindow], None]
W = TypeVar("W", bound=QWidget)


def survey_entry(window: KioskWindow) -> None:
    window.home.survey_requested.emit()


def survey_refused(window: KioskWindow) -> None:
    survey_entry(window)
    window.survey.entry.number.setText("B-001")
    window.survey.entry.check()


def question(index: int) -> Scene:
    def go(window: KioskWindow) -> None:
        survey_entry(window)
        window.survey.entry.number.setText(_rateable(window.station))
        window.survey.entry.check()
        for level in (4, 3, 2, 1, 4, 3, 2, 1, 4)[:index]:
            screen = window.survey.questions[len([s for s in window.survey.draft.scores if s])]
            screen.choose(level)
            screen._next()
        window.survey.questions[index].choose(3)
        window.survey.questions[index]._move_on.stop()

    return go


def _rateable(station: Station) -> str:
    """The number of a served ticket without an answer (one more served if none is left)."""
    for ticket in station.tickets.today():
        if station.surveys.eligible(ticket.number).ok:
            return ticket.number
    return served(station).number


def profile(window: KioskWindow) -> None:
    question(8)(window)
    window.survey.questions[8]._next()
    window.survey.draft.profile["sex"] = "L"
    window.survey.profile.refresh()


def comment(window: KioskWindow) -> None:
    profile(window)
    window.survey.profile.finished.emit()
    window.survey.comment.comment.set_text("Bagus")
    _type_into(window.survey.comment)


def thanks(window: KioskWindow) -> None:
    comment(window)
    window.survey.comment.done_typing()
    window.survey.comment.send_button.click()


def complaint_start(window: KioskWindow) -> None:
    window.home.complaint_requested.emit()


def agency(window: KioskWindow) -> None:
    complaint_start(window)
    window.complaints.start.new_card.click()


def category(window: KioskWindow) -> None:
    agency(window)
    window.complaints.agency.cards[0].click()


def text(window: KioskWindow) -> None:
    category(window)
    window.complaints.category.buttons[Category.RUDE].click()
    window.complaints.text.text.set_text("Petugas membentak saya di loket.")
    _type_into(window.complaints.text)


def _type_into(page: SurveyCommentScreen | ComplaintTextScreen) -> None:
    """The keyboard up, as after a touch on the text."""
    assert page.keyboard is not None
    area = page.comment if isinstance(page, SurveyCommentScreen) else page.text
    page.keyboard.attach(area)


def contact(window: KioskWindow) -> None:
    text(window)
    window.complaints.text.next_button.click()
    window.complaints.contact.field.setText("warga@contoh.id")
    window.complaints.contact.field.returnPressed.emit()


def ticket(window: KioskWindow) -> None:
    contact(window)
    window.complaints.contact.next_button.click()


def review(window: KioskWindow) -> None:
    ticket(window)
    window.complaints.ticket.skip_button.click()


def filed(window: KioskWindow) -> None:
    review(window)
    window.complaints.review.send_button.click()
    window.complaints.worker.wait()
    QApplication.processEvents()
    window.complaints.filed.slip(SlipOutcome(False, Text("Kertas habis.", "Out of paper.")))


def status(window: KioskWindow) -> None:
    complaint = window.station.complaints.file("DUKCAPIL", Category.SLOW, "Lama sekali antrenya.")
    complaint_start(window)
    window.complaints.start.status_card.click()
    screen = window.complaints.status
    screen.field.setText(complaint.tracking_shown)
    screen.waiting_for = complaint.tracking_shown
    screen.show_lookup(
        Lookup(complaint.tracking_shown, window.station.complaints.status(complaint.tracking))
    )


SCENES: dict[str, Scene] = {
    "survey-entry": survey_entry,
    "survey-refused": survey_refused,
    "question-1": question(0),
    "question-8": question(7),
    "profile": profile,
    "comment": comment,
    "thanks": thanks,
    "complaint-start": complaint_start,
    "complaint-agency": agency,
    "complaint-category": category,
    "complaint-text": text,
    "complaint-contact": contact,
    "complaint-ticket": ticket,
    "complaint-review": review,
    "complaint-filed": filed,
    "complaint-status": status,
}


@pytest.mark.parametrize("scene", SCENES)
def test_every_word_changes_with_the_language(
    window: KioskWindow, qtbot: QtBot, station: Station, scene: str
) -> None:
    SCENES[scene](window)
    screen = window.navigator.current()
    assert screen is not None and screen is not window.home
    before = visible_texts(window)
    assert len(before) >= 3
    assert isinstance(screen, PageScreen)
    touch(qtbot, screen.header.language_button)
    after = visible_texts(window)
    assert before.keys() == after.keys(), "the same things are shown"
    typed = {window.complaints.draft.text, window.complaints.contact.field.text()}
    assert [t for t in untranslated(before, after) if t not in typed] == []
    touch(qtbot, screen.header.language_button)
    assert visible_texts(window) == before, "and back"


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1080, 1920), (1366, 768)])
def test_targets_are_big_text_readable_and_nothing_sticks_out(
    window: KioskWindow, qtbot: QtBot, station: Station, width: int, height: int
) -> None:
    window.resize(width, height)
    for name, go in SCENES.items():
        window.reset()
        go(window)
        qtbot.wait(5)
        assert window.height() <= height, (name, "taller than the screen", window.height())
        screen = window.navigator.current()
        assert isinstance(screen, QWidget)
        buttons = _shown(screen, QAbstractButton)
        keyboard = getattr(screen, "keyboard", None)
        # On a short screen the keyboard's Done comes before the page's own buttons.
        assert buttons or (keyboard is not None and keyboard.isVisible()), name
        for button in buttons:
            assert button.height() >= 72, (name, button.objectName(), button.text())
            assert button.font().pixelSize() >= 24, (name, button.objectName())
        for label in _shown(screen, QLabel):
            if label.text():
                assert label.font().pixelSize() >= 24, (name, label.objectName(), label.text())
        for widget in buttons + _shown(screen, QLabel):
            right = widget.mapTo(window, widget.rect().topRight()).x()
            assert right <= width, (name, widget.objectName(), "sticks out")


def _shown(screen: QWidget, kind: type[W]) -> list[W]:
    """The visible widgets of `kind` on the page (not the shared header, not the keys)."""
    found = []
    for widget in screen.findChildren(kind):
        if widget.isVisible() and not _shared(widget):
            found.append(widget)
    return found


def _shared(widget: QWidget) -> bool:
    parent: QWidget | None = widget
    while parent is not None:
        if parent.objectName() in ("HeaderBar", "OnScreenKeyboard"):
            return True
        parent = parent.parentWidget()
    return False
