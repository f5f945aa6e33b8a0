"""Transferring a ticket: a searchable list of the hall's services, a counter of it, a note."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from kiosk.domain.catalogue import Catalogue, Service
from kiosk.domain.search import search_services
from kiosk.domain.text import Text
from kiosk.domain.ticket import MAX_NOTE
from kiosk.services.dto import TicketView
from ui.counter import strings
from ui.counter.sheet import Sheet
from ui.widgets.labels import add_label

KEEPS_PLACE = Text(
    "Tiket tetap memakai nomornya dan waktu antrean awalnya.",
    "The ticket keeps its number and the time it first queued.",
)
CODE_ROLE = Qt.ItemDataRole.UserRole


class TransferSheet(Sheet):
    """Emits `chosen(ticket id, service code, counter or None, note)`."""

    chosen = Signal(str, str, object, str)
    card_width = 860

    def __init__(self, catalogue: Catalogue, parent: QWidget) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.ticket: TicketView | None = None
        self.service_caption = add_label(self.card, self.body, "FieldCaption")
        self.search = self._field()
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.services = QListWidget(self.card)
        self.services.setObjectName("PickList")
        self.services.setMinimumHeight(self.metrics.px(200))
        self.services.currentRowChanged.connect(self._service_chosen)
        self.services.installEventFilter(self)
        self.body.addWidget(self.services, 1)
        self.counter_caption = add_label(self.card, self.body, "FieldCaption")
        self._counter_row = QHBoxLayout()
        self._counter_row.setSpacing(8)
        self._counter_row.addStretch(1)
        self.body.addLayout(self._counter_row)
        self.counter_group = QButtonGroup(self)
        self.counter_buttons: list[QPushButton] = []
        self.note_caption = add_label(self.card, self.body, "FieldCaption")
        self.note = self._field()
        self.note.setMaxLength(MAX_NOTE)
        self.error = add_label(self.card, self.body, "FormError")

    def _field(self) -> QLineEdit:
        field = QLineEdit(self.card)
        field.setObjectName("DeskInput")
        self.body.addWidget(field)
        return field

    def ask(self, ticket: TicketView, catalogue: Catalogue) -> None:
        """Open for `ticket`: every service of `catalogue` listed, nothing chosen yet."""
        self.ticket, self.catalogue = ticket, catalogue
        self.search.clear()
        self.note.clear()
        self._filter("")
        self.error.hide()
        self.open_sheet()

    def first_field(self) -> QWidget | None:
        return self.search

    def _filter(self, query: str) -> None:
        found = search_services(self.catalogue, query) if query.strip() else None
        listed = found if found is not None else [s for s in self.catalogue.services if s.active]
        self.services.blockSignals(True)  # one offer of counters, after the list is made
        self.services.clear()
        for service in listed:
            item = QListWidgetItem(self._service_text(service))
            item.setData(CODE_ROLE, service.code)
            self.services.addItem(item)
        if found:
            self.services.setCurrentRow(0)  # Enter takes the best match
        self.services.blockSignals(False)
        self._service_chosen(self.services.currentRow())

    def _service_text(self, service: Service) -> str:
        agency = self.catalogue.agency(service.agency_code)
        where = agency.short_name.get(self.lang) if agency else ""
        return f"{service.prefix}  ·  {service.name.get(self.lang)}  ·  {where}"

    def chosen_service(self) -> str | None:
        """The code of the service selected."""
        item = self.services.currentItem()
        code = item.data(CODE_ROLE) if item is not None else None
        return code if isinstance(code, str) else None

    def _service_chosen(self, row: int) -> None:
        """Offer "any counter" and each counter of the service chosen."""
        for button in self.counter_buttons:
            self.counter_group.removeButton(button)
            self._counter_row.removeWidget(button)
            button.hide()
            button.deleteLater()
        code = self.chosen_service()
        counters = [c.number for c in self.catalogue.counters_for(code)] if code else []
        self.counter_buttons = [self._counter_button(n) for n in [0, *counters]]
        self.counter_buttons[0].setChecked(True)
        self._name_counters()

    def _counter_button(self, number: int) -> QPushButton:
        button = QPushButton(self.card)
        button.setObjectName("SmallButton")
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setProperty("counter", number)
        self.counter_group.addButton(button)
        self._counter_row.insertWidget(self._counter_row.count() - 1, button)
        button.show()  # at once, not when the layout gets round to it
        return button

    def chosen_counter(self) -> int | None:
        """The counter chosen, or None for any counter of the service."""
        button = self.counter_group.checkedButton()
        number = int(button.property("counter")) if button is not None else 0
        return number or None

    def confirm(self) -> None:
        code = self.chosen_service()
        if self.ticket is None or code is None:
            self.error.setText(strings.CHOOSE_SERVICE.get(self.lang))
            self.error.show()
            return
        ticket_id, counter, note = self.ticket.id, self.chosen_counter(), self.note.text()
        self.close_sheet()
        self.chosen.emit(ticket_id, code, counter, note)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the search field walk the list, so the hands stay on the keys.
        step = _step(event) if watched is self.search else 0
        if step:
            row = self.services.currentRow() + step
            self.services.setCurrentRow(max(0, min(self.services.count() - 1, row)))
            return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        lang = self.lang
        number = self.ticket.number if self.ticket else ""
        self.title.setText(strings.transfer_title(number).get(lang))
        self.hint.setText(KEEPS_PLACE.get(lang))
        self.service_caption.setText(strings.TRANSFER_SERVICE.get(lang))
        self.search.setPlaceholderText(strings.TRANSFER_SEARCH.get(lang))
        self.counter_caption.setText(strings.TRANSFER_COUNTER.get(lang))
        self.note_caption.setText(strings.NOTE.get(lang))
        self.confirm_button.set_texts(strings.TRANSFER.get(lang))
        for row in range(self.services.count()):
            item = self.services.item(row)
            service = self.catalogue.service(str(item.data(CODE_ROLE)))
            if service is not None:
                item.setText(self._service_text(service))
        self._name_counters()
        if self.error.isVisible():
            self.error.setText(strings.CHOOSE_SERVICE.get(lang))

    def _name_counters(self) -> None:
        for button in self.counter_buttons:
            number = int(button.property("counter"))
            name = strings.counter_name(number) if number else strings.ANY_COUNTER
            button.setText(name.get(self.lang))


def _step(event: QEvent) -> int:
    """-1 for the Up key, 1 for Down, 0 for anything else."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return 0
    return {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()), 0)
