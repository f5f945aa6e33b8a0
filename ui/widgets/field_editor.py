"""One question of a form on screen: its label, help, control and error, sized for touch."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.form_check import mask
from kiosk.domain.forms import DIGIT_TYPES, NO, YES, Answer, FieldDef, FieldType, Option
from kiosk.domain.text import Lang, Text
from ui import strings
from ui.widgets.labels import add_label

_CHOICES = (FieldType.CHOICE, FieldType.MULTI_CHOICE, FieldType.YES_NO)
_PLACEHOLDERS = {FieldType.DATE: Text("hh/bb/tttt, mis. 17/08/1990", "dd/mm/yyyy, e.g. 17/08/1990")}
_MASKED_TYPES = (FieldType.NIK, FieldType.KK, FieldType.PHONE)


class FieldEditor(QFrame):
    """Edits one answer. A personal number, once typed, is shown masked until touched again."""

    changed = Signal()

    def __init__(self, field: FieldDef, parent: QWidget) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName("FieldEditor")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 8)
        column.setSpacing(8)
        self.label = self._label("FieldLabel", column)
        self.help = self._label("FieldHelp", column)
        self.line: QLineEdit | None = None
        self.buttons: list[QPushButton] = []
        self._group: QButtonGroup | None = None
        self._hidden_value: str | None = None  # the real number behind a masked one
        if field.type in _CHOICES:
            self._build_choices(column)
        else:
            self._build_line(column)
        self.error = self._label("FieldError", column)
        self.error.hide()

    def _label(self, name: str, column: QVBoxLayout) -> QLabel:
        return add_label(self, column, name)

    def _build_line(self, column: QVBoxLayout) -> None:
        line = QLineEdit(self)
        line.setObjectName("FieldInput")
        numeric = self.field.type in DIGIT_TYPES or self.field.type is FieldType.NUMBER
        line.setProperty("keyboard", "digits" if numeric else "letters")
        if self.field.max_length:
            line.setMaxLength(self.field.max_length)
        line.textEdited.connect(self.changed)
        line.editingFinished.connect(self._hide_personal_number)
        line.installEventFilter(self)
        column.addWidget(line)
        self.line = line

    def _build_choices(self, column: QVBoxLayout) -> None:
        options = self.field.options or (Option("yes", YES), Option("no", NO))
        grid = QGridLayout()
        grid.setSpacing(16)
        self._group = QButtonGroup(self)
        self._group.setExclusive(self.field.type is not FieldType.MULTI_CHOICE)
        # Yes/No side by side; longer answers one under the other, each the full width.
        columns = 2 if self.field.type is FieldType.YES_NO else 1
        for index, option in enumerate(options):
            button = QPushButton(self)
            button.setObjectName("ChoiceButton")
            button.setCheckable(True)
            button.setProperty("value", option.value)
            button.toggled.connect(self._choice_toggled)
            self._group.addButton(button)
            grid.addWidget(button, index // columns, index % columns)
            self.buttons.append(button)
        column.addLayout(grid)

    def _choice_toggled(self, checked: bool) -> None:
        if checked or self.field.type is FieldType.MULTI_CHOICE:
            self.changed.emit()

    def answer(self) -> Answer | None:
        """What has been given so far (None when nothing)."""
        if self.line is not None:
            text = self._hidden_value if self._hidden_value is not None else self.line.text()
            return text or None
        chosen = tuple(str(b.property("value")) for b in self.buttons if b.isChecked())
        if self.field.type is FieldType.MULTI_CHOICE:
            return chosen or None
        return chosen[0] if chosen else None

    def set_answer(self, answer: Answer | None) -> None:
        """Show an earlier answer (coming back to this page)."""
        if self.line is not None:
            self._hidden_value = None
            self.line.setReadOnly(False)
            self.line.setText(answer if isinstance(answer, str) else "")
            self._hide_personal_number()
            return
        wanted = {answer} if isinstance(answer, str) else set(answer or ())
        for button in self.buttons:
            button.setChecked(str(button.property("value")) in wanted)

    def show_error(self, message: str | None) -> None:
        """Say what is wrong under the field (or nothing)."""
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def set_language(self, lang: Lang) -> None:
        """Labels, help and options in `lang`."""
        optional = "" if self.field.required else f"  {strings.OPTIONAL.get(lang)}"
        self.label.setText(self.field.label.get(lang) + optional)
        self.help.setText(self.field.help.get(lang) if self.field.help else "")
        self.help.setVisible(self.field.help is not None)
        for button in self.buttons:
            button.setText(self.field.option_label(str(button.property("value"))).get(lang))
        placeholder = _PLACEHOLDERS.get(self.field.type)
        if self.line is not None and placeholder is not None:
            self.line.setPlaceholderText(placeholder.get(lang))

    def _hide_personal_number(self) -> None:
        """Once typed, an NIK (or KK, phone) is shown masked: others nearby cannot read it."""
        line = self.line
        if line is None or not self.field.personal or self.field.type not in _MASKED_TYPES:
            return
        digits = "".join(c for c in line.text() if c.isdigit() or c == "+")
        if self._hidden_value is None and len(digits) >= 10:
            self._hidden_value = digits
            line.setText(mask(self.field, digits))
            line.setReadOnly(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Touching a masked number starts it again: it is never shown in full.
        pressed = event.type() == QEvent.Type.MouseButtonPress
        if watched is self.line and pressed and self._hidden_value is not None:
            self._hidden_value = None
            self.line.setReadOnly(False)
            self.line.clear()
            self.changed.emit()
        return super().eventFilter(watched, event)
