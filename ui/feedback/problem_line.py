"""The line under a survey or complaint field that says what to fix, in the page's language."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from kiosk.domain.text import Lang, Text


class ProblemLine(QLabel):
    """Hidden while nothing needs fixing; keeps its problem to say again in another language."""

    def __init__(self, parent: QWidget, column: QBoxLayout) -> None:
        super().__init__(parent)
        self.setObjectName("FieldError")
        self.setWordWrap(True)
        column.addWidget(self)
        self.hide()
        self.problem: Text | None = None

    def say(self, problem: Text | None, lang: Lang) -> None:
        """Show what to fix (None: nothing, and hide)."""
        self.problem = problem
        self.setText(problem.get(lang) if problem else "")
        self.setVisible(problem is not None)

    def relabel(self, lang: Lang) -> None:
        """Say the same problem (if any) in `lang`."""
        self.say(self.problem, lang)
