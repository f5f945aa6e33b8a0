"""A row of small bars, one per question: done, the one on show, still to come."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from ui.widgets.cards import set_style_name


class ProgressSteps(QFrame):
    """Styled by the stylesheet (`StepDone`, `StepNow`, `StepTodo`), so it follows the look."""

    def __init__(self, steps: int, parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.bars = [QFrame(self) for _ in range(steps)]
        for bar in self.bars:
            bar.setFixedHeight(12)
            bar.setObjectName("StepTodo")
            row.addWidget(bar, 1)

    def show_step(self, index: int, answered: list[bool]) -> None:
        """Question `index` (from 0) is on show; `answered` says which have an answer."""
        for i, bar in enumerate(self.bars):
            name = "StepNow" if i == index else "StepDone" if answered[i] else "StepTodo"
            set_style_name(bar, name)
