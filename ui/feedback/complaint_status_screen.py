"""Checking a complaint by its tracking number: the hall's status, dates and answer.

The lookup asks the server (off the GUI thread) and falls back on this station's own
record. The complaint's text and contact are never shown here: a kiosk is a public place.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from kiosk.domain.text import Text
from kiosk.services.complaint_service import ComplaintStatusView
from kiosk.station import Station
from ui.feedback import strings
from ui.feedback.feedback_page import FeedbackPage
from ui.feedback.feedback_worker import Lookup
from ui.feedback.problem_line import ProblemLine
from ui.navigator import Navigator
from ui.widgets.labels import add_label

TRACKING_LENGTH = 20


class ComplaintStatusScreen(FeedbackPage):
    """Emits `lookup_requested(tracking)`; the flow answers with `show_lookup(Lookup)`."""

    lookup_requested = Signal(str)

    def __init__(self, station: Station, navigator: Navigator, parent: QWidget) -> None:
        super().__init__(station, navigator, parent, keyboard=True)
        self.view: ComplaintStatusView | None = None
        self.waiting_for: str | None = None
        row = QHBoxLayout()
        row.setSpacing(16)
        self.field = QLineEdit(self.content)
        self.field.setObjectName("FieldInput")
        self.field.setMaxLength(TRACKING_LENGTH)
        self.field.setProperty("keyboard", "letters")
        self.field.returnPressed.connect(self.check)
        row.addWidget(self.field, 1)
        self.check_button = self.button("PrimaryButton", self.check, row)
        self.check_button.setMinimumWidth(240)
        self.body.addLayout(row)
        self.checking = self.label("ScreenHint")
        self.error = ProblemLine(self.content, self.body)
        self.panel = QFrame(self.content)
        self.panel.setObjectName("TicketPanel")
        self.body.addWidget(self.panel)
        self._build_panel()
        self.body.addStretch(1)
        assert self.keyboard is not None
        self.keyboard.submitted.connect(self.check)

    def _build_panel(self) -> None:
        grid = QGridLayout(self.panel)
        grid.setContentsMargins(32, 24, 32, 24)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        self.status = add_label(self.panel, None, "StatusLine")
        self.status.setIndent(0)  # its padding would otherwise indent it like a framed label
        grid.addWidget(self.status, 0, 0, 1, 2)
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        for index, key in enumerate(("tracking", "agency", "category", "filed", "answered")):
            name = add_label(self.panel, None, "FieldLabel")
            value = add_label(self.panel, None, "SectionText")
            grid.addWidget(name, index + 1, 0)
            grid.addWidget(value, index + 1, 1)
            self.rows[key] = (name, value)
        self.answer_title = add_label(self.panel, None, "FieldLabel")
        self.answer = add_label(self.panel, None, "AnswerText")
        grid.addWidget(self.answer_title, 6, 0, 1, 2)
        grid.addWidget(self.answer, 7, 0, 1, 2)

    def check(self) -> None:
        """Look the typed number up."""
        tracking = self.field.text().strip()
        if not tracking:
            self._show(None, strings.TYPE_A_TRACKING)
            return
        self.done_typing()
        self.waiting_for = tracking
        self._show(None, None)
        self.lookup_requested.emit(tracking)

    def show_lookup(self, found: Lookup) -> None:
        """The answer to the last lookup asked here (older ones are dropped)."""
        if found.tracking != self.waiting_for:
            return
        self.waiting_for = None
        self._show(found.view, found.problem)

    def clear(self) -> None:
        """Nothing typed, nothing shown."""
        self.field.clear()
        self.waiting_for = None
        self._show(None, None)
        self.done_typing()

    def _show(self, view: ComplaintStatusView | None, problem: Text | None) -> None:
        self.view = view
        self.error.problem = problem
        self.refresh()

    def refresh(self) -> None:
        lang = self.lang
        self.title.setText(strings.STATUS_TITLE.get(lang))
        self.hint.setText(strings.STATUS_HINT.get(lang))
        self.field.setPlaceholderText(strings.TRACKING_PLACEHOLDER.get(lang))
        self.check_button.setText(strings.CHECK.get(lang))
        self.checking.setText(strings.CHECKING.get(lang))
        self.checking.setVisible(self.waiting_for is not None)
        self.error.relabel(lang)
        self.panel.setVisible(self.view is not None)
        if self.view is not None:
            self._fill(self.view)

    def _fill(self, view: ComplaintStatusView) -> None:
        lang = self.lang
        self.status.setText(view.message.get(lang))
        category = view.category.label.get(lang) if view.category else ""
        values = {
            "tracking": (strings.TRACKING, view.tracking_shown),
            "agency": (strings.AGENCY, view.agency_name.get(lang)),
            "category": (strings.CATEGORY, category),
            "filed": (strings.FILED_ON, strings.date_and_time(view.filed_at).get(lang)),
            "answered": (
                strings.ANSWERED_ON,
                strings.date_and_time(view.answered_at).get(lang) if view.answered_at else "",
            ),
        }
        for key, (words, value) in values.items():
            name, shown = self.rows[key]
            name.setText(words.get(lang))
            shown.setText(value)
            for label in (name, shown):
                label.setVisible(bool(value))
        self.answer_title.setText(strings.ANSWER.get(lang))
        self.answer.setText(view.answer or "")
        for label in (self.answer_title, self.answer):
            label.setVisible(bool(view.answer))
