"""Choosing where the diagnostics export goes: a big button per USB stick, and the station's
own exports folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.text import Lang, Text
from kiosk.paths import Paths
from kiosk.services.export_targets import MOUNTS, ExportTarget, export_targets
from ui.admin import strings
from ui.widgets.labels import add_label


class ExportPage(QWidget):
    """Lists the targets (read again by `refresh`); `chosen(ExportTarget)` or `cancelled`."""

    chosen = Signal(object)  # ExportTarget
    cancelled = Signal()

    def __init__(self, paths: Paths, parent: QWidget, mounts: Path = MOUNTS) -> None:
        super().__init__(parent)
        self.paths = paths
        #: The table of mounted drives (tests give a file of their own).
        self.mounts = mounts
        self.lang: Lang = "id"
        self.targets: list[ExportTarget] = []
        self.buttons: list[QPushButton] = []
        column = self._column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        self.title = add_label(self, column, "AdminSection")
        self.hint = add_label(self, column, "ScreenHint")
        self.no_usb = add_label(self, column, "AdminNote")
        self._list = QVBoxLayout()
        self._list.setSpacing(16)
        column.addLayout(self._list)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.refresh_button = self._button("AdminAction", row)
        self.refresh_button.clicked.connect(self.refresh)
        self.cancel_button = self._button("AdminAction", row)
        self.cancel_button.clicked.connect(self.cancelled)
        column.addLayout(row)
        self.state = add_label(self, column, "AdminResult")
        self.state.hide()
        self._state_text = strings.WRITING
        column.addStretch(1)

    def _button(self, name: str, row: QHBoxLayout | QVBoxLayout) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        row.addWidget(button)
        return button

    def refresh(self) -> None:
        """Read the mounted drives again and show a button for each target."""
        for button in self.buttons:
            self._list.removeWidget(button)
            button.deleteLater()
        self.targets = export_targets(self.paths, self.mounts)
        self.buttons = []
        for target in self.targets:
            button = self._button("AdminTarget", self._list)
            button.clicked.connect(self._chooser(target))
            button.show()  # at once, not at the next turn of the event loop
            self.buttons.append(button)
        self.set_busy(False)
        self.set_language(self.lang)

    def _chooser(self, target: ExportTarget) -> Callable[[], None]:
        def choose() -> None:
            self.set_busy(True)
            self.chosen.emit(target)

        return choose

    def set_busy(self, busy: bool) -> None:
        """While a file is being written: every button off, and a word about it."""
        for button in (*self.buttons, self.refresh_button, self.cancel_button):
            button.setEnabled(not busy)
        self._show_state(strings.WRITING if busy else None)

    def failed(self, message: Text) -> None:
        """The file could not be written: say why; another target may be chosen."""
        self.set_busy(False)
        self._show_state(message)

    def _show_state(self, text: Text | None) -> None:
        self._state_text = text or strings.WRITING
        self.state.setVisible(text is not None)
        self.state.setText(self._state_text.get(self.lang))

    def set_language(self, lang: Lang) -> None:
        """Show the page in `lang`."""
        self.lang = lang
        self.title.setText(strings.EXPORT_TITLE.get(lang))
        self.hint.setText(strings.EXPORT_HINT.get(lang))
        self.no_usb.setText(strings.NO_USB.get(lang))
        self.no_usb.setVisible(not any(t.removable for t in self.targets))
        for target, button in zip(self.targets, self.buttons, strict=True):
            button.setText(_caption(target).get(lang))
        self.refresh_button.setText(strings.REFRESH_TARGETS.get(lang))
        self.cancel_button.setText(strings.CANCEL.get(lang))
        self.state.setText(self._state_text.get(lang))


def _caption(target: ExportTarget) -> Text:
    kind = strings.USB_STICK if target.removable else strings.STATION_FOLDER
    return Text(
        f"{kind.id}: {target.label}\n{target.path}", f"{kind.en}: {target.label}\n{target.path}"
    )
