"""One stack of screens and the moves between them (Back, Home, go to)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from kiosk.domain.text import Lang


class Screen(QWidget):
    """A full-window page. The navigator calls `on_enter` when shown, `on_leave` when hidden."""

    def on_enter(self) -> None:
        """Refresh what the screen shows."""

    def on_leave(self) -> None:
        """Stop timers and other work while not shown."""

    def set_language(self, lang: Lang) -> None:
        """Show every text in `lang`."""


class Navigator(QObject):
    """Keeps the history of screens so Back and Home always work."""

    language_changed = Signal(str)
    shown = Signal(object)  # the Screen now on show

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__(stack)
        self._stack = stack
        self._history: list[Screen] = []
        self.lang: Lang = "id"

    def add(self, *screens: Screen) -> None:
        """Put screens in the stack (hidden until shown), in the current language."""
        for screen in screens:
            if self._stack.indexOf(screen) < 0:
                self._stack.addWidget(screen)
                screen.set_language(self.lang)

    def go(self, screen: Screen) -> None:
        """Show a screen, remembering the current one for Back."""
        self.add(screen)
        current = self.current()
        if current is not None:
            current.on_leave()
            self._history.append(current)
        self._show(screen)

    def replace(self, screen: Screen) -> None:
        """Show a screen in place of the current one (Back skips the one replaced)."""
        self.add(screen)
        current = self.current()
        if current is screen:
            return
        if current is not None:
            current.on_leave()
        self._show(screen)

    def back(self) -> None:
        """Return to the previous screen."""
        if not self._history:
            return
        current = self.current()
        if current is not None:
            current.on_leave()
        self._show(self._history.pop())

    def home(self) -> None:
        """Return to the first screen, forgetting the way there."""
        if not self._history:
            return
        current = self.current()
        if current is not None:
            current.on_leave()
        first = self._history[0]
        self._history.clear()
        self._show(first)

    def current(self) -> Screen | None:
        """The screen on show."""
        widget = self._stack.currentWidget()
        return widget if isinstance(widget, Screen) else None

    def set_language(self, lang: Lang) -> None:
        """Switch every screen to `lang` at once."""
        self.lang = lang
        for index in range(self._stack.count()):
            widget = self._stack.widget(index)
            if isinstance(widget, Screen):
                widget.set_language(lang)
        self.language_changed.emit(lang)

    def toggle_language(self) -> None:
        """Indonesian ↔ English."""
        self.set_language("en" if self.lang == "id" else "id")

    def _show(self, screen: Screen) -> None:
        self._stack.setCurrentWidget(screen)
        screen.on_enter()
        self.shown.emit(screen)
