"""A ticket's form and its tanda terima: the answers (masked), the requirements ticked, Print."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.text import Text
from kiosk.services.dto import TicketView
from kiosk.services.form_service import SubmissionView
from ui.counter import strings
from ui.counter.check_row import CheckRow
from ui.counter.sheet import Sheet
from ui.widgets.labels import add_label
from ui.widgets.restyle import set_style_state


class ReceiptSheet(Sheet):
    """Emits `print_requested(ticket id, checklist)`; `printed(...)` shows the printer's answer."""

    print_requested = Signal(str, object)  # list[bool], one per requirement
    card_width = 1040

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.ticket: TicketView | None = None
        self.submission: SubmissionView | None = None
        self.requirements: tuple[Text, ...] = ()
        self.checks: list[CheckRow] = []
        self._result: tuple[bool, Text] | None = None
        columns = QHBoxLayout()
        columns.setSpacing(28)
        self._answers_scroll = self._scroll(columns)
        self._checks_scroll = self._scroll(columns)
        self.body.addLayout(columns, 1)
        self.all_button = self.key_button("F2", "PlainButton")
        self.all_button.clicked.connect(self.tick_all)
        self.keys[Qt.Key.Key_F2] = self.tick_all
        self.footer.insertWidget(0, self.all_button)
        self.result = add_label(self.card, self.body, "SheetResult")
        self._fill()

    def _scroll(self, columns: QHBoxLayout) -> QScrollArea:
        scroll = QScrollArea(self.card)
        scroll.setObjectName("SheetScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        columns.addWidget(scroll, 1)
        return scroll

    @staticmethod
    def _box(scroll: QScrollArea) -> tuple[QWidget, QVBoxLayout]:
        """A fresh column in `scroll` (the one before it goes with it)."""
        box = QWidget(scroll)
        box.setObjectName("SheetBody")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(6)
        scroll.setWidget(box)
        box.show()  # a scroll area already on screen does not show what it is given
        return box, column

    def ask(
        self, ticket: TicketView, submission: SubmissionView | None, catalogue: Catalogue
    ) -> None:
        """Open for `ticket`, its latest form (if any) and its service's requirements."""
        self.ticket, self.submission = ticket, submission
        service = catalogue.service(ticket.service_code)
        self.requirements = service.standard.requirements if service else ()
        self._result = None
        self._fill()
        self.set_printing(False)
        self.open_sheet()

    def _fill(self) -> None:
        """One row per answer, one box per requirement (texts follow in `refresh`)."""
        answers, column = self._box(self._answers_scroll)
        self.answers_title = add_label(answers, column, "CardTitle")
        self.answer_labels: list[tuple[QLabel, QLabel]] = []
        for _ in self.submission.shown if self.submission else ():
            label = add_label(answers, column, "AnswerLabel")
            value = add_label(answers, column, "AnswerValue")
            column.addSpacing(4)
            self.answer_labels.append((label, value))
        self.no_form = add_label(answers, column, "SheetHint")
        column.addStretch(1)
        ticks, column = self._box(self._checks_scroll)
        self.checks_title = add_label(ticks, column, "CardTitle")
        self.checks = []
        for _ in self.requirements:
            box = CheckRow(ticks)
            column.addWidget(box)
            self.checks.append(box)
        column.addStretch(1)

    def checklist(self) -> list[bool]:
        """For each requirement, in catalogue order, whether it was received."""
        return [box.isChecked() for box in self.checks]

    def tick_all(self) -> None:
        """Every requirement received."""
        for box in self.checks:
            box.setChecked(True)

    def confirm(self) -> None:
        if self.ticket is None:
            return
        self.set_printing(True)
        self.print_requested.emit(self.ticket.id, self.checklist())

    def set_printing(self, printing: bool) -> None:
        """While the printer works, Print waits."""
        self.confirm_button.setEnabled(not printing)
        text = strings.PRINTING if printing else strings.PRINT_RECEIPT
        self.confirm_button.set_texts(text.get(self.lang))
        if printing:
            self._result = None
            self._show_result()

    def printed(self, ok: bool, message: Text) -> None:
        """The printer's answer."""
        self._result = (ok, message)
        self.set_printing(False)
        self._show_result()

    def _show_result(self) -> None:
        ok, message = self._result if self._result else (True, None)
        set_style_state(self.result, "kind", "ok" if ok else "error")
        self.result.setText(message.get(self.lang) if message else "")
        self.result.setVisible(message is not None)

    def cancel_text(self) -> Text:
        return strings.CLOSE

    def refresh(self) -> None:
        lang = self.lang
        number = self.ticket.number if self.ticket else ""
        self.title.setText(strings.receipt_title(number).get(lang))
        self.hint.setText(strings.REQUIREMENTS_HINT.get(lang))
        self.all_button.set_texts(strings.ALL_RECEIVED.get(lang))
        if self.confirm_button.isEnabled():
            self.confirm_button.set_texts(strings.PRINT_RECEIPT.get(lang))
        self._name_fields()
        self._show_result()

    def _name_fields(self) -> None:
        lang = self.lang
        self.answers_title.setText(strings.FORM_ANSWERS.get(lang))
        shown = self.submission.shown if self.submission else ()
        for (label, value), (name, answer) in zip(self.answer_labels, shown, strict=True):
            label.setText(name.get(lang))
            value.setText(answer.get(lang))
        missing = strings.NO_FORM if self.submission is None else strings.FORM_PURGED
        self.no_form.setText(missing.get(lang))
        self.no_form.setVisible(not shown)
        self.checks_title.setText(strings.REQUIREMENTS.get(lang))
        for box, requirement in zip(self.checks, self.requirements, strict=True):
            box.setText(requirement.get(lang))
