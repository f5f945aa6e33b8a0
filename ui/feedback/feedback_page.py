"""The frame of every survey and complaint page: the kiosk's page, an action bar that stays
in view under the scrolling body, and (for pages that type) the on-screen keyboard below it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.domain.text import Lang
from kiosk.station import Station
from ui.kiosk.page import PageScreen
from ui.navigator import Navigator
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.labels import add_label

#: Below this window height the action bar gives way to the keyboard while it is shown
#: (1366×768: the keyboard takes more than half the screen); the keyboard's Done comes first.
ROOM_FOR_BOTH = 1000


class FeedbackPage(PageScreen):
    """Header, title, hint, body; `action()` buttons in the bar at the bottom."""

    def __init__(
        self,
        station: Station,
        navigator: Navigator,
        parent: QWidget,
        *,
        navigation: bool = True,
        keyboard: bool = False,
    ) -> None:
        super().__init__(station, navigator, parent, navigation=navigation)
        self.action_bar = QFrame(self)
        self.action_bar.setObjectName("ActionBar")
        self._actions_row = QHBoxLayout(self.action_bar)
        self._actions_row.setContentsMargins(40, 16, 40, 16)
        self._actions_row.setSpacing(16)
        self.outer.addWidget(self.action_bar)
        self.action_bar.hide()  # until a page puts a button in it
        # The body scrolls: it may shrink to nothing rather than push the window past a
        # 768-pixel screen when the keyboard comes up under the action bar.
        self.scroll_area.setMinimumHeight(1)
        self.keyboard: OnScreenKeyboard | None = None
        if keyboard:
            self.keyboard = OnScreenKeyboard(self)
            self.keyboard.follow_focus(self)
            self.keyboard.shown_changed.connect(self._keyboard_shown)
            self.outer.addWidget(self.keyboard)
            # Keep the field being typed into in view above the keyboard.
            self._reveal = QTimer(self)
            self._reveal.setSingleShot(True)
            self._reveal.setInterval(0)
            self._reveal.timeout.connect(self._reveal_target)

    def action(self, name: str, slot: Callable[[], None], *, stretch: int = 1) -> QPushButton:
        """A big button in the action bar, styled by `name`, calling `slot`."""
        button = QPushButton(self.action_bar)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self._actions_row.addWidget(button, stretch)
        self.action_bar.show()
        return button

    def action_note(self) -> QLabel:
        """A line of text at the start of the action bar (what to do, a countdown)."""
        note = add_label(self.action_bar, self._actions_row, "ScreenHint")
        self._actions_row.setStretchFactor(note, 1)
        return note

    def done_typing(self) -> None:
        """Put the keyboard away (its Done key, or the page moving on)."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            focus.clearFocus()
        if self.keyboard is not None:
            self.keyboard.detach()

    def _keyboard_shown(self, shown: bool) -> None:
        self.action_bar.setVisible(
            self._actions_row.count() > 0 and (not shown or self.height() >= ROOM_FOR_BOTH)
        )
        if shown:
            self._reveal.start()

    def _reveal_target(self) -> None:
        target = self.keyboard.target() if self.keyboard is not None else None
        if target is not None:
            self.scroll_area.ensureWidgetVisible(target, 0, 48)

    def set_language(self, lang: Lang) -> None:
        if self.keyboard is not None:
            self.keyboard.set_language(lang)
        super().set_language(lang)

    def on_leave(self) -> None:
        if self.keyboard is not None:
            self.keyboard.detach()
        super().on_leave()


def centred(label: QLabel) -> QLabel:
    """`label`, its text centred (big numbers, thanks)."""
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label
