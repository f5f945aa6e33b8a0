"""A big card to touch for one of a few ways on (a new complaint, a status check)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.widgets.cards import TouchCard


class ChoiceCard(TouchCard):
    """A title and a line saying what lies behind it, styled like the agency cards."""

    def __init__(self, code: str, parent: QWidget) -> None:
        super().__init__(code, "AgencyCard", parent)
        self.title = self.add_label("CardTitle")
        self.detail = self.add_label("CardSubtitle")
        self._column.addStretch(1)

    def set_texts(self, title: str, detail: str) -> None:
        """Fill the card."""
        self.title.setText(title)
        self.detail.setText(detail)
