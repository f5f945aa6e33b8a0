"""Serving a walk-in: one of this counter's services, and a priority class if it applies."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.ticket import PriorityClass
from ui.counter import strings
from ui.counter.sheet import Sheet
from ui.widgets.labels import add_label

CODE_ROLE = Qt.ItemDataRole.UserRole


class WalkInSheet(Sheet):
    """Emits `chosen(service code, PriorityClass or None)`."""

    chosen = Signal(str, object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.catalogue: Catalogue | None = None
        self.service_caption = add_label(self.card, self.body, "FieldCaption")
        self.services = QListWidget(self.card)
        self.services.setObjectName("PickList")
        self.services.installEventFilter(self)
        self.services.currentRowChanged.connect(self._service_chosen)
        self.body.addWidget(self.services, 1)
        self.priority_caption = add_label(self.card, self.body, "FieldCaption")
        grid = QGridLayout()
        grid.setSpacing(8)
        self.priority_group = QButtonGroup(self)
        self.priority_buttons: dict[PriorityClass | None, QPushButton] = {}
        for index, choice in enumerate((None, *PriorityClass)):
            button = QPushButton(self.card)
            button.setObjectName("SmallButton")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.priority_group.addButton(button)
            grid.addWidget(button, index // 3, index % 3)
            self.priority_buttons[choice] = button
        self.body.addLayout(grid)

    def ask(self, services: Sequence[str], catalogue: Catalogue) -> None:
        """Open with this counter's `services`, the first chosen, no priority."""
        self.catalogue = catalogue
        self.services.clear()
        for code in services:
            item = QListWidgetItem()
            item.setData(CODE_ROLE, code)
            self.services.addItem(item)
        self.services.setCurrentRow(0)
        # As tall as its rows (up to six), so a counter of two services gets no empty box.
        rows = max(2, min(self.services.count(), 6))
        self.services.setFixedHeight(rows * self.services.sizeHintForRow(0) + 6)
        self.priority_buttons[None].setChecked(True)
        self.open_sheet()

    def first_field(self) -> QWidget | None:
        return self.services

    def chosen_service(self) -> str | None:
        """The code of the service selected."""
        item = self.services.currentItem()
        code = item.data(CODE_ROLE) if item is not None else None
        return code if isinstance(code, str) else None

    def chosen_priority(self) -> PriorityClass | None:
        """The priority class chosen (None: not priority)."""
        checked = self.priority_group.checkedButton()
        return next((c for c, b in self.priority_buttons.items() if b is checked), None)

    def _service_chosen(self, row: int) -> None:
        """A service without a priority queue serves everyone in turn."""
        code = self.chosen_service()
        service = self.catalogue.service(code) if self.catalogue and code else None
        allowed = service is not None and service.priority_allowed
        for choice, button in self.priority_buttons.items():
            button.setEnabled(allowed or choice is None)
        if not allowed:
            self.priority_buttons[None].setChecked(True)

    def confirm(self) -> None:
        code = self.chosen_service()
        if code is None:
            return
        priority = self.chosen_priority()
        self.close_sheet()
        self.chosen.emit(code, priority)

    def refresh(self) -> None:
        lang = self.lang
        self.title.setText(strings.WALK_IN_TITLE.get(lang))
        self.hint.setText(strings.WALK_IN_HINT.get(lang))
        self.service_caption.setText(strings.SERVICE.get(lang))
        self.priority_caption.setText(strings.PRIORITY.get(lang))
        self.confirm_button.set_texts(strings.SERVE_NOW.get(lang))
        for choice, button in self.priority_buttons.items():
            text = choice.label if choice is not None else strings.NOT_PRIORITY
            button.setText(text.get(lang))
        for row in range(self.services.count()):
            item = self.services.item(row)
            code = str(item.data(CODE_ROLE))
            service = self.catalogue.service(code) if self.catalogue else None
            name = service.name.get(lang) if service else code
            item.setText(f"{service.prefix if service else code}  ·  {name}")
