"""What every wizard page shares: the state being filled, big headings, a scrolling body,
and an on-screen keyboard for pages with text fields."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget, QWizardPage

from kiosk.clock import Clock
from kiosk.domain.text import Lang, Text
from kiosk.paths import Paths
from kiosk.setup_answers import SetupAnswers
from ui.setup.choice_group import ChoiceGroup
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.labels import add_label
from ui.widgets.restyle import set_style_state
from ui.widgets.scroll_body import scroll_body


@dataclass
class SetupState:
    """The answers so far and what the wizard was opened for; shared by all pages."""

    answers: SetupAnswers
    paths: Paths
    clock: Clock
    lang: Lang = "id"
    #: Why the wizard opened by itself (a broken config), shown on the first page.
    reason: Text | None = None
    #: Re-run from the admin menu: the current values are shown.
    rerun: bool = False
    #: The server this station is enrolled with already, if any.
    enrolled_url: str | None = None


class SetupPage(QWizardPage):
    """A page: title, hint, a scrolling column of controls, and maybe a keyboard."""

    def __init__(self, state: SetupState, *, keyboard: bool = False) -> None:
        super().__init__()
        self.state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.scroll_area, self.content, self.body = scroll_body(self)
        self.heading = add_label(self.content, self.body, "ScreenTitle")
        self.hint = add_label(self.content, self.body, "ScreenHint")
        layout.addWidget(self.scroll_area, 1)
        self.keyboard: OnScreenKeyboard | None = None
        if keyboard:
            self.keyboard = OnScreenKeyboard(self)
            layout.addWidget(self.keyboard)
            self.keyboard.shown_changed.connect(self._keyboard_shown)

    def finish_body(self) -> None:
        """Called by a page once its controls are in the column."""
        self.body.addStretch(1)
        self.scroll_area.setWidget(self.content)

    def label(self, name: str) -> QLabel:
        """A wrapped text line styled by `name`, added to the column."""
        return add_label(self.content, self.body, name)

    def text_field(self, digits: bool = False) -> QLineEdit:
        """A touch-sized text field; digits fields get the number pad."""
        field = QLineEdit(self.content)
        field.setObjectName("FieldInput")
        if digits:
            field.setProperty("keyboard", "digits")
        self.body.addWidget(field)
        return field

    def button(self, slot: Callable[[], object], name: str = "SecondaryButton") -> QPushButton:
        """A touch-sized button added to the column."""
        button = QPushButton(self.content)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.body.addWidget(button)
        return button

    def show_result(self, label: QLabel, message: Text | None, ok: bool) -> None:
        """Say in `label` how a test went: green when it passed, red when it did not."""
        label.setText(message.get(self.state.lang) if message else "")
        set_style_state(label, "state", "" if message is None else "ok" if ok else "problem")

    def show_busy(self, label: QLabel, doing: Text) -> None:
        """Say in `label` that a test is under way."""
        label.setText(doing.get(self.state.lang))
        set_style_state(label, "state", "busy")

    def choices(self, options: list[tuple[str, Text]], *, across: bool = False) -> ChoiceGroup:
        """A group of big choice buttons, added to the column."""
        group = ChoiceGroup(options, self.content, across=across)
        self.body.addWidget(group)
        return group

    def initializePage(self) -> None:
        if self.keyboard is not None:
            self.keyboard.follow_focus(self)
        self.set_language(self.state.lang)

    def cleanupPage(self) -> None:
        """Going back keeps what was typed (the answers are kept in the state)."""

    def set_language(self, lang: Lang) -> None:
        """Show the page in `lang`."""
        if self.keyboard is not None:
            self.keyboard.set_language(lang)
        self.retranslate(lang)

    def retranslate(self, lang: Lang) -> None:
        """Set every text of the page; each page says its own."""
        raise NotImplementedError

    def _keyboard_shown(self, shown: bool) -> None:
        focused = self.focusWidget()
        if shown and isinstance(focused, QWidget) and self.content.isAncestorOf(focused):
            self.scroll_area.ensureWidgetVisible(focused)
