"""Touching the survey and complaint screens as a citizen does: buttons, fields, the keys."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.keyboard import OnScreenKeyboard

#: Data, not words: numbers, ticket and tracking numbers, dates' digits. Both languages alike.
NEUTRAL = re.compile(r"^([\d\s/.,:–-]+|[A-Z]\d?-\d{3}|ADU-[A-Z0-9]{4}-[A-Z0-9]{4}|•+\d+)$")
#: Proper names that are the same in both languages (the hall, agencies' acronyms, levels).
NAMES = {"MPP Uji", "Test MPP", "Disdukcapil", "SMP", "PNS", "TNI", "POLRI", "Status"}


def touch(qtbot: QtBot, widget: QWidget) -> None:
    """A finger on `widget`, which must be there to be touched."""
    assert widget.isVisible() and widget.isEnabled(), (widget.objectName(), widget.isVisible())
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def activate(window: QWidget) -> None:
    """Focus moves (and the keyboard follows it) only in the active window."""
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window, 2000)


def type_keys(qtbot: QtBot, keyboard: OnScreenKeyboard, text: str) -> None:
    """Type `text` on the on-screen keyboard, key by key (capitals with Shift)."""
    for character in text:
        if character == " ":
            touch(qtbot, keyboard.key("space"))
            continue
        if character.isupper():
            touch(qtbot, keyboard.key("shift"))
        touch(qtbot, keyboard.key(character.lower()))


def visible_texts(root: QWidget) -> dict[int, str]:
    """Every visible label's and button's text outside the header, by identity."""
    texts: dict[int, str] = {}
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if widget.isVisible() and not _in_header(widget) and widget.text().strip():
            texts[id(widget)] = widget.text()
    return texts


def untranslated(before: dict[int, str], after: dict[int, str]) -> list[str]:
    """Words that stayed the same after the language changed (data and names aside)."""
    return [
        text
        for key, text in before.items()
        if after.get(key) == text and not NEUTRAL.match(text) and text not in NAMES
    ]


def _in_header(widget: QWidget) -> bool:
    parent: QWidget | None = widget
    while parent is not None:
        if parent.objectName() in ("HeaderBar", "OnScreenKeyboard"):
            return True
        parent = parent.parentWidget()
    return False
