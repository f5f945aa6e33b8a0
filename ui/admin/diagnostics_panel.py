"""The station's figures as label–value lines: two columns when wide, one when narrow.

In two columns the figures with long values (names, addresses) fill the wider left
one and the short ones (counts, sizes) the right one.

The figures come from `DiagnosticsService.snapshot()` in plain words
(`mpp/diagnostics_text.py`); what the printer and the server answered is added under
the value of their line when the checks come back from the worker.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kiosk.domain.text import Lang, Text
from mpp.diagnostics_text import Row
from mpp.station_admin import Check
from ui.widgets.restyle import set_style_state

#: From this width two figures share a line.
WIDE = 1100
#: A break opportunity the reader does not see: long addresses wrap after their slashes.
_BREAK = "\u200b"


class DiagnosticsPanel(QWidget):
    """Shows `Row`s; `set_check` adds a check's answer to the row of the same key."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.lang: Lang = "id"
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(8)
        self._grid.setColumnMinimumWidth(2, 16)  # between the two columns
        self._rows: list[Row] = []
        self._checks: dict[str, Check] = {}
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self._columns = 1

    def show_rows(self, rows: list[Row]) -> None:
        """Show these figures (a line for each; new keys get new lines)."""
        self._rows = rows
        fresh = False
        for row in rows:
            if row.key not in self.labels:
                self.labels[row.key] = self._label("AdminLabel")
                self.values[row.key] = self._label("AdminValue")
                fresh = True
        if fresh:
            self._place()
        self._fill()

    def set_check(self, key: str, check: Check | None) -> None:
        """Add what a check answered to a line (None takes it away)."""
        if check is None:
            self._checks.pop(key, None)
        else:
            self._checks[key] = check
        self._fill()

    def value(self, key: str) -> str:
        """A line's value as shown (without the invisible break marks)."""
        return self.values[key].text().replace(_BREAK, "")

    def set_language(self, lang: Lang) -> None:
        """Show every line in `lang`."""
        self.lang = lang
        self._fill()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        columns = 2 if self.width() >= WIDE else 1
        if columns != self._columns:
            self._columns = columns
            self._place()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def _place(self) -> None:
        for widget in (*self.labels.values(), *self.values.values()):
            self._grid.removeWidget(widget)
        for column in range(5):
            self._grid.setColumnStretch(column, 0)
        if self._columns == 2:
            sides = [[r for r in self._rows if r.wide], [r for r in self._rows if not r.wide]]
        else:
            sides = [self._rows]
        for side, rows in enumerate(sides):
            for line, row in enumerate(rows):
                self._grid.addWidget(self.labels[row.key], line, 3 * side)
                self._grid.addWidget(self.values[row.key], line, 3 * side + 1)
        self._grid.setColumnStretch(1, 3)
        self._grid.setColumnStretch(4, 2 if self._columns == 2 else 0)

    def _fill(self) -> None:
        lang = self.lang
        for row in self._rows:
            check = self._checks.get(row.key)
            value = row.value if check is None else _joined(row.value, check.message)
            ok = row.ok if check is None else check.ok
            self.labels[row.key].setText(row.label.get(lang))
            self.values[row.key].setText(_breakable(value.get(lang)))
            set_style_state(self.values[row.key], "problem", ok is False)


def _joined(value: Text, answer: Text) -> Text:
    return Text(f"{value.id}\n{answer.id}", f"{value.en}\n{answer.en}")


def _breakable(text: str) -> str:
    return text.replace("/", "/" + _BREAK)
