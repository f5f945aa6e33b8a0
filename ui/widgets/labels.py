"""The one way screens make a text line: wrapped, styled by name, placed in a column."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget


def add_label(parent: QWidget, column: QBoxLayout | None, name: str) -> QLabel:
    """A word-wrapping label styled by `name` (the stylesheet's object name), in `column`."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    if column is not None:
        column.addWidget(label)
    return label
