"""The satisfaction survey at the kiosk, by touch: from Home to one kept answer per ticket."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.clock import service_day
from kiosk.station import Station
from tests.kiosk.services.feedback_helpers import served
from tests.ui.feedback.helpers import activate, touch, type_keys
from ui.feedback.survey_flow import SurveyFlow
from ui.kiosk.window import KioskWindow

SCORES = (4, 3, 4, 2, 4, 4, 3, 1, 4)


def open_survey(window: KioskWindow, qtbot: QtBot) -> SurveyFlow:
    activate(window)
    touch(qtbot, window.home.feedback.survey_button)
    assert window.navigator.current() is window.survey.entry
    return window.survey


def enter_number(qtbot: QtBot, survey: SurveyFlow, typed: str) -> None:
    """Touch the number field and type on the on-screen keys; "Selesai" starts the check."""
    entry = survey.entry
    touch(qtbot, entry.number)
    keyboard = entry.keyboard
    assert keyboard is not None and keyboard.is_shown() and keyboard.target() is entry.number
    type_keys(qtbot, keyboard, typed)
    touch(qtbot, keyboard.key("ok"))


def answer_questions(window: KioskWindow, qtbot: QtBot, scores: tuple[int, ...]) -> None:
    for index, level in enumerate(scores):
        question = window.survey.questions[index]
        assert window.navigator.current() is question
        touch(qtbot, question.choices[level - 1])
        if index == 0:  # after a moment the next question comes by itself
            qtbot.waitUntil(_showing(window, window.survey.questions[1]), timeout=2000)
        else:
            touch(qtbot, question.next_button)


def _showing(window: KioskWindow, screen: QWidget) -> Callable[[], bool]:
    def shown() -> bool:
        return window.navigator.current() is screen

    return shown


def test_a_citizen_rates_a_served_ticket_by_touch_and_cannot_rate_it_twice(
    window: KioskWindow, qtbot: QtBot, station: Station
) -> None:
    ticket = served(station)
    survey = open_survey(window, qtbot)
    enter_number(qtbot, survey, "a-001")  # small letters and all: the kiosk tidies it
    assert window.navigator.current() is survey.questions[0]
    assert "KTP Elektronik (tiket A-001)" in survey.questions[0].hint.text()
    answer_questions(window, qtbot, SCORES)
    profile = survey.profile
    assert window.navigator.current() is profile
    touch(qtbot, next(b for b in profile.buttons["age_group"] if b.text() == "60 tahun ke atas"))
    touch(qtbot, profile.buttons["sex"][1])
    touch(qtbot, profile.buttons["sex"][1])  # a second touch takes the answer back
    touch(qtbot, profile.next_button)
    comment = survey.comment
    assert window.navigator.current() is comment
    touch(qtbot, comment.comment)
    assert comment.keyboard is not None and comment.keyboard.is_shown()
    type_keys(qtbot, comment.keyboard, "Cepat sekali")
    assert comment.count.text() == "12 / 500 huruf"
    touch(qtbot, comment.keyboard.key("ok"))
    touch(qtbot, comment.send_button)
    assert window.navigator.current() is survey.thanks
    assert survey.thanks.title.text() == "Terima kasih atas penilaian Anda"

    day = service_day(station.clock.now())
    [record] = station.surveys.records(day, day)
    assert record.ticket_id == ticket.id and record.answers.scores == SCORES
    assert (record.profile.age_group, record.profile.sex) == ("60+", None)
    assert station.surveys.comment(record.survey_id) == "Cepat sekali"
    assert survey.draft.empty and comment.comment.text() == "", "nothing stays on screen"

    touch(qtbot, survey.thanks.done_button)
    assert window.navigator.current() is window.home
    open_survey(window, qtbot)
    enter_number(qtbot, survey, "a-001")
    assert window.navigator.current() is survey.entry
    assert survey.entry.error.isVisible()
    assert survey.entry.error.text() == (
        "Survei untuk tiket A-001 sudah diisi. Terima kasih atas penilaian Anda."
    )
    assert len(station.surveys.records(day, day)) == 1


def test_a_ticket_still_waiting_is_refused_with_what_to_do(
    window: KioskWindow, qtbot: QtBot, station: Station
) -> None:
    station.tickets.issue("KTP-EL")
    survey = open_survey(window, qtbot)
    enter_number(qtbot, survey, "a-001")
    assert window.navigator.current() is survey.entry
    message = survey.entry.error.text()
    assert "Tiket A-001 belum tercatat selesai dilayani" in message
    assert "coba lagi sebentar lagi" in message, "it says what to do"
    touch(qtbot, survey.entry.header.language_button)
    assert "Ticket A-001 is not recorded as served yet" in survey.entry.error.text()


def test_an_unknown_number_and_an_empty_field_say_what_to_type(
    window: KioskWindow, qtbot: QtBot
) -> None:
    survey = open_survey(window, qtbot)
    enter_number(qtbot, survey, "a-099")
    assert "Nomor A-099 tidak ditemukan untuk hari ini" in survey.entry.error.text()
    survey.entry.number.clear()
    survey.entry.check()
    assert survey.entry.error.text().startswith("Ketik nomor pada tiket Anda")


def test_scanning_the_ticket_qr_starts_the_survey(
    window: KioskWindow, qtbot: QtBot, station: Station
) -> None:
    ticket = served(station)
    survey = open_survey(window, qtbot)
    # A USB scanner types the QR's text and Enter, wherever the focus is.
    qtbot.keyClicks(survey.entry, ticket.qr_payload)
    qtbot.keyClick(survey.entry, Qt.Key.Key_Return)
    assert window.navigator.current() is survey.questions[0]
    assert survey.draft.ticket is not None and survey.draft.ticket.ticket_id == ticket.id
    assert survey.entry.number.text() == "", "the scanned text never lands in the field"


def test_back_shows_the_answer_given_and_next_keeps_it(
    window: KioskWindow, qtbot: QtBot, station: Station
) -> None:
    served(station)
    survey = open_survey(window, qtbot)
    enter_number(qtbot, survey, "a-001")
    answer_questions(window, qtbot, (2, 3))
    third = survey.questions[2]
    assert window.navigator.current() is third and not third.next_button.isEnabled()
    touch(qtbot, third.header.back_button)
    second = survey.questions[1]
    assert window.navigator.current() is second
    assert [b.isChecked() for b in second.choices] == [False, False, True, False]
    touch(qtbot, second.next_button)
    assert window.navigator.current() is third and survey.draft.scores[:2] == [2, 3]


def test_idle_reset_mid_survey_forgets_every_answer(
    window: KioskWindow, qtbot: QtBot, station: Station
) -> None:
    served(station)
    survey = open_survey(window, qtbot)
    enter_number(qtbot, survey, "a-001")
    answer_questions(window, qtbot, SCORES)
    touch(qtbot, survey.profile.buttons["education"][2])
    touch(qtbot, survey.profile.next_button)
    touch(qtbot, survey.comment.comment)
    assert survey.comment.keyboard is not None
    type_keys(qtbot, survey.comment.keyboard, "nama saya")
    assert not survey.draft.empty
    window.idle._idle.setInterval(50)  # instead of a minute
    window.idle._tick.setInterval(10)  # instead of a second per count
    window.idle.start()
    qtbot.waitUntil(lambda: window.navigator.current() is window.home, timeout=3000)
    assert survey.draft.empty
    assert survey.comment.comment.text() == ""
    for question in survey.questions:
        question.refresh()
        assert not any(b.isChecked() for b in question.choices)
    survey.profile.refresh()
    assert not any(b.isChecked() for bs in survey.profile.buttons.values() for b in bs)
    day = service_day(station.clock.now())
    assert station.surveys.records(day, day) == [], "nothing was sent"
    QTest.qWait(20)


def test_home_leaves_the_survey_and_forgets_it(
    window: KioskWindow, qtbot: QtBot, station: Station
) -> None:
    served(station)
    survey = open_survey(window, qtbot)
    enter_number(qtbot, survey, "a-001")
    answer_questions(window, qtbot, (4,))
    touch(qtbot, survey.questions[1].header.home_button)
    assert window.navigator.current() is window.home and survey.draft.empty
