"""An on-screen keyboard that sits in a page's layout and types into the focused field.

Why our own and not Qt Virtual Keyboard: that one needs QtQuick/QML and a real
window, does not appear on the offscreen platform (so no test in CI can see it)
and is hard to size. This widget is sized for touch, takes its place inside the
page (it never covers the field being typed into) and is tested with pytest-qt.

Typing goes through the field's own `insert` and `backspace`, so its validator,
input mask, `maxLength` and `textEdited` behave as with a hardware keyboard. The
keys never take the focus: a USB barcode scanner, which types into the focused
widget, keeps working while the keyboard is shown. A QPlainTextEdit (a complaint,
a comment: text too long for one line) takes typing through its text cursor.

A field asks for the number pad with `setProperty("keyboard", "digits")` (or
"letters" to insist on letters); without it, a digits-only validator or input
mask picks the number pad.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)
from shiboken6 import isValid

from kiosk.domain.text import Lang
from ui.widgets.keyboard_layouts import (
    BACKSPACE,
    DIGIT_ROWS,
    KEY_LABELS,
    LETTER_ROWS,
    OK,
    SHIFT,
    SPACE,
    KeyRow,
    KeySpec,
    Mode,
    TypingTarget,
    keyboard_mode_for,
    row_units,
)

GAP = 10  # between keys, both ways
LETTER_KEY_HEIGHT = 74
DIGIT_KEY_HEIGHT = 96
MIN_KEY_WIDTH = 56
LETTERS_MAX_WIDTH = 1400  # wider keys than this look stretched and are no easier to hit
DIGIT_KEY_WIDTH = 210  # what a number-pad key would like to be; it shrinks if it must
_MARGIN_X = 12
_MARGIN_Y = 8

KEYBOARD_QSS = """
#OnScreenKeyboard {
    background: #E3E8ED;
    border-top: 2px solid #B8C4CF;
}
#OnScreenKeyboard QPushButton {
    font-family: "Noto Sans";
    font-size: 30px;
    color: #1B2631;
    background: #FFFFFF;
    border: 2px solid #B8C4CF;
    border-radius: 10px;
    padding: 0;
}
#OnScreenKeyboard QPushButton:pressed {
    background: #E3ECF3;
    border-color: #0B3C5D;
}
#OnScreenKeyboard QPushButton#DigitKey, #OnScreenKeyboard QPushButton#SymbolKey {
    font-size: 32px;
    font-weight: bold;
}
#OnScreenKeyboard QPushButton#FunctionKey {
    font-size: 28px;
    font-weight: bold;
    color: #0B3C5D;
}
#OnScreenKeyboard QPushButton#ShiftKey:checked {
    background: #F2A900;
    border-color: #F2A900;
}
#OnScreenKeyboard QPushButton#OkKey {
    font-size: 28px;
    font-weight: bold;
    color: #FFFFFF;
    background: #0B3C5D;
    border-color: #0B3C5D;
}
#OnScreenKeyboard QPushButton#OkKey:pressed {
    background: #072A42;
}
"""

_ICON_COLOUR = QColor("#0B3C5D")


class _Shift(Enum):
    OFF = "off"
    ONCE = "once"  # the next character only
    LOCKED = "locked"  # caps lock, after a double tap


class OnScreenKeyboard(QWidget):
    """Letters or a number pad, typing into one field; hidden while nothing is typed into."""

    submitted = Signal()  # OK (Selesai) was pressed
    key_pressed = Signal(str)  # the character typed, or "backspace", "shift", "ok"
    shown_changed = Signal(bool)  # it showed itself for a field (True) or hid (False)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("OnScreenKeyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(KEYBOARD_QSS)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._target: TypingTarget | None = None
        self._root: QWidget | None = None
        self._waiting_for_release = False
        self._shown = False
        self._mode: Mode = "letters"
        self._shift = _Shift.OFF
        self._last_shift = QElapsedTimer()
        self._keys: dict[Mode, dict[str, QPushButton]] = {"letters": {}, "digits": {}}
        self._blocks = {
            "letters": self._block("letters", LETTER_ROWS, LETTER_KEY_HEIGHT, LETTERS_MAX_WIDTH),
            "digits": self._block("digits", DIGIT_ROWS, DIGIT_KEY_HEIGHT, 3 * DIGIT_KEY_WIDTH),
        }
        row = QHBoxLayout(self)
        row.setContentsMargins(_MARGIN_X, _MARGIN_Y, _MARGIN_X, _MARGIN_Y)
        for block in self._blocks.values():
            row.addWidget(block, 0, Qt.AlignmentFlag.AlignHCenter)
        # The same height in both modes, so the page does not jump between fields.
        letters = _rows_height(LETTER_ROWS, LETTER_KEY_HEIGHT)
        digits = _rows_height(DIGIT_ROWS, DIGIT_KEY_HEIGHT)
        self.setFixedHeight(2 * _MARGIN_Y + max(letters, digits))
        self.set_mode("letters")
        self.set_language("id")
        self.hide()

    # -- building ----------------------------------------------------------------------

    def _block(
        self, mode: Mode, rows: tuple[KeyRow, ...], key_height: int, preferred_width: int
    ) -> _KeyBlock:
        block = _KeyBlock(preferred_width, self)
        grid = QGridLayout(block)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(GAP)
        # Half-unit columns: a key of n units spans 2n columns, so an indent of half a
        # key (the "a" row) and wide keys line up with the keys around them.
        columns = round(2 * row_units(rows))
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        for row_index, row in enumerate(rows):
            column = round(2 * row.indent)
            for spec in row.keys:
                span = round(2 * spec.units)
                key = self._key(block, mode, spec, key_height)
                grid.addWidget(key, row_index, column, 1, span)
                column += span
        return block

    def _key(self, parent: QWidget, mode: Mode, spec: KeySpec, height: int) -> QPushButton:
        key = QPushButton(parent)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        key.setFixedHeight(height)
        key.setMinimumWidth(MIN_KEY_WIDTH)
        key.setObjectName(_style_name(mode, spec.name))
        if spec.types_character:
            key.setText(spec.name)
            key.clicked.connect(self._typer(spec.name))
        elif spec.name == BACKSPACE:
            key.setIcon(_backspace_icon())
            key.setIconSize(QSize(48, 36))
            key.setAutoRepeat(True)
            key.clicked.connect(self._backspace)
        elif spec.name == SHIFT:
            key.setCheckable(True)
            key.setIconSize(QSize(40, 44))
            key.clicked.connect(self._press_shift)
        elif spec.name == SPACE:
            key.clicked.connect(self._typer(" "))
        else:
            key.clicked.connect(self._submit)
        self._keys[mode][spec.name] = key
        return key

    def _typer(self, character: str) -> Callable[[], None]:
        def type_character() -> None:
            self._type(character)

        return type_character

    # -- public API --------------------------------------------------------------------

    def key(self, name: str, mode: Mode | None = None) -> QPushButton:
        """The key called `name`, in `mode` (the current one unless given).

        A key that types is called by its character ("a", "1", "@"), the others are
        "space", "shift", "backspace" and "ok".
        """
        return self._keys[mode or self._mode][name]

    def key_buttons(self, mode: Mode | None = None) -> list[QPushButton]:
        """Every key of `mode` (the current one unless given)."""
        return list(self._keys[mode or self._mode].values())

    def mode(self) -> Mode:
        """Whether letters or the number pad are on show."""
        return self._mode

    def set_mode(self, mode: Mode) -> None:
        """Show the letters or the number pad."""
        self._mode = mode
        for name, block in self._blocks.items():
            block.setVisible(name == mode)

    def set_language(self, lang: Lang) -> None:
        """Label the function keys in `lang`."""
        for keys in self._keys.values():
            for name, key in keys.items():
                label = KEY_LABELS.get(name)
                if label is None:
                    continue
                key.setAccessibleName(label.get(lang))
                if name in (SPACE, OK):
                    key.setText(label.get(lang))

    def target(self) -> TypingTarget | None:
        """The field being typed into, if any."""
        if self._target is not None and not isValid(self._target):
            self._target = None  # deleted with its page
        return self._target

    def attach(self, line_edit: TypingTarget) -> None:
        """Type into `line_edit` from now on, in the mode it asks for, and show the keyboard."""
        self._target = line_edit
        self.set_mode(keyboard_mode_for(line_edit))
        self._set_shift(_Shift.OFF)
        self._set_shown(True)

    def detach(self) -> None:
        """Type into nothing, and hide."""
        self._target = None
        self._set_shift(_Shift.OFF)
        self._set_shown(False)

    def follow_focus(self, root: QWidget) -> None:
        """Attach to whichever text field inside `root` has the focus; hide when none has."""
        if self._root is None:
            # Bound to this widget: PySide drops the connection when it is deleted.
            _application().focusChanged.connect(self._focus_changed)
        self._root = root
        self._focus_changed(None, QApplication.focusWidget())

    def is_shown(self) -> bool:
        """Whether the keyboard has shown itself (for a field), whether or not its page is."""
        return self._shown

    def _set_shown(self, shown: bool) -> None:
        self.setVisible(shown)
        if shown != self._shown:
            self._shown = shown
            self.shown_changed.emit(shown)

    # -- typing ------------------------------------------------------------------------

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        root = self._root
        if root is None or not isValid(root):
            return
        field = new if isinstance(new, QLineEdit | QPlainTextEdit) else None
        if field is not None and not field.isReadOnly() and root.isAncestorOf(field):
            if field is not self.target() or not self._shown:
                self.attach(field)
        elif QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            # A press on a button took the focus. Hiding now would move the page under
            # the finger, and the release would miss the button: hide once it is lifted.
            self._waiting_for_release = True
            _application().installEventFilter(self)
        else:
            self.detach()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._waiting_for_release and event.type() in _RELEASES:
            self._waiting_for_release = False
            _application().removeEventFilter(self)
            # After the release has reached the button and it has reacted.
            QTimer.singleShot(0, self, self._focus_settled)
        return False

    def _focus_settled(self) -> None:
        self._focus_changed(None, QApplication.focusWidget())

    def _type(self, character: str) -> None:
        if character.isalpha() and self._shift is not _Shift.OFF:
            character = character.upper()
        target = self.target()
        if isinstance(target, QLineEdit):
            target.insert(character)
        elif target is not None:
            target.insertPlainText(character)
        if self._shift is _Shift.ONCE:
            self._set_shift(_Shift.OFF)
        self.key_pressed.emit(character)

    def _backspace(self) -> None:
        target = self.target()
        if isinstance(target, QLineEdit):
            target.backspace()
        elif target is not None:
            cursor = target.textCursor()
            cursor.deletePreviousChar()
            target.setTextCursor(cursor)
        self.key_pressed.emit(BACKSPACE)

    def _submit(self) -> None:
        self.key_pressed.emit(OK)
        self.submitted.emit()

    def _press_shift(self) -> None:
        hints = QGuiApplication.styleHints()
        double_tap = (
            self._last_shift.isValid()
            and self._last_shift.elapsed() <= hints.mouseDoubleClickInterval()
        )
        self._last_shift.start()
        if self._shift is _Shift.OFF:
            self._set_shift(_Shift.ONCE)
        elif self._shift is _Shift.ONCE and double_tap:
            self._set_shift(_Shift.LOCKED)
        else:
            self._set_shift(_Shift.OFF)
        self.key_pressed.emit(SHIFT)

    def _set_shift(self, shift: _Shift) -> None:
        self._shift = shift
        key = self._keys["letters"][SHIFT]
        key.setChecked(shift is not _Shift.OFF)
        key.setIcon(_shift_icon(filled=shift is not _Shift.OFF, locked=shift is _Shift.LOCKED))
        upper = shift is not _Shift.OFF
        for name, letter in self._keys["letters"].items():
            if len(name) == 1 and name.isalpha():
                letter.setText(name.upper() if upper else name)


_RELEASES = (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel)


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the keyboard needs a QApplication"
    return app


class _KeyBlock(QWidget):
    """A grid of keys that would like to be `preferred_width` wide, and shrinks to fit."""

    def __init__(self, preferred_width: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._preferred_width = preferred_width

    def sizeHint(self) -> QSize:
        return QSize(self._preferred_width, super().sizeHint().height())


def _rows_height(rows: tuple[KeyRow, ...], key_height: int) -> int:
    return len(rows) * key_height + (len(rows) - 1) * GAP


def _style_name(mode: Mode, name: str) -> str:
    if name == OK:
        return "OkKey"
    if name == SHIFT:
        return "ShiftKey"
    if name in (SPACE, BACKSPACE):
        return "FunctionKey"
    if mode == "digits":
        return "DigitKey"
    # Punctuation is small in any font; bold makes ", . '" readable at arm's length.
    return "CharacterKey" if name.isalnum() else "SymbolKey"


# The bundled Noto Sans has no ⌫ or ⇧; drawn icons look the same on every machine.


def _icon(size: QSize, draw: Callable[[QPainter], None]) -> QIcon:
    scale = 2  # sharp on high-density screens too
    pixmap = QPixmap(size * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(_ICON_COLOUR, 3)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    draw(painter)
    painter.end()
    return QIcon(pixmap)


def _backspace_icon() -> QIcon:
    def draw(painter: QPainter) -> None:
        outline = [(17, 5), (45, 5), (45, 31), (17, 31), (3, 18)]
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in outline]))
        painter.drawLine(QPointF(25, 12), QPointF(37, 24))
        painter.drawLine(QPointF(37, 12), QPointF(25, 24))

    return _icon(QSize(48, 36), draw)


def _shift_icon(*, filled: bool, locked: bool) -> QIcon:
    def draw(painter: QPainter) -> None:
        arrow = [(20, 3), (37, 20), (27, 20), (27, 33), (13, 33), (13, 20), (3, 20)]
        path = QPainterPath()
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in arrow]))
        path.closeSubpath()
        if filled:
            painter.fillPath(path, _ICON_COLOUR)
        painter.drawPath(path)
        if locked:
            painter.fillRect(12, 38, 16, 4, _ICON_COLOUR)

    return _icon(QSize(40, 44), draw)
