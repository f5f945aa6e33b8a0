"""The kiosk's first screens as a citizen meets them: agencies, services, language, Back/Home."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ui import strings
from ui.kiosk.window import KioskWindow


def visible_texts(root: QWidget) -> list[str]:
    widgets = root.findChildren(QLabel) + root.findChildren(QAbstractButton)
    return [w.text() for w in widgets if w.isVisible() and w.text()]


def touch(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_home_lists_every_agency_with_its_open_services(window: KioskWindow) -> None:
    texts = visible_texts(window)
    assert "Silakan pilih instansi tujuan Anda" in texts
    assert [c.title.text() for c in window.home.cards] == ["Disdukcapil"]
    assert window.home.cards[0].detail.text() == "Lantai 1, Zona A  ·  1 dari 2 layanan buka"
    assert "09.00 WIT" in texts and "Senin, 23 November 2026" in texts


def test_touching_an_agency_shows_its_services_and_why_one_is_closed(
    window: KioskWindow, qtbot: QtBot
) -> None:
    touch(qtbot, window.home.cards[0])
    assert window.navigator.current() is window.agency
    cards = {c.code: c for c in window.agency.cards}
    assert cards["KTP-EL"].state.text() == "Buka · 0 orang menunggu · perkiraan 0 menit"
    assert cards["KTP-EL"].state.objectName() == "StateOpen"
    closed = cards["KK"].state.text()
    assert closed.startswith("Tutup — Layanan ini tidak buka hari Senin.")
    assert "Sabtu, 28 November 2026 pukul 09.00 WIT" in closed
    assert cards["KK"].state.objectName() == "StateClosed"
    assert "Gratis" in cards["KK"].detail.text()


def test_back_and_home_always_lead_back(window: KioskWindow, qtbot: QtBot) -> None:
    touch(qtbot, window.home.cards[0])
    touch(qtbot, window.agency.header.back_button)
    assert window.navigator.current() is window.home
    touch(qtbot, window.home.cards[0])
    touch(qtbot, window.agency.header.home_button)
    assert window.navigator.current() is window.home


def test_one_touch_switches_every_visible_text_to_english_and_back(
    window: KioskWindow, qtbot: QtBot
) -> None:
    touch(qtbot, window.home.cards[0])
    indonesian = visible_texts(window)
    touch(qtbot, window.agency.header.language_button)
    english = visible_texts(window)
    assert "Population and Civil Registration Office" in english
    assert "Open · 0 waiting · about 0 min" in english
    assert "Monday 23 November 2026" in english and "09:00 WIT" in english
    unchanged = set(indonesian) & set(english)
    assert unchanged <= {"Test MPP", "MPP Uji"} | {t for t in indonesian if t.isupper()}, unchanged
    touch(qtbot, window.agency.header.home_button)
    assert "Please choose the agency you need" in visible_texts(window)
    touch(qtbot, window.home.header.language_button)
    assert "Silakan pilih instansi tujuan Anda" in visible_texts(window)


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1366, 768), (1080, 1920)])
def test_touch_targets_are_big_enough_at_every_resolution(
    window: KioskWindow, qtbot: QtBot, width: int, height: int
) -> None:
    window.resize(width, height)
    qtbot.wait(10)
    assert window.width() <= width, "the window must fit the screen without side-scrolling"
    for screen in (window.home, window.agency):
        if screen is window.agency:
            touch(qtbot, window.home.cards[0])
        qtbot.wait(10)
        buttons = [b for b in screen.findChildren(QAbstractButton) if b.isVisible()]
        assert buttons
        for button in buttons:
            assert button.height() >= 72, (button.objectName(), button.height())
            assert button.width() <= width


def test_every_ui_string_exists_in_both_languages() -> None:
    from kiosk.domain.text import Text

    texts = [v for v in vars(strings).values() if isinstance(v, Text)]
    assert len(texts) >= 10
    for text in texts:
        assert text.id.strip() and text.en.strip()


def test_people_waiting_refresh_while_the_page_is_shown(window: KioskWindow, qtbot: QtBot) -> None:
    touch(qtbot, window.home.cards[0])
    card = next(c for c in window.agency.cards if c.code == "KTP-EL")
    assert "0 orang menunggu" in card.state.text()
    window.station.tickets.issue("KTP-EL")  # another kiosk in the hall
    window.agency._live_timer.setInterval(50)  # instead of ten seconds
    window.agency._live_timer.start()
    qtbot.waitUntil(lambda: "1 orang menunggu" in card.state.text(), timeout=2000)
    touch(qtbot, window.agency.header.home_button)
    assert not window.agency._live_timer.isActive(), "no refreshing while not shown"
