"""Signing in at a counter: the officer's name and PIN, the counter, and today's services."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.catalogue import Catalogue, Counter
from kiosk.domain.text import Lang, Text
from kiosk.station import Station
from ui.counter import strings
from ui.counter.check_row import CheckRow
from ui.counter.desk_header import DeskHeader
from ui.counter.desk_worker import reason_for
from ui.counter.key_button import KeyButton
from ui.navigator import Screen
from ui.widgets.labels import add_label

#: The sign-in button names its key, as every desk button does.
ENTER = "Enter"


class SignInScreen(Screen):
    """Name, PIN, counter, services; says plainly why a sign-in failed."""

    signed_in = Signal(object)  # DeskSession

    def __init__(self, station: Station, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("SignInPage")
        self.station = station
        self.lang: Lang = "id"
        self._error: Text | None = None
        self._checks: dict[str, CheckRow] = {}
        catalogue = station.catalogues.current()
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        self.header = DeskHeader(catalogue.hall, station.clock, self)
        page.addWidget(self.header)
        card = QFrame(self)
        card.setObjectName("Card")
        card.setMaximumWidth(1500)
        columns = QHBoxLayout(card)
        columns.setContentsMargins(36, 28, 36, 28)
        columns.setSpacing(40)
        columns.addLayout(self._officer_column(card), 5)
        columns.addLayout(self._desk_column(card, catalogue), 6)
        middle = QHBoxLayout()
        middle.setContentsMargins(24, 24, 24, 24)
        middle.addStretch(1)
        middle.addWidget(card, 10)
        middle.addStretch(1)
        page.addLayout(middle, 1)
        self.counters.currentRowChanged.connect(self._counter_chosen)
        self._choose_last_counter()

    def _officer_column(self, card: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(10)
        self.title = add_label(card, column, "PageTitle")
        self.hint = add_label(card, column, "CardHint")
        column.addSpacing(12)
        self.name_caption = add_label(card, column, "FieldCaption")
        self.name = self._field(card, column)
        self.name.setMaxLength(80)
        self.pin_caption = add_label(card, column, "FieldCaption")
        self.pin = self._field(card, column)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.error = add_label(card, column, "FormError")
        column.addStretch(1)
        self.attendance = add_label(card, column, "CardHint")
        self.sign_in_button = KeyButton(ENTER, "BigButton", card)
        self.sign_in_button.center_contents()
        self.sign_in_button.clicked.connect(self.submit)
        column.addWidget(self.sign_in_button)
        return column

    @staticmethod
    def _field(card: QWidget, column: QVBoxLayout) -> QLineEdit:
        field = QLineEdit(card)
        field.setObjectName("DeskInput")
        column.addWidget(field)
        return field

    def _desk_column(self, card: QWidget, catalogue: Catalogue) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(10)
        self.counter_caption = add_label(card, column, "FieldCaption")
        self.counters = QListWidget(card)
        self.counters.setObjectName("PickList")
        _takes_what_is_left(self.counters, 150)
        self._counter_list: list[Counter] = list(catalogue.counters)
        for _ in self._counter_list:
            self.counters.addItem(QListWidgetItem())
        column.addWidget(self.counters, 2)
        self.services_caption = add_label(card, column, "FieldCaption")
        self.services_hint = add_label(card, column, "CardHint")
        scroll = QScrollArea(card)
        scroll.setObjectName("SheetScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        _takes_what_is_left(scroll, 150)
        self._services_box = QWidget(scroll)
        self._services_box.setObjectName("SheetBody")
        self._services = QVBoxLayout(self._services_box)
        self._services.setContentsMargins(0, 0, 0, 0)
        self._services.setSpacing(4)
        self._services.addStretch(1)
        scroll.setWidget(self._services_box)
        column.addWidget(scroll, 3)
        return column

    def _choose_last_counter(self) -> None:
        """The counter this station was last signed in at: usually the same desk again."""
        numbers = [c.number for c in self._counter_list]
        visits = self.station.officers.attendance()
        last = visits[-1][1] if visits else None
        self.counters.setCurrentRow(numbers.index(last) if last in numbers else 0)

    def _counter_chosen(self, row: int) -> None:
        """Offer the agency's services, the counter's own ticked."""
        for box in self._checks.values():
            self._services.removeWidget(box)
            box.hide()
            box.deleteLater()
        self._checks.clear()
        counter = self.counter()
        if counter is None:
            return
        catalogue = self.station.catalogues.current()
        codes = [s.code for s in catalogue.services_of(counter.agency_code)]
        codes += [c for c in counter.services if c not in codes]
        for code in codes:
            box = CheckRow(self._services_box)
            box.setChecked(code in counter.services)
            self._services.insertWidget(self._services.count() - 1, box)
            box.show()  # at once, not when the layout gets round to it
            self._checks[code] = box
        self._name_services()

    def counter(self) -> Counter | None:
        """The counter chosen."""
        row = self.counters.currentRow()
        return self._counter_list[row] if 0 <= row < len(self._counter_list) else None

    def chosen_services(self) -> list[str]:
        """The services ticked, in catalogue order."""
        return [code for code, box in self._checks.items() if box.isChecked()]

    def submit(self) -> None:
        """Sign in with what is typed and chosen; say why not."""
        counter = self.counter()
        missing = (
            strings.NAME_MISSING
            if not self.name.text().strip()
            else strings.PIN_MISSING
            if not self.pin.text()
            else strings.COUNTER_MISSING
            if counter is None
            else None
        )
        if missing is not None or counter is None:
            self._show_error(missing)
            return
        try:
            session = self.station.officers.sign_in(
                self.name.text(), self.pin.text(), counter.number, self.chosen_services()
            )
        except Exception as error:  # a wrong PIN, a lock-out, or a store that stayed locked
            self.pin.clear()  # a PIN never stays in the field
            self._show_error(reason_for(error))
            self.pin.setFocus()
            return
        self.pin.clear()
        self._show_error(None)
        self.signed_in.emit(session)

    def _show_error(self, message: Text | None) -> None:
        self._error = message
        self.error.setText(message.get(self.lang) if message else "")
        self.error.setVisible(message is not None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Fields and lists pass Enter on to their parents: Enter signs in from anywhere.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        super().keyPressEvent(event)

    def on_enter(self) -> None:
        self.header.start()
        self.name.setFocus()

    def on_leave(self) -> None:
        self.header.stop()

    def set_language(self, lang: Lang) -> None:
        self.lang = lang
        self.header.set_language(lang)
        self.title.setText(strings.SIGN_IN_TITLE.get(lang))
        self.hint.setText(strings.SIGN_IN_HINT.get(lang))
        self.name_caption.setText(strings.OFFICER_NAME.get(lang))
        self.pin_caption.setText(strings.OFFICER_PIN.get(lang))
        self.counter_caption.setText(strings.COUNTER.get(lang))
        self.services_caption.setText(strings.SERVICES_TODAY.get(lang))
        self.services_hint.setText(strings.SERVICES_HINT.get(lang))
        self.sign_in_button.set_texts(strings.SIGN_IN.get(lang))
        self.attendance.setText(strings.ATTENDANCE.get(lang))
        catalogue = self.station.catalogues.current()
        for row, counter in enumerate(self._counter_list):
            agency = catalogue.agency(counter.agency_code)
            name = counter.label.get(lang)
            where = agency.short_name.get(lang) if agency else counter.agency_code
            self.counters.item(row).setText(f"{name}   ·   {where}")
        self._name_services()
        self._show_error(self._error)

    def _name_services(self) -> None:
        catalogue = self.station.catalogues.current()
        for code, box in self._checks.items():
            service = catalogue.service(code)
            name = service.name.get(self.lang) if service else code
            prefix = service.prefix if service else code
            box.setText(f"{prefix}  ·  {name}")


def _takes_what_is_left(widget: QWidget, least: int) -> None:
    """A list that scrolls: it fills the room left and never makes the window taller."""
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
    widget.setMinimumHeight(least)
