"""The on-screen keyboard types into a text of several lines (a complaint) as into a field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.text_area import TextArea


def test_typing_backspace_and_the_limit(qapp: QApplication, qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    column = QVBoxLayout(page)
    area = TextArea(12, page)
    keyboard = OnScreenKeyboard(page)
    column.addWidget(area)
    column.addWidget(keyboard)
    keyboard.follow_focus(page)
    page.resize(1366, 768)
    page.show()
    page.activateWindow()
    assert QTest.qWaitForWindowActive(page, 2000), "focus moves only in an active window"
    assert not keyboard.is_shown(), "no keyboard until the field is touched"
    qtbot.mouseClick(area.viewport(), Qt.MouseButton.LeftButton)
    assert keyboard.is_shown() and keyboard.target() is area and keyboard.mode() == "letters"
    lengths: list[int] = []
    area.length_changed.connect(lengths.append)
    for key in ("shift", "l", "a", "m", "a", "space", "s", "e", "k", "a", "l", "i", "x", "y"):
        qtbot.mouseClick(keyboard.key(key), Qt.MouseButton.LeftButton)
    assert area.text() == "Lama sekalix", "cut at the limit of 12"
    qtbot.mouseClick(keyboard.key("backspace"), Qt.MouseButton.LeftButton)
    assert area.text() == "Lama sekali" and lengths[-1] == 11
    area.set_text("a" * 40)
    assert area.text() == "a" * 12
