"""The on-screen keyboard types into the focused field exactly as a hardware keyboard would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QRegularExpression, Qt
from PySide6.QtGui import QFontMetrics, QIntValidator, QRegularExpressionValidator, QValidator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.keyboard_layouts import Mode, keyboard_mode_for


class Form(QWidget):
    """A page with the fields a service form has, and the keyboard under them."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.name = QLineEdit(self)
        self.nik = QLineEdit(self)
        self.nik.setProperty("keyboard", "digits")
        self.nik.setMaxLength(16)
        self.phone = QLineEdit(self)
        self.phone.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"08\d{8,11}"), self.phone)
        )
        self.note = QLineEdit(self)
        self.note.setReadOnly(True)
        self.next_button = QPushButton("Lanjut", self)
        for widget in (self.name, self.nik, self.phone, self.note, self.next_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.keyboard = OnScreenKeyboard(self)
        layout.addWidget(self.keyboard)
        self.keyboard.follow_focus(self)


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    """The form at 1366×768, shown and active so that fields can take the focus."""
    page = Form()
    qtbot.addWidget(page)
    page.resize(1366, 768)
    show_active(page)
    return page


def show_active(window: QWidget) -> None:
    """Show `window` and wait until it takes the focus.

    This module waits with QTest, not qtbot: once a test has called qapp.quit() (as
    tests/ui/test_app.py does), every QEventLoop returns at once and qtbot's waits
    with it, while QTest's waits process events themselves.
    """
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)


def focus(field: QWidget) -> None:
    field.setFocus()
    assert QApplication.focusWidget() is field


def tap(qtbot: QtBot, keyboard: OnScreenKeyboard, *names: str) -> None:
    for name in names:
        qtbot.mouseClick(keyboard.key(name), Qt.MouseButton.LeftButton)


def test_letters_shift_and_space_type_a_place_name(form: Form, qtbot: QtBot) -> None:
    focus(form.name)
    keyboard = form.keyboard
    tap(qtbot, keyboard, "shift", "t")
    assert keyboard.key("i").text() == "i"  # Shift holds for one letter only
    tap(qtbot, keyboard, "i", "m", "i", "k", "a", "space", "2", "0", "2", "6")
    assert form.name.text() == "Timika 2026"


def test_backspace_removes_the_last_character_and_ok_submits(form: Form, qtbot: QtBot) -> None:
    focus(form.name)
    form.name.setText("Wamena")
    tap(qtbot, form.keyboard, "backspace")
    assert form.name.text() == "Wamen"
    with qtbot.waitSignal(form.keyboard.submitted, timeout=1000):
        tap(qtbot, form.keyboard, "ok")


def test_every_key_types_what_it_shows(form: Form, qtbot: QtBot) -> None:
    for field, mode in ((form.name, "letters"), (form.nik, "digits")):
        focus(field)
        field.setMaxLength(100)
        keys = [k for k in form.keyboard.key_buttons() if len(k.text()) == 1]
        for key in keys:
            qtbot.mouseClick(key, Qt.MouseButton.LeftButton)
        assert form.keyboard.mode() == mode
        assert field.text() == "".join(k.text() for k in keys)


def test_a_double_tap_on_shift_locks_capitals_until_tapped_again(form: Form, qtbot: QtBot) -> None:
    focus(form.name)
    tap(qtbot, form.keyboard, "shift", "shift", "p", "n", "g", "shift", "k")
    assert form.name.text() == "PNGk"


def test_backspace_repeats_while_held_and_letters_do_not(form: Form, qtbot: QtBot) -> None:
    focus(form.name)
    form.name.setText("Jalan Trikora Nomor 12")
    backspace = form.keyboard.key("backspace")
    qtbot.mousePress(backspace, Qt.MouseButton.LeftButton)
    QTest.qWait(backspace.autoRepeatDelay() + 6 * backspace.autoRepeatInterval())
    qtbot.mouseRelease(backspace, Qt.MouseButton.LeftButton)
    assert len(form.name.text()) <= len("Jalan Trikora Nomor 12") - 3
    repeating = [k for k in form.keyboard.key_buttons() if k.autoRepeat()]
    assert repeating == [backspace]


def test_the_fields_own_rules_apply(form: Form, qtbot: QtBot) -> None:
    focus(form.nik)
    edits: list[str] = []
    form.nik.textEdited.connect(edits.append)
    tap(qtbot, form.keyboard, *"91010203040506070809")
    assert form.nik.text() == "9101020304050607"  # maxLength(16), as with a keyboard
    assert edits[-1] == "9101020304050607"


def test_a_validator_keeps_letters_out_of_a_digit_field(form: Form, qtbot: QtBot) -> None:
    focus(form.phone)
    form.keyboard.set_mode("letters")  # as if a citizen had letters in front of them
    tap(qtbot, form.keyboard, "0", "o", "8", "a", "1", "space", "2")
    assert form.phone.text() == "0812"


def test_each_field_gets_the_keys_it_needs_and_no_field_none(form: Form, qtbot: QtBot) -> None:
    keyboard = form.keyboard
    shown: list[bool] = []
    keyboard.shown_changed.connect(shown.append)
    assert keyboard.target() is form.name  # activating the window focused the first field
    form.name.clearFocus()
    assert not keyboard.isVisible()
    focus(form.nik)
    assert (keyboard.isVisible(), keyboard.mode(), keyboard.target()) == (True, "digits", form.nik)
    focus(form.name)
    assert (keyboard.mode(), keyboard.target()) == ("letters", form.name)
    focus(form.phone)
    assert (keyboard.mode(), keyboard.target()) == ("digits", form.phone)
    form.phone.clearFocus()
    assert not keyboard.isVisible()
    focus(form.name)
    focus(form.note)  # read-only: nothing to type
    assert not keyboard.isVisible()
    focus(form.name)
    focus(form.next_button)
    assert not keyboard.isVisible()
    assert shown == [False, True, False, True, False, True, False]


def test_a_button_just_above_the_keyboard_still_gets_the_tap_that_hides_it(
    qtbot: QtBot,
) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    field = QLineEdit(page)
    layout.addWidget(field)
    layout.addStretch(1)
    next_button = QPushButton("Lanjut", page)  # takes the focus when pressed
    layout.addWidget(next_button)
    keyboard = OnScreenKeyboard(page)
    layout.addWidget(keyboard)
    keyboard.follow_focus(page)
    page.resize(1366, 768)
    show_active(page)
    focus(field)
    # A finger: press, a moment in which the screen may redraw, release at the same spot.
    spot = next_button.mapTo(page, next_button.rect().center())
    window = page.windowHandle()
    with qtbot.waitSignal(next_button.clicked, timeout=1000):
        qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=spot)
        QTest.qWait(50)
        qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=spot)
    QTest.qWait(20)  # the keyboard hides once the release has done its work
    assert not keyboard.isVisible()


@pytest.mark.parametrize(
    ("setup", "mode"),
    [
        (lambda f: f.setProperty("keyboard", "digits"), "digits"),
        (lambda f: f.setValidator(QIntValidator(0, 999_999, f)), "digits"),
        (lambda f: f.setValidator(QIntValidator(-10, 10, f)), "letters"),
        (lambda f: f.setValidator(_regex(r"\d{16}", f)), "digits"),
        (lambda f: f.setValidator(_regex(r"^08[0-9]{8,11}$", f)), "digits"),
        (lambda f: f.setValidator(_regex(r"[0-9 ]+", f)), "letters"),
        (lambda f: f.setValidator(_regex(r"[A-Z]{2}\d{4}", f)), "letters"),
        (lambda f: f.setInputMask("9999 9999 9999 9999;_"), "digits"),
        (lambda f: f.setInputMask(">AA-9999"), "letters"),
        (lambda f: f.setProperty("keyboard", "letters") or f.setInputMask("9999"), "letters"),
        (lambda f: None, "letters"),
    ],
)
def test_a_field_asks_for_digits_by_property_validator_or_mask(
    qtbot: QtBot, setup: object, mode: Mode
) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    setup(field)  # type: ignore[operator]
    assert keyboard_mode_for(field) == mode


def _regex(pattern: str, parent: QLineEdit) -> QValidator:
    return QRegularExpressionValidator(QRegularExpression(pattern), parent)


def test_a_scanner_still_types_into_the_field_while_the_keyboard_is_shown(
    form: Form, qtbot: QtBot
) -> None:
    focus(form.name)
    tap(qtbot, form.keyboard, "shift", "b", "space")
    assert QApplication.focusWidget() is form.name  # the keys never took the focus
    scanner_target = QApplication.focusWidget()
    assert scanner_target is not None
    qtbot.keyClicks(scanner_target, "A1-012")
    assert form.name.text() == "B A1-012"
    assert form.keyboard.isVisible()


def test_the_language_switch_relabels_space_and_ok(form: Form, qtbot: QtBot) -> None:
    keyboard = form.keyboard
    assert (keyboard.key("space").text(), keyboard.key("ok").text()) == ("Spasi", "Selesai")
    keyboard.set_language("en")
    assert (keyboard.key("space").text(), keyboard.key("ok").text()) == ("Space", "Done")
    assert keyboard.key("ok", "digits").text() == "Done"
    assert keyboard.key("backspace").accessibleName() == "Backspace"


def test_a_deleted_field_is_let_go(form: Form, qtbot: QtBot) -> None:
    focus(form.name)
    form.name.deleteLater()
    QTest.qWait(20)
    assert form.keyboard.target() is None
    tap(qtbot, form.keyboard, "a", "backspace")  # types into nothing, and does not fail


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (1080, 1920)])
@pytest.mark.parametrize("mode", ["letters", "digits"])
def test_keys_are_big_enough_and_fit_the_screen(
    qtbot: QtBot, size: tuple[int, int], mode: Mode
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(*size)
    layout = QVBoxLayout(window)
    layout.addStretch(1)
    keyboard = OnScreenKeyboard(window)
    layout.addWidget(keyboard)
    keyboard.set_mode(mode)
    keyboard.show()
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    assert keyboard.width() <= window.width()
    assert keyboard.height() <= 0.4 * 1080
    for key in keyboard.key_buttons():
        assert key.height() >= (96 if mode == "digits" else 72)
        assert key.width() >= 56
        box = QRect(key.mapTo(window, QPoint(0, 0)), key.size())
        assert window.rect().contains(box)
        label = QFontMetrics(key.font()).horizontalAdvance(key.text())
        assert label <= key.width() - 16, key.text()
