"""The desk's twelve actions: one button and one function key each, the key shown on the button.

F1 Call next · F2 Recall · F3 Start serving · F4 Finish · F5 Transfer · F6 Hold ·
F7 Return a held ticket · F8 Call a number · F9 Walk-in · F10 Reprint ·
F11 Form & tanda terima · F12 No-show (offered once the recall limit is reached).
Function keys never type into a text field, so they cannot clash with one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QSizePolicy, QWidget

from kiosk.domain.text import Lang, Text
from ui.counter.key_button import KeyButton
from ui.widgets.restyle import set_style_state


class Action(StrEnum):
    """What the clerk can do from the desk."""

    CALL_NEXT = "call_next"
    RECALL = "recall"
    START = "start"
    FINISH = "finish"
    TRANSFER = "transfer"
    HOLD = "hold"
    RETURN = "return"
    CALL_NUMBER = "call_number"
    WALK_IN = "walk_in"
    REPRINT = "reprint"
    RECEIPT = "receipt"
    NO_SHOW = "no_show"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """An action's key and its words."""

    key: Qt.Key
    label: Text

    @property
    def key_name(self) -> str:
        """The key as printed on the button ("F1")."""
        return QKeySequence(self.key).toString()


K = Qt.Key
SPECS: dict[Action, ActionSpec] = {
    Action.CALL_NEXT: ActionSpec(K.Key_F1, Text("Panggil berikutnya", "Call next")),
    Action.RECALL: ActionSpec(K.Key_F2, Text("Panggil ulang", "Recall")),
    Action.START: ActionSpec(K.Key_F3, Text("Mulai layani", "Start serving")),
    Action.FINISH: ActionSpec(K.Key_F4, Text("Selesai", "Finish")),
    Action.TRANSFER: ActionSpec(K.Key_F5, Text("Alihkan", "Transfer")),
    Action.HOLD: ActionSpec(K.Key_F6, Text("Tahan", "Hold")),
    Action.RETURN: ActionSpec(K.Key_F7, Text("Kembalikan ke antrean", "Return to queue")),
    Action.CALL_NUMBER: ActionSpec(K.Key_F8, Text("Panggil nomor", "Call a number")),
    Action.WALK_IN: ActionSpec(K.Key_F9, Text("Warga langsung", "Walk-in")),
    Action.REPRINT: ActionSpec(K.Key_F10, Text("Cetak ulang tiket", "Reprint ticket")),
    Action.RECEIPT: ActionSpec(K.Key_F11, Text("Formulir & tanda terima", "Form & receipt")),
    Action.NO_SHOW: ActionSpec(K.Key_F12, Text("Tidak hadir", "No-show")),
}
#: Four to a row, in key order: the clerk's hand finds F1–F4 on the first row.
COLUMNS = 4


class ActionButton(KeyButton):
    """One action's button: its key in a chip, its name, and what it applies to."""

    chosen = Signal(object)  # Action

    def __init__(self, action: Action, parent: QWidget) -> None:
        super().__init__(SPECS[action].key_name, "ActionButton", parent, stacked=True)
        # Equal columns, whatever the words: the grid, not the text, sets the width.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.action = action
        self.clicked.connect(self._chosen)

    def _chosen(self) -> None:
        self.chosen.emit(self.action)


class ActionPad(QFrame):
    """The grid of action buttons and their function keys (active while the desk is shown)."""

    triggered = Signal(object)  # Action

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("ActionPad")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        self.buttons: dict[Action, ActionButton] = {}
        self.shortcuts: dict[Action, QShortcut] = {}
        for index, action in enumerate(Action):
            button = ActionButton(action, self)
            button.chosen.connect(self.triggered)
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.buttons[action] = button
            shortcut = QShortcut(QKeySequence(SPECS[action].key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setAutoRepeat(False)  # a key held down must not call three citizens
            shortcut.activated.connect(button.click)  # does nothing while it is disabled
            self.shortcuts[action] = shortcut
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)

    def set_language(self, lang: Lang, details: dict[Action, str] | None = None) -> None:
        """Name every action in `lang`, with what each applies to now (a ticket number)."""
        for action, button in self.buttons.items():
            button.set_texts(SPECS[action].label.get(lang), (details or {}).get(action, ""))

    def set_keys_enabled(self, enabled: bool) -> None:
        """Function keys on (the desk is shown, no sheet open) or off."""
        for shortcut in self.shortcuts.values():
            shortcut.setEnabled(enabled)

    def set_enabled(self, enabled: dict[Action, bool]) -> None:
        """Which actions apply now; the others are greyed out and their keys do nothing."""
        for action, on in enabled.items():
            self.buttons[action].setEnabled(on)

    def set_emphasis(self, primary: Action | None, alert: Action | None = None) -> None:
        """Mark the natural next step, and an action the clerk should consider now."""
        for action, button in self.buttons.items():
            state = "alert" if action is alert else "primary" if action is primary else ""
            set_style_state(button, "emphasis", state)
